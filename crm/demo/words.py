"""The demo generator's vocabulary: the parts company and project names are built from,
people's names and titles, investors' origins, and the templates of activity summaries.

Only words live here; how they are drawn (seeded, in a fixed order) is crm.demo's, so the same
seed and day give the same store. Changing a list changes the demo data.

Names are built the way Chinese company names are: [place] + brand (字号, two characters) +
industry + legal form, e.g. 杭州云帆智能科技有限公司. The brands are made up (no well-known
company's 字号, no name of a corridor city, which would confuse searching by city); the
industry words already carry 科技 where it belongs, so no name says 科技 or 项目 twice.
"""

from __future__ import annotations

#: made-up brands of two characters
BRANDS = (
    "云帆", "星河", "智源", "天择", "博远", "启明", "睿思", "海创", "凌云", "领航", "开元", "同心", "鼎新", "青禾", "蓝海",
    "数安", "微光", "远景", "迈达", "朗润", "德康", "安诺", "百川", "致远", "新宇", "景行", "思源", "聚能", "易联", "芯动",
    "晶华", "万象", "长风", "晨曦", "宏图", "瑞霖", "汇智", "嘉和", "明德", "飞鹏", "泽润", "云栖", "深蓝", "橙果", "银湖",
    "之江", "西溪", "湖畔", "澜舟", "禾信", "鸿途", "知行", "拓维", "弘毅",
)  # fmt: skip
#: brand syllables: a first and a second character make a brand too (华芯, 博源, 瑞达 …);
#: none pairs into a famous one (中芯, 海信, 华润, 康佳 are left out)
BRAND_FIRST = "华博瑞睿鼎恒启新智天海云星凯康卓迈朗德安思景光聚英宏嘉泽铭航"
BRAND_SECOND = "创芯科达源泰联宇明川辰越盛诚禾峰杰驰锐微翔拓维图宁昇诺"
#: the industry part of a company name, by sub-field code (None: no sub-field)
INDUSTRY = {
    "ai": ("智能科技", "人工智能科技", "机器人技术"),
    "ic": ("半导体", "微电子", "集成电路设计"),
    "cloud": ("数据科技", "云计算技术", "信息技术"),
    "content": ("数字传媒", "文化科技", "互动娱乐"),
    "mfg_software": ("工业软件", "智造科技", "软件技术"),
    "biomed": ("生物医药", "生物科技", "药业"),
    "devices": ("医疗器械", "医疗科技", "精密仪器"),
    "digital_health": ("健康科技", "数字医疗", "医学信息技术"),
    "polymers": ("高分子材料", "新材料科技", "化工科技"),
    "energy_materials": ("新能源材料", "储能科技", "电池材料"),
    "electronic_materials": ("电子材料", "光电材料", "显示材料"),
    "future_industries": ("量子科技", "空天技术", "类脑智能科技"),
    None: ("智能装备", "精密机械", "装备制造"),
}
#: (place at the start of the name, weight); "" for none
PLACES = (
    ("", 35),
    ("杭州", 25),
    ("浙江", 15),
    ("上海", 6),
    ("北京", 5),
    ("深圳", 5),
    ("苏州", 3),
    ("南京", 2),
    ("合肥", 2),
    ("宁波", 2),
)
LEGAL_FORMS = (("有限公司", 60), ("股份有限公司", 25), ("有限责任公司", 15))
#: a foreign investor's local company: 云帆医疗器械（中国）有限公司
FOREIGN_FORMS = ("（中国）有限公司", "（杭州）有限公司", "（浙江）有限公司")
#: (origin, weight); the last ones are abroad (the project counts as foreign-funded)
ORIGINS = (
    ("浙江", 40),
    ("上海", 12),
    ("北京", 10),
    ("广东", 9),
    ("江苏", 9),
    ("安徽", 3),
    ("福建", 3),
    ("山东", 3),
    ("湖北", 2),
    ("四川", 2),
    ("美国", 2),
    ("德国", 1),
    ("日本", 1),
    ("新加坡", 1),
    ("香港", 1),
    ("以色列", 1),
)
ABROAD = frozenset(("美国", "德国", "日本", "新加坡", "香港", "以色列"))
#: project names by project type, after the company's brand: 云帆人工智能研发及产业化项目;
#: {sub} is the sub-field's name or nothing
PROJECTS = {
    "industrial": (
        "{sub}生产基地项目",
        "{sub}研发及产业化项目",
        "智能制造基地项目",
        "{sub}产业园项目",
        "扩产项目",
    ),
    "headquarters": ("华东区域总部项目", "浙江总部项目", "研发总部项目", "数字化运营中心项目"),
    "rd_platform": (
        "研究院项目",
        "{sub}联合创新中心项目",
        "工程技术研究中心项目",
        "联合实验室项目",
    ),
    "talent_startup": ("{sub}创业项目", "海外人才创业项目", "研发团队落地项目"),
}
#: planned investment by project type, in 万元: (median, spread of the log-normal, low, high)
AMOUNTS = {
    "industrial": (20000, 1.0, 1000, 500000),
    "headquarters": (10000, 0.9, 2000, 300000),
    "rd_platform": (5000, 0.8, 500, 100000),
    "talent_startup": (800, 0.7, 100, 5000),
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬斌宇浩凯晨欣怡子轩梓涵雨"
TITLES = (
    "董事长",
    "总经理",
    "副总经理",
    "投资总监",
    "战略发展部经理",
    "财务总监",
    "行政主管",
    "创始人",
)
NOTES = (
    "企业有意在大走廊设立区域总部",
    "关注人才公寓配套",
    "需协调用地指标",
    "对接中，等待企业决策",
    "企业同时在比选其他园区",
    None,
    None,
    None,
)
SUMMARIES = {
    "call": (
        "电话沟通项目进展，企业关注{p}",
        "电话回访，确认下次考察时间",
        "与企业负责人电话沟通用地需求",
    ),
    "visit": (
        "上门拜访企业，介绍{c}产业政策",
        "拜访企业总部，了解扩产计划",
        "走访企业，交流{p}诉求",
    ),
    "inbound": ("企业来{c}实地考察，参观产业园区", "接待企业考察团，介绍配套与人才政策"),
    "meeting": (
        "召开项目洽谈会，讨论投资协议条款",
        "洽谈会议：落实用地指标与{p}",
        "与企业就注册资本和落地时间进行洽谈",
    ),
    "event": ("在{e}上与企业初步接触", "参加{e}，企业表达投资意向"),
    "message": ("微信沟通项目材料", "邮件发送{p}申报材料清单", "微信确认会议安排"),
}
POLICIES = ("人才政策", "产业扶持政策", "科技专项政策", "租金补贴", "用地指标", "研发补助")
EVENTS = (
    "全球数字经济大会",
    "生物医药产业峰会",
    "新材料博览会",
    "海外高层次人才交流会",
    "城西科创大走廊推介会",
)
NEXT = (
    "准备投资协议草案",
    "安排实地考察",
    "对接人才政策",
    "提交项目可研报告",
    "等待企业内部决策",
    "协调用地指标",
)

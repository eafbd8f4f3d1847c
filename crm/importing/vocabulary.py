"""How 招商台账 name their columns: every import target with the headers offices give it.

Gathered from how ledgers and their templates are published, not from one file: county and
district 招商引资项目台账 / 在谈项目统计表 / 签约项目进展情况表 attached to government notices
(序号 · 项目名称 · 投资方 · 总投资（亿元）· 项目进展情况 · 责任单位 · 责任人), the 招商线索台账
of a municipal 招商线索管理办法 (线索登记: 投资主体, 投资内容, 线索引荐方, 跟进人员), the Excel
import/export columns of public 招商 and project-tracking systems (签约时间, 注册时间, 局内项目
负责人, 项目对接人, 首次接洽日期, 当前阶段, 跟进人, 进度类型), and the corridor's own words
(DOMAIN.md: 落地科技城, 招商专员, 计划投资额, 用地/用房, 三大领域).

STRONG names say the field outright. WEAK ones say it less surely (录入日期 stands for the
first contact only when nothing better does; 负责人 is usually the officer, sometimes not): a
column under a weak name loses to one under a strong name. IGNORED names are columns that
look like a field but are not one (企业负责人 is the company's head, not our officer; 包联领导
and 责任单位 are not people the app follows leads by): they stay unmapped instead of being
guessed. A column whose progress words also name the stage (推进情况) goes to the notes when
another column holds the stage (FALLBACK).
"""

from __future__ import annotations

from crm.leadlist import columns as LC

ID, SIGNED_ON, LANDED_ON, READ_ONLY = LC.ID_TARGET, LC.SIGNED_ON, "landed_on", LC.READ_ONLY
FIRST_CONTACT = "first_contact_on"

# fmt: off
STRONG: dict[str, tuple[str, ...]] = {
    "company_name": (
        "企业名称", "公司名称", "企业", "公司", "单位名称", "企业（单位）名称", "企业全称", "投资方", "投资主体", "投资企业",
        "签约主体", "项目单位", "项目主体", "主体名称", "招商企业", "客户名称", "投资方名称", "投资方全称", "意向企业",
        "引进企业", "企业名", "公司全称", "投资商", "客商名称", "项目业主", "业主单位", "落户企业", "企业主体",
        "投资主体名称", "company", "company name", "enterprise", "investor", "investor name",
    ),
    "credit_code": (
        "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "统一信用代码", "社会统一信用代码", "企业信用代码",
        "统一社会信用代码（18位）", "credit code", "unified social credit code", "uscc",
    ),
    "origin": (
        "来源地", "企业来源地", "投资来源地", "投资方来源地", "国别", "国别/地区", "国家/地区", "来源省份", "总部所在地",
        "投资方所在地", "来源地区", "客商来源地", "外资来源国", "来源国别", "来源国", "来源国家",
        "来源国/地区", "来源国（地区）", "投资来源国", "投资方国别", "origin", "country",
        "country of origin",
    ),
    "project_name": (
        "项目名称", "项目", "项目名", "招商项目", "项目简称", "项目名称（全称）", "引进项目", "签约项目名称", "招引项目",
        "线索名称", "project", "project name",
    ),
    "business_type": (
        "业务类型", "招引类型", "引进类型", "招商类型", "项目性质", "新引进/增资", "business type",
    ),
    "project_type": (
        "项目类型", "项目类别", "项目分类", "项目属性", "project type",
    ),
    "field": (
        "领域", "产业类型", "行业分类", "产业领域", "所属领域", "产业方向", "行业", "所属行业", "产业类别", "产业",
        "行业领域", "三大领域", "所属产业", "行业类别", "产业分类", "产业链", "所属产业链", "主导产业", "产业板块",
        "所属板块", "行业门类", "field", "industry", "sector",
    ),
    "subfield": (
        "细分领域", "细分行业", "子领域", "细分产业", "细分方向", "细分赛道", "赛道", "产业细分", "具体行业",
        "sub-field", "subfield",
    ),
    "city": (
        "所属城市", "所在区域", "科技城", "所属科技城", "落地城市", "拟落户", "拟落户地", "拟落地", "拟落地区域",
        "落户地", "落户区域", "所属区域", "区域", "城市", "所在科技城", "所属平台", "拟落户地点", "拟落户区域",
        "意向落户地", "意向落地", "落地区域", "落地平台", "落户平台", "承接平台", "承接载体", "拟落户平台",
        "落户地点", "落地科技城", "拟落户科技城", "项目选址", "拟选址", "所在园区", "落户园区", "所属片区",
        "片区", "属地", "落地", "落地地点", "city", "sci-tech city", "landing city", "location",
    ),
    "owner": (
        "招商人员", "对接人员", "对接人", "跟进责任人", "招商负责人", "跟进人", "责任人", "招商责任人", "招商专员",
        "经办人", "承办人", "项目负责人（招商）", "招商对接人", "项目对接人", "跟踪人", "跟踪责任人", "服务专员",
        "项目专员", "首问责任人", "招引人", "招引责任人", "招商员", "对接干部", "责任干部", "招商经办人",
        "跟进招商员", "具体负责人", "具体责任人", "具体对接人", "owner", "officer", "account manager",
    ),
    "source": (
        "来源", "信息来源", "项目来源", "来源渠道", "招商渠道", "线索来源", "渠道", "获取渠道", "信息渠道", "招引方式",
        "招商方式", "引进方式", "source", "channel",
    ),
    "planned_investment": (
        "计划投资额", "计划投资", "总投资", "投资额", "投资总额", "项目总投资", "拟投资额", "拟投资", "投资规模",
        "计划总投资", "预计投资", "预计总投资", "计划总投资额", "拟投资总额", "投资金额", "总投资额", "项目总投资额",
        "意向投资额", "预计投资额", "拟投资规模", "计划投资总额", "项目投资额", "投资", "拟投资金额", "计划投资金额",
        "planned investment", "investment",
        "total investment",
    ),
    "registered_capital": (
        "注册资本", "注册资金", "拟注册资本", "注册资本金", "认缴资本", "registered capital",
    ),
    "expected_output": (
        "预计年产值", "预计产值", "年产值", "达产产值", "达产后年产值", "预期产值", "预计营收", "预计年营收",
        "达产后年营收", "预计年销售收入", "达产后年销售收入", "expected output",
    ),
    "expected_tax": (
        "预计年税收", "预计税收", "年税收", "税收", "达产税收", "达产后年税收", "预计年纳税", "年纳税额",
        "预计税收贡献", "expected tax",
    ),
    "land_mu": (
        "用地需求", "用地面积", "用地", "需求用地", "拟用地", "用地规模", "土地需求", "需用地", "拟用地面积",
        "用地亩数", "land", "land needed",
    ),
    "floor_space_m2": (
        "用房需求", "用房面积", "用房", "需求用房", "办公面积", "面积需求", "空间需求", "场地需求", "办公用房需求",
        "厂房需求", "载体需求", "需求面积", "floor space",
    ),
    "expected_jobs": (
        "预计就业", "就业人数", "用工人数", "员工人数", "就业岗位", "预计用工", "预计员工人数", "带动就业", "新增就业",
        "jobs", "expected jobs",
    ),
    "expected_talents": (
        "高层次人才", "高端人才", "人才数量", "引进人才", "高层次人才数", "talents", "talent",
    ),
    "is_key": (
        "是否重点项目", "重点项目", "重点", "是否重点", "是否重大项目", "重大项目", "key project",
    ),
    "is_hightech": (
        "是否国家高新技术企业", "国家高新技术企业", "高新技术企业", "是否高新", "国高", "是否国高", "高企", "是否高企",
        "是否高新技术企业", "high-tech", "national high-tech enterprise",
    ),
    "is_national_rd": (
        "国家级研发机构", "国家级研发平台", "国家级研发机构与平台", "是否国家级研发机构", "国家级平台", "是否国家级平台",
        "national r&d platform",
    ),
    "fortune500": (
        "世界500强", "是否世界500强", "世界五百强", "是否世界五百强", "财富世界500强", "fortune global 500",
        "global 500",
    ),
    "china500": ("中国500强", "是否中国500强", "中国企业500强", "中国五百强", "china top 500", "china 500"),
    "listed": ("上市公司", "是否上市", "是否上市公司", "上市情况", "listed", "listed company"),
    "listed_where": ("上市地", "上市地点", "上市板块", "上市交易所", "上市地点及板块", "listed on", "exchange"),
    "unicorn": ("独角兽", "是否独角兽", "独角兽/准独角兽", "独角兽企业", "准独角兽", "unicorn"),
    "srdi": (
        "专精特新", "是否专精特新", "专精特新级别", "专精特新企业", "专精特新等级", "专精特新小巨人", "srdi",
    ),
    "gazelle": ("瞪羚", "瞪羚企业", "是否瞪羚企业", "是否瞪羚", "gazelle", "gazelle company"),
    "is_foreign": (
        "是否外资", "外资", "外资企业", "是否外资企业", "是否外商投资", "外商投资", "foreign-funded", "foreign",
    ),
    "policy_industry": ("产业政策", "产业政策需求", "industry policy"),
    "policy_talent": ("人才政策", "人才政策需求", "talent policy"),
    "policy_tech": ("科技政策", "科技专项政策", "科技政策需求", "technology policy"),
    "competing_regions": (
        "竞争地区", "竞争区域", "竞争对手", "竞争城市", "同时接洽地区", "竞争地", "同时考察地区", "其他意向地",
        "competing regions",
    ),
    "stage": (
        "当前阶段", "项目进展", "进展阶段", "项目阶段", "阶段", "进展", "状态", "项目状态", "推进阶段", "目前阶段",
        "所处阶段", "项目进度", "进度", "推进状态", "洽谈进度", "洽谈阶段", "洽谈状态", "当前状态", "当前进展",
        "目前进展", "目前状态", "跟进状态", "进展状态", "项目推进阶段", "所处环节", "stage", "status",
    ),
    "stage_date": (
        "阶段日期", "进展日期", "阶段时间", "状态日期", "进展时间", "最新进展日期", "进展更新日期", "状态更新时间",
        "阶段更新日期", "stage date",
    ),
    FIRST_CONTACT: (
        "首次接洽时间", "首次接洽日期", "首次对接时间", "首次对接日期", "初次接洽时间", "初次接洽日期", "初次对接时间",
        "初次对接日期", "接洽时间", "接洽日期", "对接时间", "对接日期", "首次接触时间", "首次拜访时间",
        "信息获取时间", "信息获取日期", "线索获取时间", "线索获取日期", "获取时间", "发现时间", "首次洽谈时间",
        "开始对接时间", "首次接触日期", "首次对接", "初次对接", "首次接洽", "初次接洽", "首次接触", "first contact", "first contacted", "first contact date", "date of first contact",
    ),
    "next_followup": (
        "下次跟进日期", "下次跟进", "下次跟进时间", "计划跟进日期", "下一步跟进时间", "下次对接时间", "下次对接日期",
        "下次联系时间", "下次拜访时间", "计划回访时间", "next follow-up", "next followup",
    ),
    "on_hold_until": ("搁置至", "暂缓至", "再次跟进日期"),
    "lost_reason": ("流失原因", "lost reason"),
    "lost_to_region": ("流失去向", "流失地区", "流失去向地区", "lost to"),
    "agreed_investment": (
        "协议投资", "协议投资额", "签约投资额", "签约金额", "合同投资额", "签约投资", "签约额", "协议金额",
        "协议投资总额", "合同金额", "签约总投资", "签约投资总额", "agreed investment",
    ),
    "funds_in_place": (
        "到位资金", "实际到位资金", "已到位资金", "实到资金", "资金到位", "累计到位资金", "实际到位",
        "funds in place",
    ),
    "land_supplied_mu": ("供地面积", "已供地", "供地", "已供地面积", "实际供地", "供地亩数", "land supplied"),
    "confidential": ("是否保密", "保密", "保密项目", "confidential"),
    "codename": ("代号", "项目代号", "codename"),
    "notes": (
        "备注", "说明", "项目简介", "项目概况", "项目情况", "情况说明", "主要内容", "项目内容", "存在问题",
        "项目基本情况", "项目介绍", "建设内容", "投资内容", "主要建设内容", "需协调解决的问题", "存在困难和问题",
        "需协调事项", "问题及建议", "下一步工作", "下一步计划", "下步打算", "其他说明", "备注说明", "notes",
        "remarks", "comment",
    ),
    SIGNED_ON: (
        "签约日期", "签约时间", "签约日", "签订时间", "协议签订时间", "协议签署日期", "合同签订日期", "签约（协议）时间",
        "signed on", "signing date",
    ),
    LANDED_ON: (
        "注册时间", "注册日期", "落地时间", "落地日期", "落户时间", "落户日期", "工商注册时间", "注册登记时间",
        "企业注册时间", "registered on", "landed on",
    ),
    "contact_name": (
        "联系人", "企业联系人", "联系人姓名", "企业方联系人", "对方联系人", "企业对接人", "客商联系人", "投资方联系人",
        "contact", "contact person",
    ),
    "contact_title": ("联系人职务", "职务", "职位", "联系人职位", "title"),
    "mobile": (
        "联系电话", "手机", "手机号", "手机号码", "电话", "联系方式", "联系人电话", "企业联系电话", "联系人手机",
        "联系人联系方式", "mobile", "phone",
    ),
    "email": ("邮箱", "电子邮箱", "电子邮件", "联系人邮箱", "email", "e-mail"),
    "wechat": ("微信", "微信号", "联系人微信", "wechat"),
}

WEAK: dict[str, tuple[str, ...]] = {
    "credit_code": ("纳税人识别号",),
    "origin": ("所在地", "注册地", "企业所在地"),
    # where in a city a project lands: names the city through its streets and zones, and
    # stands in for the city column where that is left blank (crm.importing.normalise)
    "city": (
        "落地街道", "落户街道", "所在街道", "所属街道", "街道", "镇街", "所在镇街", "所属镇街", "落地载体",
        "落户载体", "所在载体", "落地园区",
    ),
    "owner": ("负责人", "项目负责人", "联络人", "项目经理", "业务员", "跟进"),
    "planned_investment": ("固定资产投资",),
    "expected_jobs": ("员工规模", "团队规模"),
    # progress in words: the stage they name, and their text in the notes
    "stage": (
        "推进情况", "进展情况", "项目进展情况", "最新进展", "最新进展情况", "进展情况说明", "推进情况说明", "跟进情况",
        "目前进展情况", "工作进展", "项目推进情况", "progress",
    ),
    FIRST_CONTACT: (
        "录入时间", "录入日期", "登记时间", "登记日期", "入库时间", "入库日期", "收集时间", "上报时间", "报送时间",
        "建档日期", "创建时间", "entered on", "recorded on",
    ),
    "stage_date": ("更新日期", "更新时间"),
    "funds_in_place": ("资金到位情况",),
}

#: headers that look like a field but are not one: left unmapped, never guessed
IGNORED: tuple[str, ...] = (
    "序号", "编号", "排名", "企业负责人", "公司负责人", "法定代表人", "法人代表", "企业法人", "包联领导", "责任领导",
    "分管领导", "联系领导", "牵头领导", "挂联领导", "责任单位", "牵头单位", "配合单位", "招商部门", "招商单位",
    "填报人", "填报单位", "审核人", "引荐人", "推荐人", "成立时间", "成立日期", "负责人电话", "对接人电话",
    "招商人员电话", "亩均税收", "亩均投资",
)
# fmt: on

#: a weak target's second choice when a stronger column holds the first
FALLBACK = {"stage": "notes"}
#: targets that may take several columns, joined (notes: "项目简介" and "推进情况" both go in)
MULTI = {"notes"}

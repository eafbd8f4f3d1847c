"""How ledgers name things: the values of reference columns (the headers are
crm.importing.vocabulary).

Values: stage, field, city, project type, source and business type as ledgers write them,
mapped to the codes of the reference lists (crm.db.reference_seed). Admin-added values are
found by crm.reference first; these tables only catch what people write instead.
"""

from __future__ import annotations

from crm.importing import vocabulary as V
from crm.leadlist import columns as LC
from crm.leads.company_flags import ALIASES

#: import-only targets (not lead fields): the lead id of our own export, the signing day,
#: the company's contact person, and the computed columns of our export (never imported)
ID, SIGNED_ON, READ_ONLY = LC.ID_TARGET, LC.SIGNED_ON, LC.READ_ONLY
#: the day a project registered (landed): its stage date when the row says it landed
LANDED_ON = V.LANDED_ON
CONTACT_TARGETS = LC.CONTACT_KEYS
MULTI = V.MULTI

# fmt: off
STAGES: dict[str, str] = {
    "信息": "lead", "线索": "lead", "储备": "lead", "在库": "lead", "初步信息": "lead", "初步接洽": "contact",
    "接洽": "contact", "已接洽": "contact", "对接": "contact", "初次对接": "contact", "初步对接": "contact",
    "已对接": "contact", "接触": "contact", "考察": "visit", "已考察": "visit", "实地考察": "visit",
    "来访考察": "visit", "考察对接": "visit", "在谈": "negotiation", "洽谈": "negotiation",
    "洽谈中": "negotiation", "商谈": "negotiation", "谈判": "negotiation", "正在洽谈": "negotiation",
    "深度洽谈": "negotiation", "已签约": "signed", "签约": "signed", "已签": "signed", "签订协议": "signed",
    "已签协议": "signed", "已签订": "signed", "已落地": "landed", "落地": "landed", "已注册": "landed",
    "注册": "landed", "已落户": "landed", "落户": "landed", "开工": "construction", "已开工": "construction",
    "在建": "construction", "建设中": "construction", "装修": "construction", "装修中": "construction",
    "投产": "operating", "已投产": "operating", "运营": "operating", "已运营": "operating",
    "投入运营": "operating", "已开业": "operating", "搁置": "on_hold", "暂缓": "on_hold", "暂停": "on_hold",
    "已搁置": "on_hold", "流失": "lost", "已流失": "lost", "放弃": "lost", "终止": "lost", "已终止": "lost",
    # the words of progress logs (crm.importing.progress): how offices write each step
    "电话联系": "contact", "电话沟通": "contact", "微信沟通": "contact", "加微信": "contact",
    "初步沟通": "contact", "初步介绍": "contact", "首次对接": "contact", "初次接触": "contact",
    "踏勘": "visit", "实地踏勘": "visit", "现场踏勘": "visit",
    "谈政策": "negotiation", "政策洽谈": "negotiation", "磋商": "negotiation", "协商": "negotiation",
    "协议文本": "negotiation", "合同文本": "negotiation", "商务谈判": "negotiation",
    "入驻": "landed", "已入驻": "landed", "工商注册": "landed", "完成注册": "landed",
    "暂无投资意向": "on_hold", "暂无意向": "on_hold", "无投资意向": "on_hold", "暂停推进": "on_hold",
    "已放弃": "lost", "落户外地": "lost", "已落户外地": "lost", "另选他处": "lost",
    # English words besides the stages' own English labels (crm.db.reference_seed), in the
    # key form cells are compared in (lower case, no spaces): a foreign desk's ledger
    "registered": "landed", "initialcontact": "contact", "visited": "visit",
    "negotiating": "negotiation", "innegotiation": "negotiation", "underconstruction": "construction",
    "inoperation": "operating", "paused": "on_hold", "dropped": "lost",
}

#: value → (field code, subfield code or None)
FIELDS: dict[str, tuple[str, str | None]] = {
    "生物医药": ("health", "biomed"), "医药": ("health", "biomed"), "生物": ("health", "biomed"),
    "创新药": ("health", "biomed"), "医疗器械": ("health", "devices"),
    "数字健康": ("health", "digital_health"), "智慧医疗": ("health", "digital_health"),
    "大健康": ("health", None), "医疗健康": ("health", None), "健康": ("health", None),
    "生命健康": ("health", None), "生物医药与健康": ("health", None), "数字经济": ("internet", None),
    "互联网": ("internet", None), "信息技术": ("internet", None), "软件": ("internet", None),
    "软件和信息服务": ("internet", None), "电子信息": ("internet", None), "信息经济": ("internet", None),
    "互联网+": ("internet", None), "人工智能": ("internet", "ai"), "ai": ("internet", "ai"),
    "集成电路": ("internet", "ic"), "芯片": ("internet", "ic"), "半导体": ("internet", "ic"),
    "云计算": ("internet", "cloud"), "大数据": ("internet", "cloud"), "云计算与大数据": ("internet", "cloud"),
    "数字内容": ("internet", "content"), "数字文创": ("internet", "content"),
    "智能制造软件": ("internet", "mfg_software"), "工业软件": ("internet", "mfg_software"),
    # 智能制造 itself is making things (the 123X system's 高端装备); its software is 互联网+
    "智能制造": ("equipment", None),
    # the usual sub-fields of the provincial 生命健康 / 新材料 / 高端装备 plans
    "体外诊断": ("health", "devices"), "医学影像": ("health", "devices"), "细胞与基因治疗": ("health", "biomed"),
    "基因治疗": ("health", "biomed"), "细胞治疗": ("health", "biomed"), "合成生物": ("health", "biomed"),
    "生物制药": ("health", "biomed"), "化学药": ("health", "biomed"), "中药": ("health", "biomed"),
    "cro": ("health", "biomed"), "cdmo": ("health", "biomed"), "制药装备": ("equipment", None),
    "医疗装备": ("health", "devices"), "生物医用材料": ("materials", None), "医用材料": ("materials", None),
    "电子化学品": ("materials", "electronic_materials"), "先进高分子材料": ("materials", "polymers"), "新材料": ("materials", None), "材料": ("materials", None),
    "先进高分子": ("materials", "polymers"), "高分子材料": ("materials", "polymers"),
    "新能源材料": ("materials", "energy_materials"), "电子信息材料": ("materials", "electronic_materials"),
    "高端装备": ("equipment", None), "高端装备制造": ("equipment", None), "智能装备": ("equipment", None),
    "装备制造": ("equipment", None), "智能网联": ("internet", None), "物联网": ("internet", None),
    "机器人": ("equipment", None), "航空航天": ("equipment", None), "汽车零部件": ("equipment", None),
    "现代服务业": ("other", None), "总部": ("other", None), "总部经济": ("other", None), "节能环保": ("other", None), "文化创意": ("other", None),
    "科技服务": ("other", None), "未来产业": ("other", "future_industries"), "其他": ("other", None),
    "其它": ("other", None),
}

CITIES: dict[str, str] = {
    "未来科技城": "future", "未来城": "future", "未来": "future", "余杭": "future", "余杭区": "future",
    "杭州未来科技城": "future", "紫金港": "zijingang", "紫金港科技城": "zijingang", "西湖区": "zijingang",
    "西湖": "zijingang", "杭州紫金港科技城": "zijingang", "青山湖": "qingshan", "青山湖科技城": "qingshan",
    "临安": "qingshan", "临安区": "qingshan", "临平": "linping", "临平区": "linping", "富阳": "fuyang",
    "富阳区": "fuyang",
    # the streets, towns and zones of each city, as ledgers name where a project lands
    "仓前街道": "future", "仓前": "future", "五常街道": "future", "五常": "future", "闲林街道": "future",
    "闲林": "future", "中泰街道": "future", "余杭街道": "future", "良渚街道": "future", "海创园": "future",
    "梦想小镇": "future", "人工智能小镇": "future", "未来科技城海创园": "future", "淘宝城": "future",
    "三墩镇": "zijingang", "三墩": "zijingang", "蒋村街道": "zijingang", "文新街道": "zijingang",
    "留下街道": "zijingang", "转塘街道": "zijingang", "双浦镇": "zijingang", "浙大科技园": "zijingang",
    "紫金港科技城核心区": "zijingang", "西湖科技园": "zijingang", "云谷": "zijingang",
    "青山湖街道": "qingshan", "锦南街道": "qingshan", "锦城街道": "qingshan", "锦北街道": "qingshan",
    "玲珑街道": "qingshan", "板桥镇": "qingshan", "於潜镇": "qingshan", "太湖源镇": "qingshan",
    "余杭经济技术开发区": "linping", "余杭经济开发区": "linping", "临平街道": "linping",
    "南苑街道": "linping", "东湖街道": "linping", "星桥街道": "linping", "乔司街道": "linping",
    "运河街道": "linping", "崇贤街道": "linping", "塘栖镇": "linping", "临平新城": "linping",
    "银湖街道": "fuyang", "银湖": "fuyang", "银湖科技城": "fuyang", "富春湾新城": "fuyang", "富春湾": "fuyang",
    "东洲街道": "fuyang", "富春街道": "fuyang", "春江街道": "fuyang", "鹿山街道": "fuyang",
    "场口镇": "fuyang", "新登镇": "fuyang",
}

PROJECT_TYPES: dict[str, str] = {
    "产业": "industrial", "产业项目": "industrial", "产业化项目": "industrial", "制造业项目": "industrial",
    "总部": "headquarters", "总部项目": "headquarters", "总部经济": "headquarters", "区域总部": "headquarters",
    "研发": "rd_platform", "研发中心": "rd_platform", "研究院": "rd_platform", "平台": "rd_platform",
    "研发平台": "rd_platform", "研发机构": "rd_platform", "研发机构/平台": "rd_platform",
    "新型研发机构": "rd_platform", "人才": "talent_startup", "人才项目": "talent_startup",
    "人才创业": "talent_startup", "人才创业项目": "talent_startup", "创业项目": "talent_startup",
}

SOURCES: dict[str, str] = {
    "以商招商": "referral", "以商引商": "referral", "企业推荐": "referral", "商会推荐": "referral", "推荐": "referral", "中介": "agency",
    "中介机构": "agency", "中介招商": "agency", "第三方": "agency", "展会": "event", "活动": "event",
    "展会/活动": "event", "招商活动": "event", "推介会": "event", "基金": "fund", "资本": "fund", "基金/资本": "fund",
    "基金招商": "fund", "资本招商": "fund", "高校": "university", "院所": "university", "高校院所": "university",
    "科研院所": "university", "校友": "alumni", "乡贤": "alumni", "校友/乡贤": "alumni", "自主": "outreach",
    "自主招商": "outreach", "自主对接": "outreach", "主动对接": "outreach", "上门": "outreach", "上级": "assigned",
    "转办": "assigned", "上级转办": "assigned", "上级交办": "assigned", "市里转办": "assigned",
}

BUSINESS_TYPES: dict[str, str] = {
    "新引进": "new", "新项目": "new", "新设": "new", "增资": "increase", "增资扩股": "increase",
    "增资扩产": "increase", "升格": "upgrade", "更换投资主体": "change_investor", "变更主体": "change_investor",
    "变更投资主体": "change_investor",
}
# fmt: on

#: reference kind → its synonym table (codes of that kind)
VALUES: dict[str, dict[str, str]] = {
    # the committee's designation levels as ledgers write them (crm.leads.company_flags, once)
    **ALIASES,
    "stage": STAGES,
    "city": CITIES,
    "project_type": PROJECT_TYPES,
    "source": SOURCES,
    "business_type": BUSINESS_TYPES,
}

"""How ledgers name things: column headers and the values of reference columns.

Headers: every importable target (the lead fields of crm.fields plus a few import-only ones)
with the Chinese and English names people give it. The labels of crm.fields in both languages
are added at run time, so the app's own export is always recognised.

Values: stage, field, city, project type, source and business type as ledgers write them,
mapped to the codes of the reference lists (crm.db.reference_seed). Admin-added values are
found by crm.reference first; these tables only catch what people write instead.
"""

from __future__ import annotations

from crm import lead_columns as LC

#: import-only targets (not lead fields): the lead id of our own export, the signing day,
#: the company's contact person, and the computed columns of our export (never imported)
ID, SIGNED_ON, READ_ONLY = LC.ID_TARGET, LC.SIGNED_ON, LC.READ_ONLY
CONTACT_TARGETS = LC.CONTACT_KEYS

# fmt: off
HEADERS: dict[str, tuple[str, ...]] = {
    "company_name": (
        "企业名称", "公司名称", "企业", "公司", "单位名称", "企业（单位）名称", "企业全称", "投资方", "投资主体", "投资企业", "签约主体",
        "项目单位", "项目主体", "主体名称", "招商企业", "客户名称", "company", "company name", "enterprise",
        "investor",
    ),
    "credit_code": (
        "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "统一信用代码", "credit code",
        "unified social credit code", "uscc",
    ),
    "origin": (
        "来源地", "企业来源地", "投资来源地", "投资方来源地", "国别", "国别/地区", "国家/地区", "来源省份", "所在地", "总部所在地",
        "origin", "country",
    ),
    "project_name": (
        "项目名称", "项目", "项目名", "招商项目", "project", "project name",
    ),
    "business_type": (
        "业务类型", "招引类型", "引进类型", "项目性质", "business type",
    ),
    "project_type": (
        "项目类型", "项目类别", "项目分类", "project type",
    ),
    "field": (
        "领域", "产业类型", "行业分类", "产业领域", "所属领域", "产业方向", "行业", "所属行业", "产业类别", "产业", "行业领域", "三大领域", "所属产业", "行业类别",
        "产业分类", "field", "industry", "sector",
    ),
    "subfield": (
        "细分领域", "细分行业", "子领域", "细分产业", "细分方向", "sub-field", "subfield",
    ),
    "city": (
        "所属城市", "所在区域", "科技城", "所属科技城", "落地城市", "拟落户", "拟落户地", "拟落地", "拟落地区域", "落户地", "落户区域", "所属区域", "区域",
        "城市", "所在科技城", "所属平台", "city", "sci-tech city",
    ),
    "owner": (
        "负责人", "招商人员", "对接人员", "跟进责任人", "招商负责人", "跟进人", "责任人", "招商责任人", "招商专员", "经办人", "承办人", "项目负责人（招商）", "owner",
        "officer",
    ),
    "source": (
        "来源", "信息来源", "项目来源", "来源渠道", "招商渠道", "线索来源", "渠道", "source", "channel",
    ),
    "planned_investment": (
        "计划投资额", "计划投资", "总投资", "投资额", "投资总额", "项目总投资", "拟投资额", "拟投资", "投资规模", "计划总投资", "预计投资",
        "预计总投资", "planned investment", "investment",
    ),
    "registered_capital": (
        "注册资本", "注册资金", "registered capital",
    ),
    "expected_output": (
        "预计年产值", "预计产值", "年产值", "达产产值", "达产后年产值", "预期产值", "expected output",
    ),
    "expected_tax": (
        "预计年税收", "预计税收", "年税收", "税收", "达产税收", "达产后年税收", "expected tax",
    ),
    "land_mu": (
        "用地需求", "用地面积", "用地", "需求用地", "拟用地", "用地需求（亩）", "land",
    ),
    "floor_space_m2": (
        "用房需求", "用房面积", "用房", "需求用房", "办公面积", "面积需求", "空间需求", "floor space",
    ),
    "expected_jobs": (
        "预计就业", "就业人数", "用工人数", "员工人数", "就业岗位", "预计用工", "jobs",
    ),
    "expected_talents": (
        "高层次人才", "高端人才", "人才数量", "引进人才", "高层次人才数", "talents", "talent",
    ),
    "is_key": (
        "是否重点项目", "重点项目", "重点", "是否重点", "key project",
    ),
    "is_hightech": (
        "是否国家高新技术企业", "国家高新技术企业", "高新技术企业", "是否高新", "国高", "是否国高", "high-tech",
        "national high-tech enterprise",
    ),
    "is_national_rd": (
        "国家级研发机构", "国家级研发平台", "国家级研发机构与平台", "是否国家级研发机构", "national r&d platform",
    ),
    "is_foreign": (
        "是否外资", "外资", "外资企业", "是否外资企业", "foreign-funded", "foreign",
    ),
    "policy_industry": (
        "产业政策", "产业政策需求", "industry policy",
    ),
    "policy_talent": (
        "人才政策", "人才政策需求", "talent policy",
    ),
    "policy_tech": (
        "科技政策", "科技专项政策", "科技政策需求", "technology policy",
    ),
    "competing_regions": (
        "竞争地区", "竞争区域", "竞争对手", "竞争城市", "同时接洽地区", "竞争地", "competing regions",
    ),
    "stage": (
        "当前阶段", "项目进展", "进展阶段", "项目阶段", "阶段", "进展", "状态", "项目状态", "推进阶段", "目前阶段", "所处阶段", "stage",
        "status",
    ),
    "stage_date": (
        "阶段日期", "进展日期", "阶段时间", "状态日期", "进展时间", "最新进展日期", "stage date",
    ),
    "next_followup": (
        "下次跟进日期", "下次跟进", "下次跟进时间", "计划跟进日期", "下一步跟进时间", "下次对接时间", "next follow-up",
        "next followup",
    ),
    "on_hold_until": (
        "搁置至", "暂缓至", "再次跟进日期",
    ),
    "lost_reason": (
        "流失原因", "lost reason",
    ),
    "lost_to_region": (
        "流失去向", "流失地区", "lost to",
    ),
    "agreed_investment": (
        "协议投资", "协议投资额", "签约投资额", "签约金额", "合同投资额", "签约投资", "agreed investment",
    ),
    "funds_in_place": (
        "到位资金", "实际到位资金", "已到位资金", "实到资金", "资金到位", "funds in place",
    ),
    "land_supplied_mu": (
        "供地面积", "已供地", "供地", "已供地面积", "land supplied",
    ),
    "confidential": (
        "是否保密", "保密", "保密项目", "confidential",
    ),
    "codename": (
        "代号", "项目代号", "codename",
    ),
    "notes": (
        "备注", "项目进展情况", "进展情况说明", "最新进展情况", "推进情况说明", "说明", "进展情况", "推进情况", "最新进展", "跟进情况", "项目简介", "项目概况", "项目情况", "情况说明", "主要内容", "项目内容",
        "存在问题", "notes", "remarks", "comment",
    ),
    SIGNED_ON: (
        "签约日期", "签约时间", "签约日", "signed on", "signing date",
    ),
    "contact_name": (
        "联系人", "企业联系人", "联系人姓名", "contact", "contact person",
    ),
    "contact_title": (
        "联系人职务", "职务", "职位", "title",
    ),
    "mobile": (
        "联系电话", "手机", "手机号", "手机号码", "电话", "联系方式", "mobile", "phone",
    ),
    "email": (
        "邮箱", "电子邮箱", "email", "e-mail",
    ),
    "wechat": (
        "微信", "微信号", "wechat",
    ),
}

#: targets that may take several columns, joined (notes: "项目简介" and "推进情况" both go in)
MULTI = {"notes"}

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
    "智能制造": ("internet", "mfg_software"), "新材料": ("materials", None), "材料": ("materials", None),
    "先进高分子": ("materials", "polymers"), "高分子材料": ("materials", "polymers"),
    "新能源材料": ("materials", "energy_materials"), "电子信息材料": ("materials", "electronic_materials"),
    "高端装备": ("equipment", None), "高端装备制造": ("equipment", None), "智能装备": ("equipment", None),
    "装备制造": ("equipment", None), "未来产业": ("other", "future_industries"), "其他": ("other", None),
    "其它": ("other", None),
}

CITIES: dict[str, str] = {
    "未来科技城": "future", "未来城": "future", "未来": "future", "余杭": "future", "余杭区": "future",
    "杭州未来科技城": "future", "紫金港": "zijingang", "紫金港科技城": "zijingang", "西湖区": "zijingang",
    "西湖": "zijingang", "杭州紫金港科技城": "zijingang", "青山湖": "qingshan", "青山湖科技城": "qingshan",
    "临安": "qingshan", "临安区": "qingshan", "临平": "linping", "临平区": "linping", "富阳": "fuyang",
    "富阳区": "fuyang",
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
    "以商招商": "referral", "企业推荐": "referral", "商会推荐": "referral", "推荐": "referral", "中介": "agency",
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
    "stage": STAGES,
    "city": CITIES,
    "project_type": PROJECT_TYPES,
    "source": SOURCES,
    "business_type": BUSINESS_TYPES,
}

"""Reference lists seeded from DOMAIN.md (admins can extend them).

The initial migration inserts these rows; a later change to this data needs its own
migration, so stores created by older versions receive it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# (code, 中文, English, tag, detail)
CITIES = [
    ("future", "未来科技城", "Future Sci-Tech City", "core", "余杭区"),
    ("zijingang", "紫金港科技城", "Zijingang Sci-Tech City", "core", "西湖区"),
    ("qingshan", "青山湖科技城", "Qingshan Lake Sci-Tech City", "core", "临安区"),
    ("linping", "临平区", "Linping District", "partner", "联动发展区"),
    ("fuyang", "富阳区", "Fuyang District", "partner", "联动发展区"),
]

# field code, 中文, English, [(subfield code, 中文, English)]
FIELDS = [
    (
        "internet",
        "互联网+",
        "Internet+",
        [
            ("ai", "人工智能", "Artificial intelligence"),
            ("ic", "集成电路", "Integrated circuits"),
            ("cloud", "云计算与大数据", "Cloud computing & big data"),
            ("content", "数字内容", "Digital content"),
            ("mfg_software", "智能制造软件", "Smart-manufacturing software"),
        ],
    ),
    (
        "health",
        "生命健康",
        "Life & Health",
        [
            ("biomed", "生物医药", "Biomedicine"),
            ("devices", "医疗器械", "Medical devices"),
            ("digital_health", "数字健康", "Digital health"),
        ],
    ),
    (
        "materials",
        "新材料",
        "New Materials",
        [
            ("polymers", "先进高分子", "Advanced polymers"),
            ("energy_materials", "新能源材料", "New-energy materials"),
            ("electronic_materials", "电子信息材料", "Electronic materials"),
        ],
    ),
    ("equipment", "高端装备", "High-end Equipment", []),
    (
        "other",
        "其他",
        "Other",
        [
            ("future_industries", "未来产业", "Future industries"),
        ],
    ),
]

PROJECT_TYPES = [
    ("industrial", "产业项目", "Industrial project"),
    ("headquarters", "总部项目", "Headquarters"),
    ("rd_platform", "研发机构/平台", "R&D institute or platform"),
    ("talent_startup", "人才创业项目", "Talent start-up"),
]

SOURCES = [
    ("referral", "以商招商", "Referral by a company"),
    ("agency", "中介机构", "Agency"),
    ("event", "展会/活动", "Fair or event"),
    ("fund", "基金/资本", "Fund / capital"),
    ("university", "高校院所", "University or institute"),
    ("alumni", "校友/乡贤", "Alumni / hometown network"),
    ("outreach", "自主对接", "Own outreach"),
    ("assigned", "上级转办", "Assigned from above"),
]

# the pipeline, in order; then the side exits
STAGES = [
    ("lead", "线索", "Lead"),
    ("contact", "接洽", "First contact"),
    ("visit", "考察", "Site visit"),
    ("negotiation", "洽谈", "Negotiation"),
    ("signed", "签约", "Signed"),
    ("landed", "落地", "Landed"),
    ("construction", "开工", "Construction started"),
    ("operating", "投产", "Operating"),
    ("on_hold", "搁置", "On hold"),
    ("lost", "流失", "Lost"),
]

BUSINESS_TYPES = [
    ("new", "新引进", "New investor"),
    ("increase", "增资", "Capital increase"),
    ("upgrade", "升格", "Upgrade of an existing entity"),
    ("change_investor", "更换投资主体", "Change of investing entity"),
]

ACTIVITY_TYPES = [
    ("call", "电话", "Call"),
    ("visit", "拜访", "Visit to the company"),
    ("inbound", "来访考察", "Company visits us"),
    ("meeting", "洽谈会议", "Negotiation meeting"),
    ("event", "活动/展会", "Event"),
    ("message", "微信/邮件", "Message"),
]

LOST_REASONS = [
    ("policy", "政策条件不满足", "Policy terms not met"),
    ("space", "用地/用房不足", "Not enough land or space"),
    ("cost", "综合成本偏高", "Costs too high"),
    ("strategy", "企业战略调整", "Company changed its strategy"),
    ("competition", "其他地区条件更优", "Another region offered more"),
    ("talent", "人才与配套不足", "Talent or services lacking"),
    ("cancelled", "项目终止", "Project cancelled"),
    ("other", "其他", "Other"),
]

REGIONS = [
    ("zhangjiang", "上海张江", "Shanghai Zhangjiang"),
    ("suzhou_sip", "苏州工业园区", "Suzhou Industrial Park"),
    ("hefei", "合肥", "Hefei"),
    ("nanjing", "南京", "Nanjing"),
    ("shenzhen", "深圳", "Shenzhen"),
    ("zhongguancun", "北京中关村", "Beijing Zhongguancun"),
    ("hangzhou_other", "杭州市其他区县", "Elsewhere in Hangzhou"),
    ("ningbo", "宁波", "Ningbo"),
    ("wuxi", "无锡", "Wuxi"),
]


def reference_rows() -> list[dict[str, Any]]:
    """All seed rows as dicts for ``ref_item``; subfields name their parent by ``parent_code``."""
    rows: list[dict[str, Any]] = []

    def add(kind: str, items: Sequence[tuple[Any, ...]], start: int = 0) -> None:
        for i, item in enumerate(items):
            code, zh, en = item[:3]
            tag = item[3] if len(item) > 3 else None
            detail = item[4] if len(item) > 4 else None
            rows.append(
                dict(
                    kind=kind,
                    code=code,
                    name_zh=zh,
                    name_en=en,
                    tag=tag,
                    detail=detail,
                    sort_order=(start + i) * 10,
                    parent_code=None,
                )
            )

    add("city", CITIES)
    add("project_type", PROJECT_TYPES)
    add("source", SOURCES)
    add("stage", STAGES)
    add("business_type", BUSINESS_TYPES)
    add("activity_type", ACTIVITY_TYPES)
    add("lost_reason", LOST_REASONS)
    add("region", REGIONS)
    for i, (code, zh, en, subs) in enumerate(FIELDS):
        rows.append(
            dict(
                kind="field",
                code=code,
                name_zh=zh,
                name_en=en,
                tag=None,
                detail=None,
                sort_order=i * 10,
                parent_code=None,
            )
        )
        for j, (scode, szh, sen) in enumerate(subs):
            rows.append(
                dict(
                    kind="subfield",
                    code=scode,
                    name_zh=szh,
                    name_en=sen,
                    tag=None,
                    detail=None,
                    sort_order=i * 100 + j * 10,
                    parent_code=code,
                )
            )
    return rows


# the designations the committee counts (revision 0006 inserts them; fixed, not admin lists)
UNICORN = [
    ("unicorn", "独角兽", "Unicorn"),
    ("quasi_unicorn", "准独角兽", "Quasi-unicorn"),
]
SRDI = [
    ("national", "国家级专精特新“小巨人”", "National SRDI 'little giant'"),
    ("provincial", "省级专精特新中小企业", "Provincial SRDI SME"),
]


def designation_rows() -> list[dict[str, object]]:
    """The ``ref_item`` rows of the company designations (kinds unicorn and srdi)."""
    return [
        dict(kind=kind, code=code, name_zh=zh, name_en=en, sort_order=i * 10)
        for kind, items in (("unicorn", UNICORN), ("srdi", SRDI))
        for i, (code, zh, en) in enumerate(items)
    ]

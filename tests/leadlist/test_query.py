"""The lead list on both dialects: every filter of LeadFilter, every sort key in both
directions with stable paging, page + total, search (Chinese 1- and 2-character substrings,
pinyin initials, credit-code prefixes, several terms) and confidential masking."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm.followups.activities import log_activity
from crm.leadlist.query import SORT_KEYS, LeadFilter, count_leads, list_leads, rows_by_id
from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead, delete_lead
from crm.pipeline import ALL
from crm.reference import reference
from crm.values.names import pinyin_key
from tests.services import TODAY, creator, lead_data

D = lambda n: TODAY + timedelta(days=n)  # noqa: E731

#: the pool: key → (owner, data); hand-made so every filter and sort has something to bite on
POOL = {
    "A": (
        "wang",
        dict(
            company_name="杭州云帆智能科技有限公司",
            project_name="云帆区域总部项目",
            city="zijingang",
            subfield="ai",
            planned_investment="5000万",
            is_key=True,
            next_followup=D(-4),
            project_type="industrial",
            source="referral",
            credit_code="91330100716105852F",
            stage_date=D(-20),
        ),
    ),
    "B": (
        "li",
        dict(
            company_name="星河生物医药股份有限公司",
            project_name="北极星研发中心",
            city="future",
            subfield="biomed",
            planned_investment="1.2亿",
            is_hightech=True,
            next_followup=D(0),
            confidential=True,
            codename="项目-北极星",
            project_type="headquarters",
            stage="contact",
            stage_date=D(-15),
        ),
    ),
    "C": (
        "wang",
        dict(
            company_name="博远新材料有限公司",
            project_name="博远生产基地",
            city="zijingang",
            field="materials",
            stage="signed",
            stage_date=D(-10),
            agreed_investment="800万",
            is_national_rd=True,
            is_foreign=True,
            fortune500=True,
            listed_where="港交所",  # listed somewhere: a listed company
            business_type="increase",
            source="agency",
            first_contact_on=D(-40),  # a ledger's own date (the others: the day recorded)
        ),
    ),
    "D": (
        "li",
        dict(
            company_name="上海智源数据科技有限公司",
            project_name="智源数据中心",
            city="future",
            subfield="cloud",
            stage="negotiation",
            stage_date=D(-8),
            planned_investment="300",
            next_followup=D(5),
            source="fund",
            notes="关注人才公寓配套",
            srdi="小巨人",  # as ledgers write the national level
            unicorn="准独角兽",
        ),
    ),
    "E": (
        "wang",
        dict(
            company_name="天择医疗器械有限公司",
            project_name="天择产业化项目",
            city="qingshan",
            subfield="devices",
            stage="lost",
            lost_reason="cost",
            planned_investment="2000万",
            next_followup=D(-9),
            stage_date=D(-30),
            needs_review=True,
        ),
    ),
    "F": (
        "li",
        dict(
            company_name="恒瑞装备制造有限公司",
            project_name="恒瑞智造基地",
            city="linping",
            field="equipment",
            stage="on_hold",
            stage_date=D(-12),
            on_hold_until=D(30),
            planned_investment="10亿",
            is_key=True,
        ),
    ),
    "G": (
        "wang",
        dict(
            company_name="启明芯片设计有限公司",
            project_name="启明芯片研发中心",
            city="fuyang",
            subfield="ic",
            stage="landed",
            stage_date=D(-2),
            agreed_investment="3000万",
            funds_in_place="1000万",
            planned_investment="800万",
            project_type="rd_platform",
            listed=True,
            gazelle=True,
        ),
    ),
    "H": (
        "li",
        dict(
            company_name="睿思数字健康科技有限公司",
            project_name="睿思健康平台",
            city="future",
            subfield="digital_health",
            stage_date=D(-1),
        ),
    ),
}
LIVE = set("ABCDEFG")


class Pool:
    def __init__(self, store, people):
        self.store, self.people = store, people
        self.ref = reference(store)
        owners = {"wang": people.wang, "li": people.li}
        self.ids: dict[str, int] = {}
        for key, (owner, data) in POOL.items():
            data = dict(data)
            data.setdefault("field", None)
            base = lead_data(**data)
            if base["field"] is None:
                del base["field"]
            by, on_behalf = creator(store, owners[owner], base["city"], people.zhao)
            self.ids[key] = create_lead(store, by, base | on_behalf, today=TODAY).lead_id
        self.key_of = {v: k for k, v in self.ids.items()}
        add_contact(store, people.wang, self.ids["A"], {"name": "张三", "mobile": "13812345678"})
        log_activity(
            store,
            people.li,
            self.ids["D"],
            {
                "activity_type": "call",
                "summary": "电话",
                "occurred_on": D(-40),
                "next_followup": D(5),
            },
            today=TODAY,
        )
        delete_lead(store, people.li, self.ids["H"])

    def keys(self, flt: LeadFilter = LeadFilter(), actor=None, **kw) -> set[str]:
        page = list_leads(self.store, actor or self.people.zhao, flt, limit=100, today=TODAY, **kw)
        assert page.total == len(page.rows)
        return {self.key_of[r.id] for r in page.rows}

    def id(self, kind: str, code: str) -> int:
        return self.ref.id_of(kind, code)


@pytest.fixture
def pool(any_store, any_people) -> Pool:
    return Pool(any_store, any_people)


def test_every_filter(pool):
    p, people = pool, pool.people
    cases = [
        (LeadFilter(), LIVE),
        (LeadFilter(cities=(people.city_future,)), {"B", "D"}),
        (LeadFilter(cities=(people.city_future, people.city_qingshan)), {"B", "D", "E"}),
        (LeadFilter(fields=(p.id("field", "health"),)), {"B", "E"}),
        (LeadFilter(subfields=(p.id("subfield", "ai"), p.id("subfield", "ic"))), {"A", "G"}),
        (LeadFilter(stages=("signed", "landed")), {"C", "G"}),
        (LeadFilter(stages=("lead",)), {"A"}),
        (LeadFilter(owners=(people.li.id,)), {"B", "D", "F"}),
        (LeadFilter(not_owners=(people.li.id,)), LIVE - {"B", "D", "F"}),
        (LeadFilter(project_types=(p.id("project_type", "headquarters"),)), {"B"}),
        (LeadFilter(sources=(p.id("source", "fund"), p.id("source", "agency"))), {"C", "D"}),
        (LeadFilter(business_types=(p.id("business_type", "increase"),)), {"C"}),
        (LeadFilter(key_project=True), {"A", "F"}),
        (LeadFilter(key_project=False), LIVE - {"A", "F"}),
        (LeadFilter(hightech=True), {"B"}),
        (LeadFilter(national_rd=True), {"C"}),
        (LeadFilter(foreign=True), {"C"}),
        (LeadFilter(confidential=True), {"B"}),
        (LeadFilter(confidential=False), LIVE - {"B"}),
        (LeadFilter(stale=True), {"D"}),  # last activity 40 days ago, still in play
        (LeadFilter(stage_date_from=D(-12), stage_date_to=D(-8)), {"C", "D", "F"}),
        (LeadFilter(stage_date_to=D(-20)), {"A", "E"}),
        (LeadFilter(followup_from=D(-4), followup_to=D(0)), {"A", "B"}),
        (LeadFilter(followup_from=D(1)), {"D", "F"}),
        (LeadFilter(signed_from=D(-5)), {"G"}),
        (LeadFilter(signed_to=D(-5)), {"C"}),
        (LeadFilter(created_from=date.today()), LIVE),
        (LeadFilter(created_to=date.today() - timedelta(days=1)), set()),
        (LeadFilter(updated_from=date.today(), updated_to=date.today()), LIVE),
        (LeadFilter(updated_from=date.today() + timedelta(days=1)), set()),
        (LeadFilter(first_contact_from=D(-41), first_contact_to=D(-39)), {"C"}),
        (LeadFilter(first_contact_from=D(0)), LIVE - {"C"}),
        (LeadFilter(needs_review=True), {"E"}),
        (LeadFilter(needs_review=False), LIVE - {"E"}),
        (LeadFilter(deleted=True), {"H"}),
        (LeadFilter(lead_ids=(p.ids["A"], p.ids["H"], p.ids["C"])), {"A", "C"}),
        (LeadFilter(lead_ids=()), set()),
        (LeadFilter(cities=(people.city_zijingang,), key_project=True), {"A"}),
        (LeadFilter(reached_stage="signed"), {"C", "G"}),
        (LeadFilter(moved_from=D(-365)), set()),  # created at their stage: no move yet
        (LeadFilter(not_reached_stage="contact"), {"A", "E", "F"}),
        (LeadFilter(lost_at_stages=("lead",)), {"E"}),
        (LeadFilter(lost_at_stages=("visit",)), set()),
        (LeadFilter(lost_reasons=(p.id("lost_reason", "cost"),)), {"E"}),
        (LeadFilter(lost_to_regions=("",)), {"E"}),  # lost, no region named
        (LeadFilter(lost_to_regions=("上海张江",)), set()),
        (LeadFilter(designations=("fortune500",)), {"C"}),
        (LeadFilter(designations=("listed",)), {"C", "G"}),
        (LeadFilter(designations=("listed", "gazelle")), {"G"}),
        (LeadFilter(designations=("srdi",)), {"D"}),
        (LeadFilter(designations=("unicorn",)), {"D"}),
        (LeadFilter(designations=("china500",)), set()),
    ]
    with p.store.read() as s:
        from crm.db.models import Lead

        company_a = s.get(Lead, p.ids["A"]).company_id
    cases.append((LeadFilter(company_id=company_a), {"A"}))
    cases.append((LeadFilter(import_batch_id=12345), set()))
    for flt, expected in cases:
        assert p.keys(flt) == expected, flt
        assert count_leads(p.store, people.zhao, flt, today=TODAY) == len(expected), flt


def test_every_filter_field_is_covered():
    """A field added to LeadFilter must get a case in test_every_filter."""
    import inspect

    source = inspect.getsource(test_every_filter)
    missing = [f.name for f in fields(LeadFilter) if f"{f.name}=" not in source]
    assert missing in (
        [],
        ["followup", "search", "reached_from", "reached_to", "moved_to", "moved_forward"],
    ), missing


def test_filters_survive_a_round_trip_through_a_saved_view():
    flt = LeadFilter(
        cities=(1, 2),
        stages=("lead",),
        key_project=True,
        stale=True,
        stage_date_from=D(-3),
        search="云帆",
        lead_ids=(4, 5),
    )
    assert LeadFilter.from_dict(flt.to_dict()) == flt


# ---------------------------------------------------------------- sorting and paging


def expected_order(p: Pool, key: str, descending: bool) -> list[str]:
    """The spec of each sort key, in Python: reference lists in their own order, stages in
    pipeline order, owners and companies by pinyin, empty values last, then newest id first."""
    ref, store = p.ref, p.store
    rows = {
        p.key_of[r.id]: r
        for r in list_leads(store, p.people.zhao, LeadFilter(), limit=100, today=TODAY).rows
    }
    names = {k: POOL[k][1]["company_name"] for k in rows}
    positions = {
        kind: {i.id: n for n, i in enumerate(ref.kind(kind, active_only=False))}
        for kind in ("city", "field", "subfield", "source", "project_type", "business_type")
    }
    attr = {
        "city": "city_id",
        "field": "field_id",
        "subfield": "subfield_id",
        "source": "source_id",
        "project_type": "project_type_id",
        "business_type": "business_type_id",
    }

    def value(k):
        r = rows[k]
        if key == "company_name":
            return pinyin_key(names[k])
        if key in attr:
            v = getattr(r, attr[key])
            return None if v is None else positions[key][v]
        if key == "stage":
            return ALL.index(r.stage)
        if key == "owner":
            return ref.user_order[r.owner_id]
        if key == "followup":
            return r.next_followup
        return getattr(r, key)

    present = [k for k in rows if value(k) is not None]
    empty = [k for k in rows if value(k) is None]
    by_id = lambda k: -rows[k].id  # noqa: E731 - newest first among equals
    present.sort(key=by_id)
    present.sort(key=value, reverse=descending)
    empty.sort(key=by_id)
    return present + empty


@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_with_stable_paging(pool, descending):
    p = pool
    for key in SORT_KEYS:
        expected = expected_order(p, key, descending)
        full = list_leads(
            p.store, p.people.zhao, LeadFilter(), [(key, descending)], limit=100, today=TODAY
        )
        assert [p.key_of[r.id] for r in full.rows] == expected, key
        pages = []
        for offset in range(0, 9, 3):
            page = list_leads(
                p.store,
                p.people.zhao,
                LeadFilter(),
                [(key, descending)],
                offset=offset,
                limit=3,
                today=TODAY,
            )
            assert (page.total, page.offset, page.limit) == (7, offset, 3)
            pages.extend(p.key_of[r.id] for r in page.rows)
        assert pages == expected, key


def test_hand_checked_orders(pool):
    p = pool

    def order(sort):
        rows = list_leads(p.store, p.people.zhao, LeadFilter(), sort, limit=100, today=TODAY).rows
        return "".join(p.key_of[r.id] for r in rows)

    # 线索 接洽 洽谈 签约 落地 搁置 流失
    assert order([("stage", False)]) == "ABDCGFE"
    # 10亿, 1.2亿, 5000万, 2000万, 800万, 300万, then C without an amount
    assert order([("planned_investment", True)]) == "FBAEGDC"
    assert order([("planned_investment", False)]) == "DGEABFC"
    # by pinyin: bo, heng, hang(杭州), qi, shang, tian, xing
    assert order([("company", False)]) == "CAFGDEB"
    # two keys: city (reference order), then the follow-up day
    assert order([("city", False), ("next_followup", False)]) == "BDACEFG"


def test_unknown_sort_key(pool):
    with pytest.raises(ValueError):
        list_leads(pool.store, pool.people.zhao, LeadFilter(), [("password", False)])


# ---------------------------------------------------------------- search


def test_search(pool):
    p = pool
    cases = {
        "帆": {"A"},  # one Chinese character
        "云帆": {"A"},  # two
        "生物": {"B"},
        "医": {"B", "E"},
        "数据中心": {"D"},
        "yf": {"A"},  # initials without the place: 云帆…
        "hzyf": {"A"},  # with it
        "YFZN": {"A"},
        "sh": {"D"},  # 上海智源 (shzy…)
        "913301": {"A"},  # a credit-code prefix
        "91330100716105852F": {"A"},
        "云帆 总部": {"A"},  # several terms: all must match
        "云帆 医药": set(),
        "人才公寓": {"D"},  # notes
        "张三": {"A"},  # contacts
        "1381234": {"A"},
        "项目-北极星": {"B"},  # codename
        "睿思": set(),  # deleted
        "   ": LIVE,
        "": LIVE,
    }
    for query, expected in cases.items():
        assert p.keys(LeadFilter(search=query)) == expected, query
    assert p.keys(LeadFilter(search="睿思", deleted=True)) == {"H"}
    assert p.keys(LeadFilter(search="医", cities=(p.people.city_qingshan,))) == {"E"}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=30))
def test_any_search_text_is_safe(pool, text):
    """Quotes, FTS operators, brackets, emoji: never an error, always a subset of the pool."""
    found = pool.keys(LeadFilter(search=text))
    assert found <= LIVE


SYNTAX = [
    '"',
    '云帆" OR "',
    "AND",
    "NOT 云帆",
    "云帆*",
    "(",
    "NEAR(云 帆)",
    "pub:云帆",
    "doc : 云帆",
    "'; DROP TABLE lead; --",
    "^云帆",
    "云帆 -星河",
    "云帆 & 星河",
    "!云帆",
    "云帆:*",
    "<->",
    "\\",
]


def test_search_syntax_is_not_interpreted(pool):
    """FTS5 and tsquery operators are plain text to us: no error, no operator semantics."""
    for query in SYNTAX:
        found = pool.keys(LeadFilter(search=query))
        assert found <= LIVE, query
    assert pool.keys(LeadFilter(search="NOT 云帆")) == set()  # "not" is a word to find
    assert pool.keys(LeadFilter(search="-云帆")) == {"A"}  # "-" is no negation


# ---------------------------------------------------------------- confidential projects


def test_a_confidential_project_is_masked_outside_its_city(pool):
    p, people = pool, pool.people
    b = p.ids["B"]
    outsider = rows_by_id(p.store, people.wang, [b])[b]  # 紫金港 officer; B is in 未来科技城
    assert outsider.masked and outsider.company == "项目-北极星"
    assert outsider.project_name == "项目-北极星" and outsider.credit_code is None
    for insider in (people.li, people.zhao):  # its city's officer, a manager
        row = rows_by_id(p.store, insider, [b])[b]
        assert not row.masked and row.company == "星河生物医药股份有限公司"


def test_search_by_real_name_does_not_reveal_another_citys_confidential_project(pool):
    p, people = pool, pool.people
    for query in ("星河", "生物医药", "xhsw", "北极星研发"):
        assert p.keys(LeadFilter(search=query), people.wang) == set(), query
        assert p.keys(LeadFilter(search=query), people.li) == {"B"}, query
        assert p.keys(LeadFilter(search=query), people.zhao) == {"B"}, query
    # the codename is public: anyone finds it by that
    assert p.keys(LeadFilter(search="北极星"), people.wang) == {"B"}
    page = list_leads(p.store, people.wang, LeadFilter(search="北极星"), today=TODAY)
    assert page.rows[0].company == "项目-北极星"


def test_sorting_by_company_does_not_leak_the_real_name_order(pool):
    """Masked rows show the codename; their position may follow the real name, but the page
    itself never carries the real name."""
    p = pool
    rows = list_leads(p.store, p.people.wang, LeadFilter(), [("company", False)], today=TODAY).rows
    shown = {r.company for r in rows}
    assert "星河生物医药股份有限公司" not in shown and "项目-北极星" in shown


def test_a_page_past_the_end_still_has_its_total(pool):
    p = pool
    for flt in (LeadFilter(search="医"), LeadFilter(cities=(p.people.city_future,))):
        first = list_leads(p.store, p.people.zhao, flt, offset=0, limit=1, today=TODAY)
        beyond = list_leads(p.store, p.people.zhao, flt, offset=50, limit=10, today=TODAY)
        assert beyond.rows == [] and beyond.total == first.total == 2
        assert len(first.rows) == 1
    nothing = list_leads(p.store, p.people.zhao, LeadFilter(search="量子"), today=TODAY)
    assert (nothing.rows, nothing.total) == ([], 0)
    uncounted = list_leads(
        p.store, p.people.zhao, LeadFilter(search="医"), with_total=False, today=TODAY
    )
    assert uncounted.total == -1 and len(uncounted.rows) == 2


def test_a_filter_given_lists_works_too(pool):
    p = pool
    flt = LeadFilter(cities=[p.people.city_future], stages=["contact", "negotiation"])
    assert p.keys(flt) == {"B", "D"}
    assert p.keys(flt) == {"B", "D"}  # again (the statements are not kept for it)

"""The schema (sqlmodel). DOMAIN.md is the source of every field.

Conventions: amounts are REAL in 万元; calendar dates (stage reached, follow-up, activity day)
are DATE in local time; instants (created/updated) are timezone-aware UTC. Every row a user
edits carries ``version`` (optimistic locking, checked by SQLAlchemy on every UPDATE) and
who/when created and last updated it. Reference values are rows of ``ref_item`` so admins can
extend them; the pipeline's stages are codes whose rules live in ``crm.pipeline``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import declared_attr
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel
from sqlmodel.sql.sqltypes import UTCDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


def partial_index(name: str, *columns: str, where: str) -> Index:
    """An index of the rows matching ``where`` only (the few leads to review, the few notes).

    Declared with SQLite's ``sqlite_where``; the ``WHERE`` is kept in ``info["where"]`` for
    every other database. The same clause as ``postgresql_where`` here would load
    SQLAlchemy's PostgreSQL dialect with its asyncio driver — 19 ms of every start of the
    desktop app, which uses SQLite. The schema itself is made by the migrations, which name
    ``postgresql_where``; tests/db/test_migrate.py checks that both databases hold each
    partial index with this clause."""
    return Index(name, *columns, sqlite_where=text(where), info={"where": where})


class ReadInstant(TypeDecorator[datetime]):
    """Reads an instant column (as sqlmodel's UTCDateTime stores it) as an aware UTC datetime,
    fast: on SQLite straight from the stored text. For lists that read many rows
    (``type_coerce(column, ReadInstant())``); writing still goes through the column's type."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        if dialect.name != "sqlite":
            return UTCDateTime().dialect_impl(dialect).result_processor(dialect, coltype)
        parse = datetime.fromisoformat

        def process(value: str | None) -> datetime | None:
            return None if value is None else parse(value + "+00:00")

        return process


class Tracked(SQLModel):
    """Version and created/updated stamps for every row users edit."""

    version: int = Field(default=1)
    created_at: datetime = Field(default_factory=utcnow)
    created_by: int | None = Field(default=None, foreign_key="app_user.id")
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: int | None = Field(default=None, foreign_key="app_user.id")

    # declared_attr's stubs expect a mapped attribute, not the mapper's arguments
    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's signature
        # SQLModel gives every table class its __table__, which its types do not declare
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class User(Tracked, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(max_length=64)
    #: officer | manager | report_staff | admin
    role: str = Field(default="officer", max_length=16)
    # use_alter: app_user and ref_item refer to each other (ref_item.created_by → app_user)
    city_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer,
            ForeignKey("ref_item.id", use_alter=True, name="fk_app_user_city_id"),
            index=True,
        ),
    )
    manager_id: int | None = Field(default=None, foreign_key="app_user.id")
    email: str | None = Field(default=None, max_length=128)
    active: bool = Field(default=True)
    #: Argon2id (crm.accounts.passwords); None: this person cannot sign in (yet)
    password_hash: str | None = Field(default=None, max_length=256)
    #: administers people, reference lists, targets, backups and settings (beside the role)
    is_admin: bool = Field(default=False)
    #: a one-time password set by an admin: changed at the next sign-in
    must_change_password: bool = Field(default=False)
    failed_logins: int = Field(default=0)
    last_failed_at: datetime | None = Field(default=None)
    last_sign_in_at: datetime | None = Field(default=None)


class RefItem(Tracked, table=True):
    """One value of a reference list: city, field, subfield (parent = field), project_type,
    source, stage, business_type, activity_type, lost_reason, region."""

    __tablename__ = "ref_item"
    __table_args__ = (UniqueConstraint("kind", "code", name="uq_ref_item_kind_code"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32, index=True)
    code: str = Field(max_length=64)
    name_zh: str = Field(max_length=64)
    name_en: str = Field(max_length=96)
    parent_id: int | None = Field(default=None, foreign_key="ref_item.id")
    sort_order: int = Field(default=0)
    #: free classifier, e.g. city: "core" or "partner"
    tag: str | None = Field(default=None, max_length=32)
    #: free detail, e.g. a city's district (余杭区)
    detail: str | None = Field(default=None, max_length=128)
    active: bool = Field(default=True)


#: the company designations the lead list filters by, each with the SQL that holds it: each
#: has a partial index of the few companies that hold it (crm.leads.company_flags.FILTERS)
DESIGNATED = {
    "fortune500": "fortune500",
    "china500": "china500",
    "listed": "listed",
    "unicorn": "unicorn_id IS NOT NULL",
    "srdi": "srdi_id IS NOT NULL",
    "gazelle": "gazelle",
}


class Company(Tracked, table=True):
    # a filter on a designation reads its few companies, not all of them
    __table_args__ = tuple(
        partial_index(f"ix_company_{key}", "id", where=sql) for key, sql in DESIGNATED.items()
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    name_norm: str = Field(max_length=200, index=True)
    #: pinyin sort key of the name (Chinese lists sort by pinyin)
    name_sort: str = Field(default="", max_length=400, index=True)
    #: 统一社会信用代码, GB 32100-2015: the company's identity when known
    credit_code: str | None = Field(default=None, max_length=18, unique=True)
    #: domestic province or foreign country/region the investor comes from
    origin: str | None = Field(default=None, max_length=64)
    # the designations the committee counts (crm.leads.company_flags; revision 0006)
    fortune500: bool = Field(default=False)
    china500: bool = Field(default=False)
    listed: bool = Field(default=False)
    #: the exchange and board (上交所科创板, 港交所 …)
    listed_where: str | None = Field(default=None, max_length=64)
    #: 独角兽 / 准独角兽 (ref_item kind "unicorn")
    unicorn_id: int | None = Field(default=None, foreign_key="ref_item.id")
    #: 专精特新: national 小巨人 or provincial (ref_item kind "srdi")
    srdi_id: int | None = Field(default=None, foreign_key="ref_item.id")
    gazelle: bool = Field(default=False)


class ImportBatch(Tracked, table=True):
    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    file_name: str = Field(max_length=400)
    sheet: str | None = Field(default=None, max_length=200)
    created_count: int = Field(default=0)
    updated_count: int = Field(default=0)
    skipped_count: int = Field(default=0)
    refused_count: int = Field(default=0)
    undone_at: datetime | None = Field(default=None)


#: what the reports count leads by (crm.analytics)
COUNTED_BY = ("city_id", "field_id", "owner_id")


class Lead(Tracked, table=True):
    """A lead / project (招商项目): one company's prospective investment."""

    # The list filters on a column and always on deleted_at IS NULL, and shows the total:
    # each filter column leads its index with deleted_at next, so a count is an index scan.
    # No index starts with deleted_at: nearly every lead is live, such an index only misleads
    # the planner away from the sort indexes (updated_at, planned_investment …).
    # The reports count leads by city, field and owner (COUNTED_BY) over one condition at a time
    # (created, signed or landed in a period, overdue, stale, key project …): the index of each
    # condition carries the columns counted, so a report reads no lead row.
    __table_args__ = (
        Index("ix_lead_city_live", "city_id", "deleted_at", "stage"),
        Index("ix_lead_field_live", "field_id", "deleted_at"),
        Index("ix_lead_stage_live", "stage", "deleted_at"),
        Index("ix_lead_owner_live", "owner_id", "deleted_at", "next_followup"),
        Index("ix_lead_key_live", "is_key", "deleted_at", "company_id", "stage", *COUNTED_BY),
        Index("ix_lead_updated_at", "updated_at"),  # the list's default order
        Index("ix_lead_created", "created_at", "deleted_at", *COUNTED_BY, "furthest_stage"),
        # the weekly report's "new leads": leads first contacted in the week
        Index("ix_lead_first_contact", "first_contact_on", "deleted_at", *COUNTED_BY),
        # the few leads an import flagged for a person to check (the lead list's filter)
        partial_index("ix_lead_needs_review", "needs_review", "deleted_at", where="needs_review"),
        Index("ix_lead_followup", "next_followup", "deleted_at", "stage", *COUNTED_BY),
        Index(
            "ix_lead_last_activity",
            "last_activity_on",
            "deleted_at",
            "stage",
            "created_at",
            *COUNTED_BY,
        ),
        Index("ix_lead_landed", "first_landed_on", "deleted_at", "business_type_id", *COUNTED_BY),
        Index(
            "ix_lead_signed",
            "first_signed_on",
            "deleted_at",
            "business_type_id",
            *COUNTED_BY,
            "agreed_investment",
            "funds_in_place",
            "expected_jobs",
            "is_hightech",
        ),
        # what counting activities needs of their lead (a lookup by id reads this, not the row)
        Index("ix_lead_scope", "id", "deleted_at", "city_id", "field_id", "is_key"),
        Index("ix_lead_furthest_live", "furthest_stage", "deleted_at"),
        # the funnel by city, field and owner, read in this order (no sort)
        Index("ix_lead_pipeline", *COUNTED_BY, "furthest_stage", "deleted_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", index=True)
    project_name: str = Field(max_length=200)
    business_type_id: int = Field(foreign_key="ref_item.id")
    project_type_id: int | None = Field(default=None, foreign_key="ref_item.id")
    field_id: int = Field(foreign_key="ref_item.id")
    subfield_id: int | None = Field(default=None, foreign_key="ref_item.id")
    city_id: int = Field(foreign_key="ref_item.id")
    owner_id: int = Field(foreign_key="app_user.id")
    source_id: int | None = Field(default=None, foreign_key="ref_item.id")

    # expectations (万元 unless named otherwise)
    planned_investment: float | None = Field(default=None, index=True)
    registered_capital: float | None = None
    expected_output: float | None = None  # per year
    expected_tax: float | None = None  # per year
    land_mu: float | None = None  # 用地, 亩
    floor_space_m2: float | None = None  # 用房, m²
    expected_jobs: int | None = None
    expected_talents: int | None = None  # high-level talent

    # flags
    is_key: bool = Field(default=False)
    is_hightech: bool = Field(default=False)
    is_national_rd: bool = Field(default=False)
    is_foreign: bool = Field(default=False)
    policy_industry: bool = Field(default=False)
    policy_talent: bool = Field(default=False)
    policy_tech: bool = Field(default=False)
    competing_regions: str | None = Field(default=None, max_length=200)

    # pipeline
    #: the day the project was first contacted (a ledger's own date; else the day the lead was
    #: recorded): the weekly report counts new leads by it. Every writer sets it; the column
    #: allows NULL only so that rows written before revision 0005 could be filled in.
    first_contact_on: date | None = Field(default=None)
    stage: str = Field(max_length=16)
    stage_date: date = Field(index=True)
    next_followup: date | None = None
    on_hold_until: date | None = None
    lost_reason_id: int | None = Field(default=None, foreign_key="ref_item.id")
    lost_at_stage: str | None = Field(default=None, max_length=16)
    lost_to_region: str | None = Field(default=None, max_length=64)
    #: first day the project reached 签约: it is counted once, then (不重复统计)
    first_signed_on: date | None = None
    #: first day the project reached 落地 or a later stage (its standing stage history)
    first_landed_on: date | None = None
    #: the furthest stage of the main pipeline its standing stage history reached (side exits
    #: count as 线索): the funnel. crm.pipeline keeps both up to date on every move and undo.
    furthest_stage: str = Field(default="lead", max_length=16)
    last_activity_on: date | None = None

    # after signing
    agreed_investment: float | None = None
    funds_in_place: float | None = None
    land_supplied_mu: float | None = None

    confidential: bool = Field(default=False)
    codename: str | None = Field(default=None, max_length=64)
    notes: str | None = Field(default=None, sa_column=Column(Text))
    #: 需核实: an import kept a value it could not read (the text is in the notes); a person
    #: clears the flag once the lead is checked
    needs_review: bool = Field(default=False)

    deleted_at: datetime | None = Field(default=None)
    deleted_by: int | None = Field(default=None, foreign_key="app_user.id")
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", index=True)
    import_row: int | None = None


class Contact(Tracked, table=True):
    """A person at the company (PIPL personal information: shown only to those allowed)."""

    id: int | None = Field(default=None, primary_key=True)
    lead_id: int = Field(foreign_key="lead.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=64)
    title: str | None = Field(default=None, max_length=64)
    mobile: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=128)
    wechat: str | None = Field(default=None, max_length=64)
    note: str | None = Field(default=None, max_length=400)


class Activity(Tracked, table=True):
    """A follow-up (跟进记录): a call, visit, meeting … on a lead."""

    # ix_activity_day holds what the reports count activities by, so counting the activities
    # of a period reads only that part of the index, never the rows
    __table_args__ = (
        Index("ix_activity_lead_day", "lead_id", "occurred_on"),
        Index("ix_activity_user_day", "user_id", "occurred_on"),
        Index("ix_activity_day", "occurred_on", "type_id", "user_id", "lead_id", "deleted_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    lead_id: int = Field(foreign_key="lead.id", ondelete="CASCADE")
    occurred_on: date
    type_id: int = Field(foreign_key="ref_item.id")
    user_id: int = Field(foreign_key="app_user.id")
    participants: str | None = Field(default=None, max_length=400)
    summary: str = Field(sa_column=Column(Text, nullable=False))
    next_step: str | None = Field(default=None, max_length=400)
    next_followup: date | None = None
    deleted_at: datetime | None = Field(default=None)


class Attachment(SQLModel, table=True):
    """A file kept with a lead (agreement, 可研报告, photos): its name and size here, its bytes
    in ``attachment_chunk`` so a list of attachments reads no content (crm.attachments.files)."""

    __table_args__ = (Index("ix_attachment_lead", "lead_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    lead_id: int = Field(foreign_key="lead.id", ondelete="CASCADE")
    #: the file's name as kept: no folders, nothing Windows forbids (crm.attachments.files)
    name: str = Field(max_length=200)
    size: int
    sha256: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    created_by: int | None = Field(default=None, foreign_key="app_user.id")


class AttachmentChunk(SQLModel, table=True):
    """One piece (at most 1 MiB) of an attachment's bytes, in order."""

    __tablename__ = "attachment_chunk"

    attachment_id: int = Field(foreign_key="attachment.id", primary_key=True, ondelete="CASCADE")
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class StageChange(SQLModel, table=True):
    """One move of a lead between stages (append-only history)."""

    __tablename__ = "stage_change"
    # the few rows with a note (the undo rows among them: crm.pipeline.history reads every
    # undo row to leave out the moves they undid)
    __table_args__ = (
        Index("ix_stage_change_lead", "lead_id", "changed_on"),
        partial_index("ix_stage_change_note", "note", where="note IS NOT NULL"),
    )

    id: int | None = Field(default=None, primary_key=True)
    lead_id: int = Field(foreign_key="lead.id", ondelete="CASCADE")
    from_stage: str | None = Field(default=None, max_length=16)
    to_stage: str = Field(max_length=16)
    changed_on: date = Field(index=True)
    at: datetime = Field(default_factory=utcnow)
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    note: str | None = Field(default=None, max_length=400)
    lost_reason_id: int | None = Field(default=None, foreign_key="ref_item.id")
    lost_to_region: str | None = Field(default=None, max_length=64)
    on_hold_until: date | None = None


class AuditLog(SQLModel, table=True):
    """Append-only: who changed what, when, from what to what. Triggers refuse UPDATE and
    DELETE on this table (see the initial migration)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    #: groups the rows of one user action (one transaction)
    txn: str = Field(max_length=32, index=True)
    entity: str = Field(max_length=32)
    entity_id: int
    #: create | update | delete | restore | stage | handover | import | undo …
    action: str = Field(max_length=16)
    field: str | None = Field(default=None, max_length=64)
    old: str | None = Field(default=None, sa_column=Column(Text))
    new: str | None = Field(default=None, sa_column=Column(Text))


class Target(Tracked, table=True):
    """An annual target: year × city × field × metric (city or field empty = all)."""

    __table_args__ = (Index("ix_target_year", "year", "metric"),)

    id: int | None = Field(default=None, primary_key=True)
    year: int
    city_id: int | None = Field(default=None, foreign_key="ref_item.id")
    field_id: int | None = Field(default=None, foreign_key="ref_item.id")
    #: signed_projects | signed_investment | landed_projects | funds_in_place |
    #: hightech_enterprises | jobs
    metric: str = Field(max_length=32)
    value: float


class Setting(Tracked, table=True):
    """Team-wide settings (follow-up thresholds …) stored with the data, as JSON text."""

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))


class SavedView(Tracked, table=True):
    """A user's named lead-list view: filter, sort and columns as JSON."""

    __tablename__ = "saved_view"
    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_saved_view_user_name"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="app_user.id")
    name: str = Field(max_length=64)
    spec: str = Field(sa_column=Column(Text, nullable=False))


class WeekReport(SQLModel, table=True):
    """A closed week's report (crm.reports.snapshots): the figures as they stood when the
    week closed, frozen, so that its report is the same whenever and by whomever it is
    produced. One row per ISO week and scope ("all", "city:<id>", "field:<id>")."""

    __tablename__ = "week_report"
    __table_args__ = (UniqueConstraint("week", "scope", name="uq_week_report_week_scope"),)

    id: int | None = Field(default=None, primary_key=True)
    #: the ISO week, "2026-W20"
    week: str = Field(max_length=10, index=True)
    scope: str = Field(default="all", max_length=32)
    closed_at: datetime = Field(default_factory=utcnow)
    closed_by: int | None = Field(default=None, foreign_key="app_user.id")
    #: the schema revision and the snapshot format it was written with
    revision: str = Field(max_length=32)
    format: int = Field(default=1)
    #: zlib-compressed JSON: the report's figures, and the raw rows of the workbook
    figures: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    raw_rows: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    #: SHA-256 of the figures' canonical JSON (the fingerprint adds the written summary)
    digest: str = Field(max_length=64)


class WeekSummary(Tracked, table=True):
    """The week's written summary (本周工作小结) and next steps, by report staff."""

    __tablename__ = "week_summary"

    week: str = Field(primary_key=True, max_length=10)
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    next_steps: str = Field(default="", sa_column=Column(Text, nullable=False))


class WeekLeadState(SQLModel, table=True):
    """Each lead as it stood when its week closed: what "what changed since last week" and
    the corrections after closing are computed from."""

    __tablename__ = "week_lead_state"

    week: str = Field(primary_key=True, max_length=10)
    lead_id: int = Field(primary_key=True)
    city_id: int
    field_id: int
    owner_id: int
    stage: str = Field(max_length=16)
    planned_investment: float | None = None
    agreed_investment: float | None = None
    funds_in_place: float | None = None
    next_followup: date | None = None
    deleted: bool = Field(default=False)


TRACKED_TABLES = (
    User,
    RefItem,
    Company,
    ImportBatch,
    Lead,
    Contact,
    Activity,
    Target,
    Setting,
    SavedView,
    WeekSummary,
)

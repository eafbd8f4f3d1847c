"""weekly snapshots: a closed week's frozen report (week_report), each lead as it stood when
the week closed (week_lead_state) and the week's written summary (week_summary).

Only new tables: existing rows are untouched, so no batch copy of any table is needed.

Revision ID: 0004
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "week_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("closed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("revision", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("format", sa.Integer(), nullable=False),
        sa.Column("figures", sa.LargeBinary(), nullable=False),
        sa.Column("raw_rows", sa.LargeBinary(), nullable=True),
        sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["closed_by"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("week", "scope", name="uq_week_report_week_scope"),
    )
    op.create_index("ix_week_report_week", "week_report", ["week"], unique=False)
    op.create_table(
        "week_summary",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("week", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["app_user.id"]),
        sa.ForeignKeyConstraint(["updated_by"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("week"),
    )
    op.create_table(
        "week_lead_state",
        sa.Column("week", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("planned_investment", sa.Float(), nullable=True),
        sa.Column("agreed_investment", sa.Float(), nullable=True),
        sa.Column("funds_in_place", sa.Float(), nullable=True),
        sa.Column("next_followup", sa.Date(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("week", "lead_id"),
    )


def downgrade() -> None:
    op.drop_table("week_lead_state")
    op.drop_table("week_summary")
    op.drop_index("ix_week_report_week", table_name="week_report")
    op.drop_table("week_report")

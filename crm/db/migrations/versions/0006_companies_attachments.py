"""companies and attachments: the designations the committee counts companies by (世界500强,
中国500强, 上市公司 and where, 独角兽/准独角兽, 专精特新 and its level, 瞪羚) on the company, their
two reference lists, and the files kept with a lead (attachment, its bytes in attachment_chunk).

Existing companies have none of the designations. SQLite rebuilds the company table in batch
mode to add the two foreign keys (crm.db.migrate runs it with foreign keys off and checks them
before commit, so the leads that refer to their companies are untouched).

Revision ID: 0006
Revises: 0005
"""

from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

from crm.db.reference_seed import designation_rows

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_FLAGS = ("fortune500", "china500", "listed", "gazelle")
#: as crm.db.models.DESIGNATED (written out: a revision keeps what it created)
_DESIGNATED = {
    "fortune500": "fortune500",
    "china500": "china500",
    "listed": "listed",
    "unicorn": "unicorn_id IS NOT NULL",
    "srdi": "srdi_id IS NOT NULL",
    "gazelle": "gazelle",
}


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        for name in _FLAGS:
            batch.add_column(
                sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            )
        batch.add_column(
            sa.Column("listed_where", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch.add_column(sa.Column("unicorn_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("srdi_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_company_unicorn_id", "ref_item", ["unicorn_id"], ["id"])
        batch.create_foreign_key("fk_company_srdi_id", "ref_item", ["srdi_id"], ["id"])
    for key, sql in _DESIGNATED.items():  # the lead list's filter reads only these companies
        op.create_index(
            f"ix_company_{key}",
            "company",
            ["id"],
            sqlite_where=sa.text(sql),
            postgresql_where=sa.text(sql),
        )
    ref = sa.Table("ref_item", sa.MetaData(), autoload_with=op.get_bind())
    now = datetime.now(UTC)
    op.get_bind().execute(
        ref.insert(),
        [
            dict(r, version=1, created_at=now, updated_at=now, active=True)
            for r in designation_rows()
        ],
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["lead.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attachment_lead", "attachment", ["lead_id", "created_at"])
    op.create_table(
        "attachment_chunk",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id", "seq"),
    )


def downgrade() -> None:
    op.drop_table("attachment_chunk")
    op.drop_index("ix_attachment_lead", table_name="attachment")
    op.drop_table("attachment")
    for key in _DESIGNATED:
        op.drop_index(f"ix_company_{key}", table_name="company")
    op.execute("DELETE FROM ref_item WHERE kind IN ('unicorn', 'srdi')")
    with op.batch_alter_table("company") as batch:
        for name in (*_FLAGS, "listed_where", "unicorn_id", "srdi_id"):
            batch.drop_column(name)

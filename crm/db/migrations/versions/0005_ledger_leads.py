"""ledgers as offices keep them: a lead's first-contact day (the weekly report's "new leads"
counts by it) and the 需核实 flag an import sets on a lead whose ledger row held a value it
could not read.

Existing leads take their creation day (UTC, as the lead list's "recorded" filter counts it)
as their first contact, and are not flagged. SQLite adds both columns in place (ALTER TABLE
ADD COLUMN; no rebuild of the lead table, so no child row is touched).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("lead", recreate="never" if sqlite else "auto") as batch:
        batch.add_column(sa.Column("first_contact_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("needs_review", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    if sqlite:
        op.execute("UPDATE lead SET first_contact_on = date(created_at)")
    else:
        op.execute(
            "UPDATE lead SET first_contact_on = CAST(created_at AT TIME ZONE 'UTC' AS DATE)"
        )
        op.alter_column("lead", "needs_review", server_default=None)
    op.create_index(
        "ix_lead_first_contact",
        "lead",
        ["first_contact_on", "deleted_at", "city_id", "field_id", "owner_id"],
    )
    op.create_index(
        "ix_lead_needs_review",
        "lead",
        ["needs_review", "deleted_at"],
        sqlite_where=sa.text("needs_review"),
        postgresql_where=sa.text("needs_review"),
    )


def downgrade() -> None:
    op.drop_index("ix_lead_needs_review", table_name="lead")
    op.drop_index("ix_lead_first_contact", table_name="lead")
    with op.batch_alter_table("lead") as batch:
        batch.drop_column("needs_review")
        batch.drop_column("first_contact_on")

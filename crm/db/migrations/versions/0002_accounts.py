"""accounts: passwords (Argon2id hashes), the administrator flag, a forced change of a one-time
password, and the failed sign-ins behind the growing pause.

A store of one person without passwords keeps running as before: that person becomes its
administrator (DOMAIN.md: a one-person store's one account is its admin). Users whose role
was "admin" keep their administration rights through the new flag.

The built-in system user becomes a committee manager and administrator: it records what the
app itself does and cannot sign in.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=256), nullable=True))
        batch_op.add_column(sa.Column("is_admin", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("last_failed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_sign_in_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    users = sa.table(
        "app_user",
        sa.column("id", sa.Integer),
        sa.column("username", sa.String),
        sa.column("role", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("is_admin", sa.Boolean),
    )
    op.execute(users.update().where(users.c.role == "admin").values(is_admin=True))
    # the app itself (migrations, demo data, a store without passwords on the command line)
    # may do everything: the committee's manager and an administrator; it cannot sign in
    op.execute(
        users.update().where(users.c.username == "system").values(role="manager", is_admin=True)
    )
    bind = op.get_bind()
    people = bind.execute(
        sa.select(users.c.id).where(users.c.active == sa.true(), users.c.username != "system")
    ).all()
    if len(people) == 1:
        op.execute(users.update().where(users.c.id == people[0][0]).values(is_admin=True))


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        for name in (
            "last_sign_in_at",
            "last_failed_at",
            "failed_logins",
            "must_change_password",
            "is_admin",
            "password_hash",
        ):
            batch_op.drop_column(name)

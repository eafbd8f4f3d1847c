"""Alembic environment: always run on the connection ``crm.db.migrate`` hands in."""

from alembic import context
from sqlmodel import SQLModel

import crm.db.models  # noqa: F401 - registers the tables on SQLModel.metadata
from crm.db.search import is_search_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through crm.db.migrate (crm db upgrade), not alembic's CLI")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not is_search_object(name)


sqlite = connection.dialect.name == "sqlite"
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=sqlite,
    transactional_ddl=True,
    compare_type=True,
    include_object=include_object,
)
# foreign_key_check before the commit is crm.db.migrate.run_upgrade's (with a message people
# can read); the transaction is that function's too
with context.begin_transaction():
    context.run_migrations()

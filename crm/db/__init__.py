"""The store: schema, migrations, sessions and the SQL that must differ between SQLite and
PostgreSQL. Never imports Qt (a test proves it)."""

from crm.db.store import Store, open_store

__all__ = ["Store", "open_store"]

"""The team server: a PostgreSQL database shared by every officer's desktop, where the server
itself guards the shared pool (issue 15).

- ``security``  the group roles, row-level security policies and masking views (the SQL)
- ``views``     the masking views in schema ``crm_app`` and the triggers that write through them
- ``logins``    one PostgreSQL login per person (SCRAM-SHA-256 verifiers computed here)
- ``session``   who the connected login is (``session_user`` mapped to ``app_user``)
- ``setup``     ``crm team init``: schema, roles, policies, the first administrator
- ``copy``      ``crm db copy --to URL``: a SQLite store onto an empty server database
- ``pg_tools``  ``pg_dump`` / ``pg_restore`` for backups of a server store
"""

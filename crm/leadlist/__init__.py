"""The lead list: its columns, filter, query, sort, rows and saved views (one description, many views)."""

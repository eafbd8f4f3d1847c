"""Leads and what is recorded on them: the fields, validating input, creating and editing, contacts, duplicates, bulk steps, the company page."""

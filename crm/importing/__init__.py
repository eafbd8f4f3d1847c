"""Importing the Excel ledgers officers keep (issue 5). See crm.importing.api."""

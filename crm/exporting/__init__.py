"""Exporting lead lists to Excel (issue 5). See crm.exporting.leads."""

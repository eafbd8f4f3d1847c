"""A lead's files (crm.attachments) in the lead detail's Files tab (crm.ui.attachments.view)."""

"""A lead's files (crm.attachments.files) in the lead detail's Files tab (crm.ui.attachments.view)."""

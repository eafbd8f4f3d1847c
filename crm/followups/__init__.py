"""Follow-ups (跟进): logging activities on a lead, and the reminders and calendar of what is due."""

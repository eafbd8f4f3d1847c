"""The roles a person can have (DOMAIN.md "Who may do what"), with their names: light enough
for the command line's parser to list them without loading the store."""

from __future__ import annotations

from crm.i18n import QT_TRANSLATE_NOOP

ROLES = ("officer", "manager", "report_staff", "admin")
ROLE_LABELS = {
    "officer": QT_TRANSLATE_NOOP("Roles", "Investment officer"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "report_staff": QT_TRANSLATE_NOOP("Roles", "Report staff"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}

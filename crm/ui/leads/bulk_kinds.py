"""The bulk steps a person can take on the selected leads, named by the field of
``crm.leads.bulk_steps.BulkChange`` each one sets. Apart from the dialog that asks for the
value, so the bar and the context menu that offer them do not load the dialog (and the
services behind it) with the lead list."""

from __future__ import annotations

OWNER, STAGE, CITY, KEY, FOLLOWUP = "owner", "stage", "city", "is_key", "next_followup"
KINDS = (OWNER, STAGE, CITY, KEY, FOLLOWUP)

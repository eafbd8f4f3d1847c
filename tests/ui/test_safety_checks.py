"""The backup when the app closes (crm.ui.safety.checks.Guardian.backup_on_quit): it keeps what
this session changed, so a session that changed nothing — the app closed right after it opened —
ends without one (on a large store it took seconds, and the process lingered holding the store)."""

from __future__ import annotations

from crm import backups
from crm.db.backup import list_backups
from tests.ui.conftest import seed_leads


def test_closing_after_changing_nothing_takes_no_backup(window, store):
    folder = backups.backup_folder(store)
    window.safety_guardian.backup_on_quit()
    assert list_backups(folder) == []


def test_closing_after_a_change_keeps_it_in_a_backup(window, store, people):
    folder = backups.backup_folder(store)
    seed_leads(store, people.wang, 1)  # this session's work
    window.safety_guardian.backup_on_quit()
    (taken,) = list_backups(folder)
    assert taken.kind == "auto" and taken.counts["lead"] == 1
    assert taken.audit_max == backups.current_audit_max(store)

"""The backup when the app closes (crm.ui.safety.checks.Guardian.backup_on_quit): it keeps what
this session changed, so a session that changed nothing — the app closed right after it opened —
ends without one; a session that changed something has it taken by a process of its own, so
the app ends at once (on a 100,000-lead store a verified backup takes seconds)."""

from __future__ import annotations

import time

from crm.db.backup import list_backups
from crm.safety import backups
from tests.ui.conftest import seed_leads


def test_closing_after_changing_nothing_takes_no_backup(window, store):
    folder = backups.backup_folder(store)
    window.safety_guardian.backup_on_quit()
    assert list_backups(folder) == []


def test_closing_after_a_change_keeps_it_in_a_backup_taken_by_a_process_of_its_own(
    window, store, people
):
    folder = backups.backup_folder(store)
    seed_leads(store, people.wang, 1)  # this session's work
    t0 = time.monotonic()
    child = window.safety_guardian.backup_on_quit()
    assert time.monotonic() - t0 < 1.0  # the app does not wait for it
    assert child is not None and child.wait(120) == 0
    (taken,) = list_backups(folder)
    assert taken.kind == "auto" and taken.counts["lead"] == 1
    assert taken.audit_max == backups.current_audit_max(store)


def test_an_automatic_backup_appears_in_the_backup_page_already_open(window, store, qtbot):
    """The page read its list when first opened; the automatic backup taken minutes later
    (the first poll: five minutes after the window is shown) shows in it without leaving
    the page, and what the administrator is typing into the policy stays."""
    window.show_page("backups")
    page = window.page("backups")
    assert page.model.rowCount() == 0
    page.spins["daily"].setValue(33)  # typing, not saved
    window.safety_guardian.auto_backup()
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    assert page.model.rows[0].kind == "auto" and page.spins["daily"].value() == 33

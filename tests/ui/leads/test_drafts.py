"""Drafts of the lead form on disk (crm.ui.leads.drafts)."""

from __future__ import annotations

import json
import os

from PySide6.QtWidgets import QMessageBox

from crm.ui.lead_form import LeadForm
from crm.ui.leads import drafts
from crm.ui.typing_sim import type_text
from tests.ui.conftest import activate


def _form(window) -> LeadForm:
    """The form just opened, once it is the active window (shortcuts go to the active window)."""
    form = window._forms[-1]
    activate(form)
    return form


def test_a_draft_is_written_whole_read_back_and_dropped(tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path))
    drafts.write_draft(None, {"company_name": "云帆科技", "amount": "1.2亿"})
    drafts.write_draft(7, {"company_name": "旧名"})
    drafts.write_draft(7, {"company_name": "新名"})  # replaces, never appends
    assert sorted(p.name for p in drafts.drafts_dir().iterdir()) == [
        "lead-7.json",
        "lead-new.json",
    ]
    by_lead = {d["lead_id"]: d["values"] for d in drafts.pending_drafts()}
    assert by_lead == {
        None: {"company_name": "云帆科技", "amount": "1.2亿"},
        7: {"company_name": "新名"},
    }
    drafts.drop_draft(7)
    drafts.drop_draft(7)  # twice is harmless
    assert [d["lead_id"] for d in drafts.pending_drafts()] == [None]


def test_newest_first_and_a_damaged_draft_is_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path))
    drafts.write_draft(1, {"company_name": "甲"})
    drafts.write_draft(2, {"company_name": "乙"})
    os.utime(drafts.draft_path(1), (1_000_000, 1_000_000))
    broken = drafts.drafts_dir() / "lead-3.json"
    broken.write_text("{not json", encoding="utf-8")
    assert [d["lead_id"] for d in drafts.pending_drafts()] == [2, 1]
    assert not broken.exists()
    assert json.loads(drafts.draft_path(2).read_text(encoding="utf-8"))["lead_id"] == 2


def test_draft_survives_a_crash_and_is_offered_again(
    window, controller, qtbot, people, monkeypatch
):
    window.new_lead()
    form = _form(window)
    type_text(form.editors["company_name"].focus, "崩溃前输入的企业")
    qtbot.waitUntil(lambda: form.draft_path().exists(), timeout=3000)
    # a new window (as after a crash and restart) offers the draft
    w2 = controller.build(people.wang)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w2.offer_drafts()
    reopened = w2._forms[-1]
    assert reopened.editors["company_name"].raw() == "崩溃前输入的企业"
    from tests.ui.conftest import close_quietly

    close_quietly(w2)

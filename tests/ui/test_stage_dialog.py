"""The Move stage dialog (crm.ui.stage_dialog): what it offers before the person chooses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from crm.ui.stage_dialog import StageMoveDialog
from tests.ui.conftest import seed_leads


@pytest.mark.parametrize(
    ("current", "named", "offered"),
    [
        ("negotiation", None, "signed"),  # the next stage along, never 线索 (the list's first)
        ("lead", None, "contact"),
        ("negotiation", "lost", "lost"),  # what the caller named (the board's drop, a menu)
        ("on_hold", None, None),  # from a side exit: no guess, OK waits for a choice
        ("operating", None, None),  # the last stage
    ],
)
def test_the_stage_offered_first(window, store, people, current, named, offered):
    (lead_id,) = seed_leads(store, people.wang, 1)
    dlg = StageMoveDialog(window.ctx, lead_id, 1, current, None, named, window)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    try:
        assert dlg.stage.value() == offered
        assert ok.isEnabled() == (offered is not None)
        dlg.stage.set_value("contact")
        assert ok.isEnabled()
    finally:
        dlg.deleteLater()

"""Undoing another person's import is a manager's step: an officer sees the button disabled
with the reason (crm.accounts.permissions.undo_import)."""

from __future__ import annotations

import pytest

from crm.importing.api import plan_import, read_table, run_import
from crm.ui.importing import open_recent
from tests.importing.ledgers import write_ledger


@pytest.mark.parametrize("window", ["li"], indirect=True)
def test_an_officer_may_not_undo_a_managers_import(window, store, people, tmp_path):
    table = read_table(write_ledger(tmp_path / "l.xlsx"))
    run_import(store, people.zhao, plan_import(store, people.zhao, table))
    dialog = open_recent(window)
    dialog.view.selectRow(0)
    assert not dialog.undo_button.isEnabled()
    assert dialog.undo_button.toolTip() == "只有导入人或领导可以撤销导入。"
    dialog.close()

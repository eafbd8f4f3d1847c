"""The layers (GUIDE.md): the store, the services, the reports and the analytics never load
Qt; the command line and scheduled reports run headless on the same code."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

HEADLESS = [
    "crm.db",
    "crm.db.migrate",
    "crm.db.search",
    "crm.db.bulk",
    "crm.leads.edit",
    "crm.leadlist.query",
    "crm.pipeline",
    "crm.followups.activities",
    "crm.leads.contacts",
    "crm.leads.dedup",
    "crm.demo",
    "crm.reports",
    "crm.analytics",
    "crm.cli.main",
]


def loaded_qt(modules: list[str]) -> list[str]:
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return done.stdout.split()


def test_headless_layers_load_no_qt():
    present = [m for m in HEADLESS if importlib.util.find_spec(m) is not None]
    assert {"crm.db", "crm.reports"} <= set(present)
    assert loaded_qt(present) == []


def test_the_check_can_fail():
    """The same check sees Qt when a module does load it."""
    assert "PySide6.QtCore" in loaded_qt(["crm.db", "PySide6.QtCore"])

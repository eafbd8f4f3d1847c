"""The renderers and the analytics run headless: importing them loads no Qt module."""

from __future__ import annotations

import subprocess
import sys


def test_reports_and_analytics_do_not_load_qt():
    code = (
        "import sys, crm.reports, crm.analytics, crm.cli.report_cmd;"
        "from crm.reports import render_pdf, render_xlsx;"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')));"
        "print(len(sys.modules)); assert not qt, qt"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100  # the modules really were imported

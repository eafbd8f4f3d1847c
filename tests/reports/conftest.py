"""The hand-built week (tests/analytics/fixture.py) rendered by the report renderers."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from crm.analytics import Period, weekly_report
from tests.analytics.fixture import TODAY, WEEK, build
from tests.tools import require_tool


@pytest.fixture
def built(store, people):
    ids = build(store, people)
    report = weekly_report(store, Period.parse_week(WEEK), today=TODAY, with_rows=True)
    return store, ids, report


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    require_tool("pdftotext")  # poppler-utils, which has pdffonts too
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def pdf_pages(path: Path) -> int:
    require_tool("pdftotext")  # poppler-utils, which has pdfinfo too
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(
        next(line.split()[-1] for line in out.stdout.splitlines() if line.startswith("Pages:"))
    )

"""The hand-built week (tests/analytics/fixture.py) rendered by the report renderers."""

from __future__ import annotations

import html
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from crm.analytics import Period, weekly_report
from crm.db import open_store
from crm.demo import generate
from tests.analytics.fixture import TODAY, WEEK, build
from tests.conftest import copy_template
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


#: the demo store's report day: the week whose pages the newcomer found wanting
DEMO_DAY = date(2026, 12, 7)


@pytest.fixture(scope="session")
def demo_report(tmp_path_factory, template_store):
    """The default demo store's (2,000 leads) last complete week, as ``crm report weekly``
    makes it on ``DEMO_DAY`` (made once: the renderers only read it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    copy_template(template_store, path)
    store = open_store(path)
    try:
        generate(store, today=DEMO_DAY)
        period = Period.parse_week("2026-W49")
        yield weekly_report(store, period, today=DEMO_DAY, with_rows=True)
    finally:
        store.dispose()


def pdf_page_texts(path: Path) -> list[str]:
    """Each page's text, in reading order."""
    out = subprocess.run(
        [require_tool("pdftotext"), str(path), "-"], check=True, capture_output=True, text=True
    )
    return out.stdout.split("\f")[:-1]


def pdf_words(path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words with their boxes (x0, y0, x1, y1; y down), from pdftotext -bbox."""
    out = subprocess.run(
        [require_tool("pdftotext"), "-bbox", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    pages = []
    for page in out.stdout.split("<page ")[1:]:
        words = []
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
            words.append((html.unescape(m.group(5)), x0, y0, x1, y1))
        pages.append(words)
    return pages


def overlaps(words: list[tuple[str, float, float, float, float]]) -> list[tuple[str, str]]:
    """Pairs of words of one page drawn over each other (more than a hairline both ways)."""
    out = []
    for a, (ta, ax0, ay0, ax1, ay1) in enumerate(words):
        for tb, bx0, by0, bx1, by1 in words[a + 1 :]:
            if min(ax1, bx1) - max(ax0, bx0) > 1 and min(ay1, by1) - max(ay0, by0) > 1.5:
                out.append((ta, tb))
    return out

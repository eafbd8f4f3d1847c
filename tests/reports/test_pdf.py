"""The PDF read back: its text carries the figures of the hand-built week, confidential names
stay hidden, every font is embedded, an empty store gives a valid report saying so, and
cancelling leaves no file."""

from __future__ import annotations

import re

import pytest

from crm.analytics import Cancelled, Period, weekly_report
from crm.reports import render_pdf
from tests.analytics.fixture import TODAY
from tests.reports.conftest import pdf_fonts, pdf_pages, pdf_text


def numbers_after(text: str, label: str, count: int | None = None) -> list[str]:
    """The numbers on the first line that starts with ``label`` (layout text) and, if given,
    holds ``count`` numbers."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            found = re.findall(r"[\d,.]+%?", line[line.index(label) + len(label) :])
            if count is None or len(found) == count:
                return found
    return []


def test_chinese_pdf_carries_the_figures(built, tmp_path):
    store, _ids, report = built
    path = render_pdf(report, tmp_path / "周报.pdf", lang="zh")
    text = pdf_text(path)
    assert "2026年第20周，5月11日–5月17日" in text
    assert "大走廊统一招商" in text and "招商工作周报" in text
    pages = pdf_pages(path)
    assert pages >= 3
    flat = re.sub(r"\s+", "", text)  # pdftotext drops or adds spaces around Chinese
    assert f"第1页/共{pages}页" in flat and f"第{pages}页/共{pages}页" in flat
    assert "3.20亿元" in text  # signed investment 32,000 万元
    assert "生成于" in text and report.store_name.replace(" ", "") in flat
    # the store by its file's name, never its folder (a circulated report names no path)
    assert report.store_name == store.path.name and str(store.path.parent) not in text
    # officers: activities, visits, calls, meetings, new, advanced, signed, overdue, stale
    assert numbers_after(text, "王五") == ["3", "1", "2", "0", "1", "2", "0", "2", "3"]
    assert numbers_after(text, "李四") == ["2", "1", "0", "1", "1", "3", "2", "0", "1"]
    # funnel table: reached, this period, conversion, stopped
    assert numbers_after(text, "签约", 4) == ["5", "3", "20.0%", "4"]
    assert "45,000" in text and "100,000" in text and "45.0%" in text  # year to date
    assert "项目-K" in text and "西塔" not in text  # the confidential project's codename


def test_pdf_embeds_its_fonts(built, tmp_path):
    path = render_pdf(built[2], tmp_path / "r.pdf", lang="zh")
    fonts = pdf_fonts(path)
    assert fonts
    for row in fonts:  # name type encoding emb sub uni …
        assert row[-5] == "yes" and row[-4] == "yes", row


def test_english_pdf(built, tmp_path):
    text = pdf_text(render_pdf(built[2], tmp_path / "r.pdf", lang="en"))
    assert "Week 20 of 2026, 11–17 May" in text
    assert "Unified investment attraction" in text and "Page 1 of" in text
    assert "RMB 320.00 m" in text
    assert numbers_after(text, "王五") == ["3", "1", "2", "0", "1", "2", "0", "2", "3"]
    assert "Stage funnel" in text and "Year to date against the annual targets" in text


def test_empty_store_gives_a_valid_report(store, tmp_path):
    report = weekly_report(store, Period.parse_week("2026-W20"), today=TODAY)
    assert report.empty
    path = render_pdf(report, tmp_path / "empty.pdf", lang="zh")
    text = pdf_text(path)
    assert "暂无数据" in text and "2026年第20周" in text
    assert pdf_pages(path) >= 1


def test_progress_and_cancel(built, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    seen = []
    render_pdf(built[2], out / "r.pdf", progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 1 and seen == sorted(seen) and len(seen) > 5
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        render_pdf(built[2], out / "cancelled.pdf", cancelled=cancelled)
    assert [p.name for p in out.iterdir()] == ["r.pdf"]  # nothing half-written


def test_figures_link_to_their_leads_without_a_visible_border(built, tmp_path):
    _store, _ids, report = built
    links: dict = {}
    path = render_pdf(report, tmp_path / "r.pdf", lang="zh", links=links)
    raw = path.read_bytes()
    uris = set(re.findall(rb"/URI \(crm-drill:([^)]+)\)", raw))
    # every link the preview may open is in the file, and nothing else under the scheme
    assert uris == {k.encode() for k in links}
    assert b"kpi/signed" in uris and any(u.startswith(b"funnel/") for u in uris)
    label, figure = links["kpi/signed"]
    assert label.startswith("签约项目") and figure.value == report.headline["signed"].value
    assert figure.leads is not None
    # no border drawn around a link: the printed page looks as before
    annots = [a for a in re.findall(rb"\sobj\s(.*?)endobj", raw, re.S) if b"/Subtype /Link" in a]
    assert len(annots) >= len(links)
    assert all(b"/Border [ 0 0 0 ]" in a or b"/Border [0 0 0]" in a for a in annots)
    # another viewer reads the file as before
    text = pdf_text(path)
    assert "3.20亿元" in text and numbers_after(text, "签约", 4) == ["5", "3", "20.0%", "4"]

"""``crm report weekly`` headless: writes the files, says no data on an empty store, and exits
with status 2 and one line for an unknown week, city or an unwritable path."""

from __future__ import annotations

import re
from datetime import date

from openpyxl import load_workbook

from crm.analytics import Period, Scope
from crm.analytics.weeks import report_of_week
from crm.cli.main import main
from crm.reference import reference
from crm.reports.layout import Kpis, kpi_text
from crm.reports.layout_build import build_layout
from crm.values.dates import last_complete_week
from tests.analytics.fixture import build
from tests.reports.conftest import pdf_text
from tests.reports.test_layout import pdf_text_raw


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_writes_pdf_and_workbook(store, people, store_path, tmp_path, capsys):
    """The files carry the figures of the city asked for: every row of the headline table
    the analytics computes for that scope is in the workbook and every KPI in the PDF."""
    build(store, people)
    pdf, xlsx = tmp_path / "w20.pdf", tmp_path / "w20.xlsx"
    code, out, _ = run(capsys, "--db", str(store_path), "report", "weekly", "--week", "2026-W20",
                       "--city", "未来科技城", "--pdf", str(pdf), "--xlsx", str(xlsx))  # fmt: skip
    assert code == 0 and out.split() == [str(pdf), str(xlsx)]
    ref = reference(store)
    scope = Scope(ref.id_of("city", "future"), None)
    report = report_of_week(store, Period.parse_week("2026-W20"), scope, today=date.today())
    layout = build_layout(report, "zh_CN")
    headline = next(t for t in layout.tables() if t.key == "headline")
    assert len(headline.rows) >= 10

    summary = [row for row in load_workbook(xlsx)["概览"].iter_rows(values_only=True)]
    # the title takes two rows (row 2 and 3): the scope is on row 5
    assert tuple(v for v in summary[4] if v is not None) == ("范围：未来科技城",)
    by_label = {row[0]: row for row in summary if row[0]}
    for row in headline.rows:
        assert by_label[row[0]][: len(row)] == tuple(row), row[0]
    # the city's own figures, not the whole store's (12 leads in all; 4 of 未来科技城 count)
    assert by_label["范围内线索总数"][1] == 4

    assert "未来科技城" in pdf_text(pdf) and "紫金港科技城" not in pdf_text(pdf)
    text = re.sub(r"\s+", "", pdf_text_raw(pdf))
    kpis = [k for s in layout.sections for b in s.blocks if isinstance(b, Kpis) for k in b.items]
    assert len(kpis) >= 6
    for k in kpis:
        assert re.sub(r"\s+", "", k.label + kpi_text(k, "zh_CN")) in text, k.label


def test_default_week_and_names(store_path, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    year, week = last_complete_week(date.today())
    code, out, _ = run(capsys, "--db", str(store_path), "--lang", "en", "report", "weekly")
    names = [f"weekly-report-{year}-W{week:02d}.pdf", f"weekly-report-{year}-W{week:02d}.xlsx"]
    assert code == 0 and out.split()[:2] == names
    assert all((tmp_path / n).stat().st_size > 1000 for n in names)
    assert "no leads" in out  # an empty store says so
    assert "There is no data" in pdf_text(tmp_path / names[0])


def test_errors_are_one_line(store_path, tmp_path, capsys):
    target = tmp_path / "r.pdf"
    cases = [
        ("--week", "2025-W53", "--pdf", str(target)),
        ("--week", "20-26", "--pdf", str(target)),
        ("--city", "上海", "--pdf", str(target)),
        ("--field", "航天", "--pdf", str(target)),
        ("--pdf", str(tmp_path / "missing" / "r.pdf")),
    ]
    for case in cases:
        code, out, err = run(capsys, "--db", str(store_path), "report", "weekly", *case)
        assert code == 2 and out == "", case
        assert len(err.strip().splitlines()) == 1 and err.startswith("错误："), (case, err)
    assert not target.exists()
    code, _out, err = run(capsys, "--db", str(tmp_path / "nothere.sqlite"), "report", "weekly")
    assert code == 2 and len(err.strip().splitlines()) == 1

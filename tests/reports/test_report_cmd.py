"""``crm report weekly`` headless: writes the files, says no data on an empty store, and exits
with status 2 and one line for an unknown week, city or an unwritable path."""

from __future__ import annotations

from datetime import date

from crm.cli.main import main
from crm.dates import last_complete_week
from tests.analytics.fixture import build
from tests.reports.conftest import pdf_text


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_writes_pdf_and_workbook(store, people, store_path, tmp_path, capsys):
    build(store, people)
    pdf, xlsx = tmp_path / "w20.pdf", tmp_path / "w20.xlsx"
    code, out, _ = run(capsys, "--db", str(store_path), "report", "weekly", "--week", "2026-W20",
                       "--city", "未来科技城", "--pdf", str(pdf), "--xlsx", str(xlsx))  # fmt: skip
    assert code == 0 and out.split() == [str(pdf), str(xlsx)]
    text = pdf_text(pdf)
    assert "未来科技城" in text and "紫金港科技城" not in text
    assert xlsx.stat().st_size > 5000


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

"""``crm report verify`` and the closing commands: a file made from a closed week matches it
(PDF, workbook, .docx, in either language); a figure changed by hand, a week reopened or a
summary rewritten since does not; a report of a week not closed names no week; the commands
print one line and exit 0 (matches), 1 (does not match) or 2 (an error)."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from crm.accounts.admin import find_person, reset_password
from crm.accounts.users import identify, system_actor
from crm.analytics import Period
from crm.analytics.weeks import close_week, reopen_week, report_of_week, save_summary
from crm.cli.main import main
from crm.reports import render_docx, render_pdf, render_xlsx
from crm.reports.verify import verify_file
from tests.analytics.fixture import TODAY, WEEK

W20 = Period.parse_week(WEEK)


@pytest.fixture
def files(built, tmp_path):
    store, _ids, _r = built
    staff, _ = identify(store, "钱七", None, role="report_staff")
    close_week(store, staff, W20, today=TODAY)
    save_summary(store, staff, W20, "本周小结", "")
    report = report_of_week(store, W20, today=TODAY, with_rows=True)
    return (
        store,
        staff,
        {
            "pdf": render_pdf(report, tmp_path / "r.pdf", lang="zh_CN"),
            "pdf_en": render_pdf(report, tmp_path / "r-en.pdf", lang="en"),
            "xlsx": render_xlsx(report, tmp_path / "r.xlsx", lang="zh_CN"),
            "docx": render_docx(report, tmp_path / "r.docx", lang="en"),
        },
    )


def test_files_of_a_closed_week_match(files):
    store, _staff, made = files
    for path in made.values():
        verdict = verify_file(store, path)
        assert verdict.matches, (path.name, verdict.message.render("en"))
        assert "2026-W20" in verdict.message.render("en")


def test_a_figure_changed_by_hand_does_not_match(files, tmp_path):
    store, _staff, made = files
    wb = load_workbook(made["xlsx"])
    ws = wb["分城市、分领域"]
    cell = next(c for row in ws.iter_rows(min_row=2) for c in row if c.value == 32000)
    cell.value = 33000
    wb.save(tmp_path / "edited.xlsx")
    verdict = verify_file(store, tmp_path / "edited.xlsx")
    assert not verdict.matches and "changed after" in verdict.message.render("en")
    # a PDF edited anywhere in its pages does not match either
    data = bytearray(made["pdf"].read_bytes())
    data[len(data) // 2] ^= 1
    (tmp_path / "edited.pdf").write_bytes(bytes(data))
    assert not verify_file(store, tmp_path / "edited.pdf").matches


def test_a_rewritten_summary_or_reopened_week_does_not_match(files, people):
    store, staff, made = files
    save_summary(store, staff, W20, "本周小结（修改）", "")
    verdict = verify_file(store, made["docx"])
    assert not verdict.matches and "fingerprint" in verdict.message.render("en")
    reopen_week(store, people.zhao, W20, "重做")
    assert "not closed" in verify_file(store, made["pdf"]).message.render("en")


def test_a_live_report_names_no_closed_week(built, tmp_path):
    store, _ids, report = built
    path = render_xlsx(report, tmp_path / "live.xlsx", lang="zh_CN")
    verdict = verify_file(store, path)
    assert not verdict.matches and "names no closed week" in verdict.message.render("en")


def test_commands(built, store_path, tmp_path, capsys, monkeypatch):
    code = main(["--db", str(store_path), "--lang", "en", "report", "close-week", "--week", WEEK])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("2026-W20 closed on") and "系统" in out
    code = main(["--db", str(store_path), "--lang", "en", "report", "close-week", "--week", WEEK])
    assert code == 0 and "already closed" in capsys.readouterr().out
    pdf, docx = tmp_path / "w.pdf", tmp_path / "w.docx"
    assert main(["--db", str(store_path), "report", "weekly", "--week", WEEK, "--pdf", str(pdf),
                 "--docx", str(docx)]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", str(store_path), "--lang", "en", "report", "verify", str(pdf)]) == 0
    assert capsys.readouterr().out.startswith("Matches the closed week 2026-W20")
    assert zipfile.is_zipfile(docx)
    (tmp_path / "x.txt").write_text("hello")
    code = main(["--db", str(store_path), "report", "verify", str(tmp_path / "x.txt")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    # the officer and the manager sign in (the store has passwords from now on)
    store = built[0]
    for name in ("王五", "赵六"):
        reset_password(store, system_actor(store), find_person(store, name).id, "口令-12345678",
                       one_time=False)  # fmt: skip
    monkeypatch.setenv("CRM_PASSWORD", "口令-12345678")
    code = main(["--db", str(store_path), "--user", "王五", "report", "reopen-week", "--week",
                 WEEK, "--reason", "x"])  # fmt: skip
    assert code == 2 and len(capsys.readouterr().err.strip().splitlines()) == 1
    code = main(["--db", str(store_path), "report", "reopen-week", "--week", WEEK, "--reason",
                 "x"])  # fmt: skip
    assert code == 2 and "--user" in capsys.readouterr().err  # nobody signed in
    code = main(["--db", str(store_path), "--user", "赵六", "report", "reopen-week", "--week",
                 WEEK, "--reason", "金额有误"])  # fmt: skip
    assert code == 0
    assert main(["--db", str(store_path), "report", "verify", str(pdf)]) == 1

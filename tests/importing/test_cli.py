"""``crm import`` and ``crm export leads`` as a user runs them."""

from __future__ import annotations

import openpyxl

from crm.cli.main import main
from crm.db import open_store
from tests.importing.helpers import store_hash
from tests.importing.ledgers import ROWS, write_ledger
from tests.importing.test_refused_and_mapping import BAD


def crm(store_path, *args) -> int:
    return main(["--db", str(store_path), "--lang", "en", *args])


def test_dry_run_then_import_then_export(store_path, tmp_path, capsys):
    ledger = write_ledger(tmp_path / "l.xlsx", rows=list(ROWS) + BAD[:1])
    st = open_store(store_path)
    before = store_hash(st)
    assert crm(store_path, "import", str(ledger), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "row 8: refused: 统一社会信用代码: the check character does not match" in out
    assert out.strip().endswith(
        "5 data rows: 4 created, 0 updated, 0 skipped, 1 refused (dry run: nothing was written)"
    )
    assert store_hash(st) == before

    errors = tmp_path / "refused.xlsx"
    assert crm(store_path, "import", str(ledger), "--strict", "--errors", str(errors)) == 1
    assert "(--strict: nothing was imported)" in capsys.readouterr().out
    assert store_hash(st) == before
    assert openpyxl.load_workbook(errors).active.max_row == 2

    assert crm(store_path, "import", str(ledger), "--owner", "system") == 0
    assert "4 created" in capsys.readouterr().out
    assert crm(store_path, "import", str(ledger)) == 0  # again: every company is known now
    assert "0 created, 0 updated, 4 skipped, 1 refused" in capsys.readouterr().out

    out_file = tmp_path / "export.xlsx"
    assert (
        crm(
            store_path,
            "export",
            "leads",
            "--xlsx",
            str(out_file),
            "--city",
            "紫金港",
            "--field",
            "生物医药",
            "--sort",
            "planned_investment:desc",
        )
        == 0
    )
    assert "1 leads written" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(out_file).active.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == ["杭州星河生物科技有限公司"]
    assert crm(store_path, "import", str(out_file)) == 0
    assert "1 data rows: 0 created, 0 updated, 1 skipped, 0 refused" in capsys.readouterr().out

    assert crm(store_path, "import", "--undo", "1") == 0
    assert "4 leads removed" in capsys.readouterr().out
    st.dispose()


def test_errors_are_one_line_and_status_2(store_path, tmp_path, capsys):
    bogus = tmp_path / "x.xlsx"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert crm(store_path, "import", str(bogus)) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: x.xlsx is not a spreadsheet") and err.count("\n") == 1
    assert (
        crm(store_path, "export", "leads", "--xlsx", str(tmp_path / "e.xlsx"), "--city", "火星")
        == 2
    )

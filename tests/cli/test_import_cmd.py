"""``crm import`` as a process: a folder for the refused rows that is not there ends the run
with one line, before the ledger is read, and nothing else on the screen."""

from __future__ import annotations

import subprocess
import sys

from tests.importing.ledgers import ROWS, write_ledger
from tests.importing.test_refused_and_mapping import BAD


def test_a_missing_folder_for_the_refused_rows_is_one_line(store_path, tmp_path):
    ledger = write_ledger(tmp_path / "l.xlsx", rows=list(ROWS) + BAD[:1])
    missing = tmp_path / "missing" / "refused.xlsx"
    for dry in ([], ["--dry-run"]):
        done = subprocess.run(
            [sys.executable, "-m", "crm", "--db", str(store_path), "import", str(ledger),
             "--errors", str(missing), *dry],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 2
        assert done.stderr == f"错误：文件夹 {missing.parent} 不存在。\n"
        assert done.stdout == ""  # refused before the ledger was read


def test_a_workbook_that_cannot_be_saved_leaves_no_tracebacks(tmp_path):
    """Whatever stops a save (here a folder removed while the rows were written), openpyxl's
    sheet streams are closed: the process ends with the message alone."""
    code = f"""
import shutil
from pathlib import Path
from crm.errors import UserError
from crm.exporting import xlsx
folder = Path({str(tmp_path)!r}) / "gone"
folder.mkdir()
wb = xlsx.new_workbook()
sheet = xlsx.SheetWriter(wb, "s")
sheet.header(["a", "b"])
sheet.extend([(i, str(i)) for i in range(100)])
shutil.rmtree(folder)
try:
    xlsx.save(wb, folder / "x.xlsx")
except UserError as exc:
    print(exc.render("en"))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().startswith("The folder") and done.stdout.strip().endswith(
        "does not exist."
    )
    assert done.stderr == ""

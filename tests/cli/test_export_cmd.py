"""``crm export leads``: a name it does not know is refused in one language, with the names it
does know (the command line printed "未知的stage：不存在" and "未知的city：火星")."""

from __future__ import annotations

import re

import pytest

from crm.cli.main import main

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def demo_db(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CRM_PASSWORD", "demo-2026")  # demo people sign in (README "Accounts")
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--leads", "20", "--activities", "0"]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize(
    ("option", "value", "zh", "en"),
    [
        ("--stage", "不存在", "未知的阶段：不存在（可用：线索、接洽", "Unknown stage: Nowhere (known: Lead, First contact"),
        ("--city", "火星", "未知的城市：火星（可用：未来科技城、", "Unknown city: Mars (known: Future Sci-Tech City, "),
        ("--field", "火星", "未知的领域或细分领域：火星（可用：互联网+", "Unknown field or sub-field: Mars (known: Internet+, "),
        ("--owner", "谁", "未知的负责人：谁（没有这个名字的在用用户）", "Unknown owner: Who (no active user"),
    ],
)  # fmt: skip
def test_an_unknown_name_is_refused_in_one_language(
    demo_db, tmp_path, capsys, option, value, zh, en
):
    out = str(tmp_path / "x.xlsx")
    me = ["--user", "committee_1"]
    assert main(["--db", str(demo_db), *me, "export", "leads", "--xlsx", out, option, value]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("错误：" + zh), err
    assert not LATIN_WORD.search(err), err
    english = en.split(": ")[1].split(" ")[0]
    assert main(["--lang", "en", "--db", str(demo_db), *me, "export", "leads", "--xlsx", out,
                 option, english]) == 2  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: " + en), err
    assert not CJK.search(err), err


def test_a_missing_output_folder_is_one_line_and_nothing_else(demo_db, tmp_path):
    """It printed the right line, then four "Exception ignored … LxmlSyntaxError" tracebacks
    from openpyxl's unclosed sheet streams."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "crm", "--db", str(demo_db), "export", "leads", "--xlsx",
         str(tmp_path / "missing" / "x.xlsx")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == f"错误：文件夹 {tmp_path / 'missing'} 不存在。\n"
    assert done.stdout == ""

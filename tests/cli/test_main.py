"""The ``crm`` command: its help lists the subcommands; a user's or the environment's error
is one line on stderr and exit status 2, no traceback, in Chinese by default and in English
with --lang en."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from crm.cli.main import COMMANDS, EXIT_USER_ERROR, main


def crm(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real thing: a new process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "crm", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_help_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in ("demo", "db"):
        assert f"    {name} " in out
    assert "向空数据库写入演示数据" in out  # Chinese by default
    assert "显示版本号并退出" in out and "show program" not in out  # argparse's own help too
    assert len(COMMANDS) >= 3
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert "fill an empty store with demo data" in out
    assert "store maintenance" in out


def test_db_help(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "db", "--help"])
    out = capsys.readouterr().out
    for action in ("upgrade", "check", "backup", "path"):
        assert action in out


@pytest.fixture
def not_a_store(tmp_path):
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    return path


def test_a_file_that_is_not_a_database(not_a_store, capsys):
    before = not_a_store.read_bytes()
    zh = f"错误：{not_a_store} 不是本系统的数据库（不是 SQLite 数据库文件）。\n"
    en = f"error: {not_a_store} is not a CRM store (it is not a SQLite database).\n"
    # as a user runs it: a process of its own, its exit status and its stderr
    for args, expected in (((), zh), (("--lang", "en"), en)):
        done = crm(*args, "--db", str(not_a_store), "db", "check")
        assert (done.returncode, done.stderr, done.stdout) == (2, expected, "")
    # every subcommand that opens the store says the same
    for args, expected in (((), zh), (("--lang", "en"), en)):
        for command in (["db", "upgrade"], ["db", "backup", "x.sqlite"], ["demo", "--leads", "5"]):
            assert main([*args, "--db", str(not_a_store), *command]) == 2, command
            captured = capsys.readouterr()
            assert (captured.err, captured.out) == (expected, ""), command
    assert not_a_store.read_bytes() == before


def test_user_errors_in_process(tmp_path, capsys):
    """Errors reported by main() itself: one line, status 2, in the chosen language."""
    store = tmp_path / "crm.sqlite"
    assert main(["--db", str(store), "demo", "--leads", "0", "--activities", "5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("错误：")
    assert main(["--lang", "en", "--db", str(store), "demo", "--leads", "-1"]) == 2
    err = capsys.readouterr().err
    assert err == "error: Choose between 0 and 2,000,000 leads and 0 and 20,000,000 activities.\n"
    assert main(["--lang", "en", "--db", str(tmp_path / "no" / "x.sqlite"), "db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert err == f"error: The folder for {tmp_path / 'no' / 'x.sqlite'} does not exist.\n"


def test_bad_command_line(capsys):
    for argv in (["bogus"], ["demo", "--leads", "many"], ["--lang", "fr", "db", "path"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 2, argv
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert err.strip().splitlines()[-1].startswith("crm"), err


def test_a_demo_with_a_bad_day(tmp_path):
    done = crm("--db", str(tmp_path / "d.sqlite"), "demo", "--today", "18/05/2026")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "18/05/2026" in done.stderr and "Traceback" not in done.stderr


def test_building_the_parser_loads_no_subcommands_libraries():
    """`crm` starts the app through this parser, and `crm --help` should answer at once: the
    subcommands load the store, Excel and PDF libraries only when they run."""
    code = (
        "import sys\nfrom crm.cli.main import build_parser\nbuild_parser()\n"
        "heavy = {'sqlalchemy', 'sqlmodel', 'alembic', 'openpyxl', 'reportlab', 'PySide6'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_app_starts_without_building_every_subcommand(monkeypatch):
    """`crm [--db …] [--lang …]` opens the app: the subcommands' parsers and translated help
    are not built for it; anything else still meets the full parser."""
    import crm.cli.main as cli
    from crm.ui import startup

    started = []
    monkeypatch.setattr(startup, "run", lambda **kw: started.append(kw) or 0)
    built = []
    real = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda: built.append(1) or real())
    assert cli.main(["--db", "x.sqlite", "--lang", "en"]) == 0
    assert built == [] and started[-1]["db"] == "x.sqlite" and started[-1]["lang"] == "en"
    assert cli.main([]) == 0 and built == [] and started[-1]["db"] is None
    with pytest.raises(SystemExit) as done:
        cli.main(["--lang", "fr"])  # a mistake: the full parser says what is wrong
    assert done.value.code == EXIT_USER_ERROR and built


def test_a_command_logs_no_library_chatter(tmp_path):
    """A newcomer found seven 'setup plugin' INFO lines of Alembic in crm.log for every
    command: only the libraries' warnings go there (crm.applog.QUIET_LIBRARIES)."""
    from crm.applog import QUIET_LIBRARIES

    assert QUIET_LIBRARIES == ("alembic",)
    env = dict(os.environ, CRM_DATA_DIR=str(tmp_path / "data"))
    store = str(tmp_path / "new.sqlite")
    done = crm("--db", store, "demo", "--leads", "20", "--activities", "20", env=env)
    assert done.returncode == 0, done.stderr
    done = crm("--db", store, "db", "check", env=env)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "data" / "logs" / "crm.log").read_text(encoding="utf-8")
    assert " alembic" not in log

"""--db and --lang work before or after the subcommand; argparse's own messages follow the
language."""

from __future__ import annotations

from crm.cli.main import main


def test_db_after_the_subcommand(tmp_path, capsys):
    path = tmp_path / "after.sqlite"
    assert main(["demo", "--db", str(path), "--leads", "5", "--activities", "10"]) == 0
    assert path.exists()
    assert main(["--db", str(tmp_path / "ignored.sqlite"), "db", "path", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith(str(path))


def test_argparse_messages_follow_the_language(capsys):
    import pytest

    with pytest.raises(SystemExit) as e:
        main(["demo", "--leads", "abc"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "用法：crm demo" in err and "错误：参数 --leads：无效的 int 值：'abc'" in err
    with pytest.raises(SystemExit):
        main(["db", "frob", "--lang", "en"])
    err = capsys.readouterr().err
    assert "usage: crm db" in err and "invalid choice: 'frob'" in err

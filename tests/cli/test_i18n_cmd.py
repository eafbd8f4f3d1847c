"""``crm i18n`` in a built app, which carries no lupdate/lrelease: one clear line, exit 2."""

from __future__ import annotations

from crm import i18n_tools
from crm.cli.main import main


def test_without_qt_tools_it_says_to_run_from_a_checkout(tmp_path, monkeypatch, capsys):
    real = i18n_tools._qt_tool

    def missing(name):
        real("no-such-tool-" + name)  # the real lookup, for a tool that is not there

    monkeypatch.setattr(i18n_tools, "_qt_tool", missing)
    assert main(["--lang", "en", "i18n", "build", "--to", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "error: no-such-tool-lrelease is not part of this PySide6 installation; run crm i18n "
        "from a checkout of the source.\n"
    )
    assert main(["i18n", "update", "core"]) == 2
    assert "请在源代码目录中运行 crm i18n" in capsys.readouterr().err

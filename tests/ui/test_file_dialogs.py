"""Qt's own dialogs speak Chinese in the Chinese app (its file dialog said "Look in:" and
"Files of type:"), and each kind of file dialog opens in the folder used last for that kind."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox

from crm.ui import file_dialogs

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _texts(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    return texts


def test_qt_file_and_message_dialogs_are_chinese(app):
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x", str(Path.home()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
        dialog.setAcceptMode(mode)
        texts = _texts(dialog)
        assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
        assert not [t for t in texts if LATIN_WORD.search(t)], texts
        dialog.deleteLater()
    from PySide6.QtWidgets import QFileIconProvider

    assert QFileIconProvider().type(QFileInfo(str(Path.home()))) == "文件夹"  # the Type column
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    assert not [t for t in _texts(box) if LATIN_WORD.search(t)], _texts(box)
    box.deleteLater()


def test_each_kind_of_file_dialog_starts_where_that_kind_was_last_saved(
    window, tmp_path, monkeypatch
):
    asked: list[str] = []
    reports = tmp_path / "周报"
    reports.mkdir()

    def save_as(_parent, _title, start, _filter):
        asked.append(start)
        return str(reports / "targets"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page = window.page("pipeline_targets")
    page.ask_export()
    assert (reports / "targets.xlsx").exists()  # the suffix added to a name typed without it
    page.ask_export()
    assert Path(asked[1]).parent == reports
    # another kind keeps its own folder
    assert file_dialogs.folder(window.ctx.settings, "export") != reports
    assert file_dialogs.folder(window.ctx.settings, "targets") == reports
    # a folder that has gone is not offered
    (reports / "targets.xlsx").unlink()
    reports.rmdir()
    assert file_dialogs.folder(window.ctx.settings, "targets") == file_dialogs.documents()

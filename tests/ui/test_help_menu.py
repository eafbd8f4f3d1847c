"""Help menu: open the log folder, open the data folder, About — in either language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from crm.paths import locations
from crm.ui import help_menu
from crm.ui import i18n as ui_i18n


def _texts(window) -> list[str]:
    return [a.text() for a in window.m_help.actions() if not a.isSeparator()]


def test_the_help_menu_is_last_and_follows_the_language(window, app):
    assert window.menuBar().actions()[-1].menu() is window.m_help
    assert window.m_help.title() == "帮助(&H)"
    assert _texts(window) == ["打开日志文件夹", "打开数据文件夹", "关于本系统"]
    ui_i18n.install(app, "en")
    QApplication.processEvents()
    assert window.m_help.title() == "&Help"
    assert _texts(window) == ["Open log folder", "Open data folder", "About the CRM"]


def test_open_log_and_data_folders_show_them(window, monkeypatch):
    opened = []
    # the system's file manager is not part of the test: record what would be shown
    monkeypatch.setattr(help_menu, "open_folder", opened.append)
    window.findChild(type(window.help.a_logs), "actionOpenLogFolder").trigger()
    window.help.a_data.trigger()
    assert opened == [locations().logs, locations().data]
    assert opened[0].is_dir() and opened[1].is_dir()


def test_about_shows_the_dialog(window, qtbot):
    window.help.a_about.trigger()
    dialog = window.help.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert QApplication.activeModalWidget() is dialog or dialog.isModal()
    dialog.reject()

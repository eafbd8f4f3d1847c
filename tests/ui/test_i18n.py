"""Qt translations in a built app: it has no lrelease, so it loads the compiled catalogs it
carries beside their sources; a build without them says so in the log."""

from __future__ import annotations

import logging
import shutil
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from crm import i18n_tools
from crm.paths import resource
from crm.ui import i18n as ui_i18n


def _as_built(tmp_path, monkeypatch, *, with_catalogs: bool):
    """A PyInstaller-like bundle as sys._MEIPASS: the .ts sources, the .qm compiled as the
    build compiles them (or not), and no lrelease to compile anything at start."""
    folder = tmp_path / "_internal" / "resources" / "translations"
    shutil.copytree(resource("translations"), folder)
    if with_catalogs:
        i18n_tools.build(folder)  # with the checkout's lrelease, as packaging/crm.spec does
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)

    def no_tool(name):
        raise FileNotFoundError(f"{name} is not part of a built app")

    monkeypatch.setattr(i18n_tools, "_qt_tool", no_tool)
    return folder


def test_a_built_app_loads_the_catalogs_it_carries(app, tmp_path, monkeypatch):
    folder = _as_built(tmp_path, monkeypatch, with_catalogs=True)
    assert [p.name for p in i18n_tools.shipped()] == [
        "core_zh_CN.qm",
        "io_zh_CN.qm",
        "reports_zh_CN.qm",
        "ui_zh_CN.qm",
    ]
    ui_i18n.install(app, "en")
    ui_i18n.install(app, "zh_CN")
    QApplication.processEvents()
    assert QCoreApplication.translate("HelpMenu", "&Help") == "帮助(&H)"
    ours = [t.filePath() for t in ui_i18n._installed if "qtbase" not in t.filePath()]
    assert ours == [str(folder / f"{a}_zh_CN.qm") for a in ("core", "io", "reports", "ui")]


def test_a_built_app_without_catalogs_says_so_in_the_log(app, tmp_path, monkeypatch, caplog):
    _as_built(tmp_path, monkeypatch, with_catalogs=False)
    with caplog.at_level(logging.ERROR, logger="crm.ui.i18n"):
        ui_i18n.install(app, "zh_CN")
    assert "no compiled translations for zh_CN: the interface stays in English" in caplog.text
    assert QCoreApplication.translate("HelpMenu", "&Help") == "&Help"


def test_language_switch_retranslates_visible_text(window, app):
    from crm.ui import i18n as ui_i18n

    assert window.nav.item(0).text() == "我的工作台"
    window.leads.ensure_detail()  # pages are built when first shown: these exist before the switch
    ui_i18n.install(app, "en")
    QApplication.processEvents()
    assert window.nav.item(0).text() == "My day"
    assert window.leads.new_button.text() == "New lead (Ctrl+N)"
    assert window.leads.model.headerData(1, Qt.Orientation.Horizontal) == "Company name"
    from crm.ui.widgets.inputs import AmountEdit, DateEdit

    dates = window.findChildren(DateEdit)
    assert dates and all(d.edit.placeholderText() == "yyyy-mm-dd" for d in dates)
    assert all("5000万" in a.placeholderText() for a in window.findChildren(AmountEdit))
    ui_i18n.install(app, "zh_CN")
    QApplication.processEvents()
    assert window.leads.model.headerData(1, Qt.Orientation.Horizontal) == "企业名称"

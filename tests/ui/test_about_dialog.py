"""Help ▸ About: version, store schema against the app's, where the data is; copyable."""

from __future__ import annotations

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFormLayout

from crm.db.migrate import head_revision
from crm.paths import locations
from crm.ui import about_dialog
from crm.ui import i18n as ui_i18n
from crm.ui.about_dialog import AboutDialog


def _rows(dialog) -> dict[str, str]:
    form = dialog.form
    out = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
        out[label] = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text()
    return out


def test_about_tells_version_schema_and_folders(app, store, qtbot):
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows["版本"] == "0.1.0（源代码运行）"
    assert rows["数据库"] == str(store.path)
    head = head_revision()
    assert rows["数据库结构版本"] == f"{head}（本程序：{head}）"
    assert rows["数据文件夹"] == str(locations().data)
    assert rows["日志"] == str(locations().logs)
    assert rows["Qt"] == qVersion()
    ui_i18n.install(app, "en")
    QApplication.processEvents()
    assert _rows(dialog)["Store schema"] == f"{head} (this app: {head})"
    assert dialog.windowTitle() == "About the CRM"


def test_copy_puts_every_line_on_the_clipboard(app, store, qtbot):
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    dialog.copy.click()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "版本: 0.1.0（源代码运行）"
    assert f"数据文件夹: {locations().data}" in text
    assert dialog.copy.text() == "已复制"


def test_open_folder_buttons(app, store, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(about_dialog, "open_folder", opened.append)
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    dialog.open_data.click()
    dialog.open_logs.click()
    assert opened == [locations().data, locations().logs]


def test_a_store_damaged_meanwhile_still_shows_the_rest(app, store, qtbot):
    from crm.i18n import QT_TRANSLATE_NOOP

    store.engine.dispose()
    store.path.write_bytes(b"this is no longer a database" * 200)
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    expected = QT_TRANSLATE_NOOP("Store", "{name} is not a CRM store or is damaged.")
    assert rows["数据库结构版本"] == expected.format(name=str(store.path)).render("zh_CN")
    assert rows["数据文件夹"] == str(locations().data)

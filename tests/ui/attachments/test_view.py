"""A lead's Files tab as a user works it: files dropped on the list are attached in the
background (a mended name said so, an empty file refused with its reason, the others kept);
a document opens with the system's viewer from a copy; a program only after a warning the
user may decline; a file is deleted after a question; both languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from crm.attachments import files as A
from crm.leads.edit import create_lead
from crm.ui import i18n as ui_i18n
from tests.services import TODAY, lead_data


def _files_tab(window, store, people):
    lead = create_lead(store, people.wang, lead_data(), today=TODAY).lead_id
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(lead)
    window.leads.ensure_detail()
    panel = window.leads.detail
    panel.tabs.setCurrentWidget(panel.attachments)
    return lead, panel, panel.attachments


def _drop(view, paths: list[Path]) -> None:
    """As a file manager drops files: the drag enters, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.table.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.table.viewport(), event)


def test_dropped_files_are_attached_and_opened(
    window, app, store, people, tmp_path, monkeypatch, qtbot
):
    lead, panel, view = _files_tab(window, store, people)
    assert panel.tabs.tabText(panel.tabs.indexOf(view)) == "附件"
    doc = tmp_path / "可研报告.pdf"
    doc.write_bytes(b"%PDF-1.4 feasibility")
    odd = tmp_path / "合同:终稿?.docx"
    odd.write_bytes(b"PK docx")
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    _drop(view, [doc, odd, empty])
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert sorted(names) == ["可研报告.pdf", "合同_终稿_.docx"]
    assert "已添加 2 个附件。" in view.status.text()
    assert "合同:终稿?.docx 已保存为 合同_终稿_.docx。" in view.status.text()
    assert "空.txt 是空文件，未添加。" in view.status.text()
    assert panel.tabs.tabText(panel.tabs.indexOf(view)) == "附件（2）"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    row = names.index("可研报告.pdf")
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.open_current()
    window.ctx.tasks.wait()
    QApplication.processEvents()
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "可研报告.pdf" and copy.read_bytes() == b"%PDF-1.4 feasibility"
    ui_i18n.install(app, "en")
    QApplication.processEvents()
    assert view.add_button.text() == "Attach…"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "File"


def test_a_program_opens_only_after_the_warning(window, store, people, tmp_path, monkeypatch):
    lead, _panel, view = _files_tab(window, store, people)
    exe = tmp_path / "installer.exe"
    exe.write_bytes(b"MZ")
    A.add_file(store, people.wang, lead, exe)
    view.refresh()
    assert view.model.index(0, 0).data() == "⚠ installer.exe"
    view.table.setCurrentIndex(view.model.index(0, 0))
    opened, asked = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or answer[0])
    view.open_current()
    window.ctx.tasks.wait()
    QApplication.processEvents()
    assert opened == [] and "installer.exe" in asked[0]
    answer[0] = QMessageBox.StandardButton.Open
    view.open_current()
    window.ctx.tasks.wait()
    QApplication.processEvents()
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes() == b"MZ"


def test_delete_after_the_question(window, store, people, tmp_path, monkeypatch):
    lead, _panel, view = _files_tab(window, store, people)
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    A.add_file(store, people.wang, lead, photo)
    view.refresh()
    view.table.setCurrentIndex(view.model.index(0, 0))
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer[0])
    view.delete_current()
    assert A.count_attachments(store, lead) == 1
    answer[0] = QMessageBox.StandardButton.Yes
    view.delete_current()
    assert A.count_attachments(store, lead) == 0 and view.model.rowCount() == 0

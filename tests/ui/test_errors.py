"""Start-up logging and the bug dialog: the folders are checked first (a message naming the one
that cannot be written), Qt's warnings reach the log, and a bug's details can be copied and
carry no personal data."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from crm import applog, i18n
from crm.paths import locations
from crm.ui import errors
from crm.ui import i18n as ui_i18n
from crm.ui.errors import BugDialog, ExceptionHook, start_logging
from tests.ui.conftest import activate


@pytest.fixture
def restore_hooks():
    saved = sys.excepthook
    yield
    sys.excepthook = saved
    previous = qInstallMessageHandler(None)  # ours out; pytest-qt installs its own per test
    del previous
    applog.stop_logging()


def _flush() -> None:
    for h in logging.getLogger().handlers:
        h.flush()


def test_start_opens_the_log_and_routes_qt_warnings_to_it(app, restore_hooks):
    hook = start_logging(app)
    assert isinstance(hook, ExceptionHook) and sys.excepthook == hook.handle
    qWarning("a Qt warning for the log")
    _flush()
    text = (locations().logs / "crm.log").read_text(encoding="utf-8")
    assert "INFO crm: start: CRM 0.1.0 (source, folders: override)" in text
    assert "WARNING qt: a Qt warning for the log" in text


def test_an_unwritable_data_folder_is_named_and_nothing_starts(app, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "文件"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CRM_DATA_DIR", str(blocker / "数据"))
    shown = []

    def read_and_close():
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        box.close()

    # at start no translator is installed yet, only the language is known
    ui_i18n.install(app, "en")
    i18n.set_language("zh_CN")
    QTimer.singleShot(100, read_and_close)
    assert start_logging(app) is None
    title, text, buttons = shown[0]
    assert title == "系统无法启动" and buttons == ["确定"]
    assert str(blocker / "数据") in text and text.startswith("系统无法写入其文件夹")
    assert str(blocker / "数据") in capsys.readouterr().err
    assert sys.excepthook is not errors.ExceptionHook.handle


def test_bug_details_carry_no_personal_data_and_can_be_copied(app, qtbot, tmp_path):
    hook = ExceptionHook(tmp_path / "crm.log")
    seen = []

    def close_dialog():
        dlg = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible()
        )
        dlg.copy.click()
        seen.append(
            (dlg.details.toPlainText(), QGuiApplication.clipboard().text(), dlg.copy.text())
        )
        dlg.reject()

    QTimer.singleShot(50, close_dialog)
    try:
        raise ValueError("cannot parse 13812345678 for 张三 <zhangsan@example.com>")
    except ValueError as exc:
        hook.report(exc)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    details, clipboard, button = seen[0]
    assert details == clipboard and button == "已复制"
    assert details.startswith("CRM 0.1.0 (source), Python 3.")
    assert "ValueError: cannot parse <phone> for 张三 <<e-mail>>" in details
    assert "13812345678" not in details and "zhangsan@" not in details


def test_the_bug_dialog_opens_the_log_folder(app, qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(errors, "open_folder", opened.append)
    dialog = BugDialog("details", str(tmp_path / "logs" / "crm.log"))
    qtbot.addWidget(dialog)
    dialog.open_logs.click()
    assert opened == [tmp_path / "logs"]
    assert dialog.open_logs.text() == "打开日志文件夹"


def test_a_bug_is_logged_and_shown_with_copyable_details_and_typing_survives(
    window, tmp_path, qtbot
):
    from crm.ui.errors import BugDialog, ExceptionHook, setup_logging

    log_path = setup_logging()
    hook = ExceptionHook(log_path)
    window.new_lead()
    form = window._forms[-1]
    form.editors["company_name"].focus.setText("正在输入的企业")
    seen = []

    def close_dialog():
        dlg = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible()
        )
        seen.append(dlg.details.toPlainText())
        dlg.reject()

    QTimer.singleShot(50, close_dialog)
    try:
        raise RuntimeError("unexpected state in a slot")
    except RuntimeError as exc:
        hook.report(exc)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "RuntimeError: unexpected state in a slot" in seen[0]
    for h in logging.getLogger().handlers:
        h.flush()
    with open(log_path, encoding="utf-8") as fh:
        assert "unexpected state in a slot" in fh.read()
    assert form.isVisible() and form.editors["company_name"].raw() == "正在输入的企业"


def test_a_lost_store_in_a_slot_is_said_in_words_not_as_a_bug(window, qtbot):
    """A read in a slot (a list refreshing) that meets a lost server or a locked store is the
    environment, not a bug: its translated message goes where an operation's failure goes (the
    main window's status bar), never to the bug dialog; without a window, a message box."""
    from crm.errors import StoreError
    from crm.i18n import QT_TRANSLATE_NOOP
    from crm.ui.errors import BugDialog, ExceptionHook, setup_logging

    hook = ExceptionHook(setup_logging())
    lost = StoreError(QT_TRANSLATE_NOOP("Store", "The connection to the server was lost."))
    activate(window)
    try:
        raise lost
    except StoreError as exc:
        hook.report(exc)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == lost.render(), timeout=3000)
    assert hook.last_details is None  # not logged as a bug
    assert not any(
        isinstance(w, BugDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )

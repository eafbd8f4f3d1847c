"""File dialogs that open where the user last was for that kind of file: the folder of the
ledgers they import, the one the weekly reports go to, the one holding their stores. Each kind
remembers its own folder in the personal settings; a kind never used starts in Documents.

Qt's own dialogs speak the app's language through Qt's catalogue (crm.ui.i18n); the few lines
that catalogue lacks for QFileDialog are translated in ours (QT_GAPS below).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from crm.ui.noop import QT_TRANSLATE_NOOP
from crm.ui.settings import Settings

#: the settings key of each kind's folder (the first three as they were before: kept)
KINDS = {
    "ledger": "import/last_folder",  # ledgers to import
    "refused": "import/refused_folder",  # refused rows, to fix in Excel
    "export": "export/last_folder",  # lead lists exported to Excel
    "reports": "reports/last_folder",  # weekly reports
    "targets": "targets/last_folder",  # annual targets workbooks
    "store": "stores/last_folder",  # store files
    "attachments": "attachments/last_folder",  # files kept with leads (crm.ui.attachments)
}

#: lines of Qt's file dialog that Qt's zh_CN catalogue (qtbase, Qt 6.11) has no translation
#: for: with these, its labels are Chinese like the rest of it
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # the file list's Type column (Qt 6 moved these to a context the catalogue lacks)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
)


def documents() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def folder(settings: Settings, kind: str, fallback: Path | None = None) -> Path:
    """Where a dialog for ``kind`` starts: the folder used last, if it is still there."""
    saved = settings.raw(KINDS[kind])
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return fallback if fallback is not None and fallback.is_dir() else documents()


def remember(settings: Settings, kind: str, path: Path) -> None:
    """``path`` (a file or a folder) was used for ``kind``: the next dialog starts there."""
    where = path if path.is_dir() else path.parent
    settings.set_raw(KINDS[kind], str(where))


def ask_open(
    parent: QWidget, settings: Settings, kind: str, title: str, filters: str
) -> Path | None:
    chosen, _f = QFileDialog.getOpenFileName(parent, title, str(folder(settings, kind)), filters)
    if not chosen:
        return None
    path = Path(chosen)
    remember(settings, kind, path)
    return path


def ask_save(
    parent: QWidget,
    settings: Settings,
    kind: str,
    title: str,
    name: str,
    filters: str,
    suffix: str,
    *,
    fallback: Path | None = None,
) -> Path | None:
    """A file to write, with ``suffix`` (".xlsx") added when the name typed lacks it."""
    start = folder(settings, kind, fallback) / name
    chosen, _f = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember(settings, kind, path)
    return path

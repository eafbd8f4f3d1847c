"""The navigation list and the pages behind it, each built when it is first shown.

A page is given as a widget or as a function that builds one. Until someone opens it, an
empty placeholder holds its place in the stack and its module is not even imported, so the
window shows at start with only the page the user is looking at (GUIDE.md: the first screen
first). ``page(key)`` builds on demand; ``when_built(key, fn)`` lets a feature add to a page
(a toolbar button) whenever that page comes to exist."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from crm.ui.icons import nav_icon

PageFactory = Callable[[], QWidget]


@dataclass
class _Entry:
    key: str
    icon: str
    title: Callable[[], str]
    factory: PageFactory | None
    widget: QWidget
    built: bool
    waiting: list[Callable[[QWidget], None]] = field(default_factory=list)


class PageStack(QObject):
    #: key, page: a page was just built (and put in its place)
    built = Signal(str, QWidget)

    def __init__(self, nav: QListWidget, stack: QStackedWidget):
        super().__init__(stack)
        self.nav, self.stack = nav, stack
        self._entries: list[_Entry] = []

    def add(
        self,
        key: str,
        page: QWidget | PageFactory,
        icon_name: str,
        title: Callable[[], str],
        index: int | None = None,
    ) -> None:
        at = len(self._entries) if index is None else index
        if isinstance(page, QWidget):
            entry = _Entry(key, icon_name, title, None, page, True)
        else:
            holder = QWidget(self.stack)
            holder.setObjectName(f"pageHolder_{key}")
            entry = _Entry(key, icon_name, title, page, holder, False)
        self._entries.insert(at, entry)
        self.stack.insertWidget(at, entry.widget)
        item = QListWidgetItem(nav_icon(icon_name), title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.insertItem(at, item)

    def page_keys(self) -> list[str]:
        return [e.key for e in self._entries]

    def index(self, key: str) -> int:
        return next(i for i, e in enumerate(self._entries) if e.key == key)

    def key_at(self, row: int) -> str:
        return self._entries[row].key

    def is_built(self, key: str) -> bool:
        return self._entries[self.index(key)].built

    def built_page(self, key: str) -> QWidget | None:
        """The page if it exists already (views refresh only what exists)."""
        entry = self._entries[self.index(key)]
        return entry.widget if entry.built else None

    def page(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        i = self.index(key)
        entry = self._entries[i]
        if entry.built:
            return entry.widget
        holder = entry.widget
        was_current = self.stack.currentWidget() is holder
        factory = entry.factory
        assert factory is not None  # a page not built yet keeps its factory
        widget = factory()
        entry.widget, entry.built, entry.factory = widget, True, None
        self.stack.insertWidget(i, widget)
        if was_current:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        for fn in entry.waiting:
            fn(widget)
        entry.waiting.clear()
        self.built.emit(key, widget)
        return widget

    def when_built(self, key: str, fn: Callable[[QWidget], None]) -> None:
        """``fn(page)`` now if the page exists, else as soon as it is built."""
        entry = self._entries[self.index(key)]
        if entry.built:
            fn(entry.widget)
        else:
            entry.waiting.append(fn)

    def retranslate(self) -> None:
        for i, entry in enumerate(self._entries):
            self.nav.item(i).setText(entry.title())

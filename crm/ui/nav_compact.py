"""The navigation narrows to its icons when the window is narrow (a 1366×768 screen at 150 %
leaves 910 pixels): the pages get the room, the names stay as tooltips. And it packs its rows
closer when they would not all fit its height (an administrator's 14 pages on a 1366×768
laptop scrolled): every page stays one click away. The main window builds the navigation;
this watches the window's size and sets the navigation to match."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

#: below this window width the navigation shows icons only
NARROW = 1100
WIDE_NAV, NARROW_NAV = 190, 56


class CompactNav(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.side: QWidget = window.findChild(QWidget, "brandBox")
        self.narrow = False
        #: a row's height at the normal spacing (measured while not dense)
        self._row: int | None = None
        window.installEventFilter(self)
        window.nav.installEventFilter(self)  # its height, whatever changed it
        window.nav.model().rowsInserted.connect(self._fit_later)  # pages added later

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window:
            if event.type() == QEvent.Type.Resize:
                self.apply(event.size().width() < NARROW)
            elif event.type() == QEvent.Type.LanguageChange and self.narrow:
                # the window puts the page names back as it retranslates: take them out again
                QTimer.singleShot(0, self, self._again)
        elif obj is self.window.nav and event.type() == QEvent.Type.Resize:
            self._fit_later()
        return False

    def _fit_later(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self.fit_rows)  # once the layout has settled

    def _again(self) -> None:
        self.apply(True, force=True)

    def apply(self, narrow: bool, *, force: bool = False) -> None:
        if narrow == self.narrow and not force:
            return
        self.narrow = narrow
        w = self.window
        self.side.setFixedWidth(NARROW_NAV if narrow else WIDE_NAV)
        w.nav.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if narrow
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        w.brand.setVisible(not narrow)
        w.brand_sub.setVisible(not narrow)
        for i in range(w.nav.count()):
            item = w.nav.item(i)
            title = item.text() or item.toolTip()  # the window's name for the page
            item.setText("" if narrow else title)
            item.setToolTip(title if narrow else "")

    def fit_rows(self) -> None:
        """Dense rows (app.qss: ``#navList[dense="true"]``) when the pages' rows at the normal
        spacing would need more height than the navigation has."""
        nav = self.window.nav
        dense = nav.property("dense") is True
        if not dense and nav.count():
            self._row = nav.sizeHintForRow(0)
        if self._row is None:
            return
        wanted = nav.count() * self._row > nav.viewport().height()
        if wanted != dense:
            nav.setProperty("dense", wanted)
            nav.style().unpolish(nav)
            nav.style().polish(nav)
            nav.doItemsLayout()


def install(window) -> None:
    window.compact_nav = CompactNav(window)

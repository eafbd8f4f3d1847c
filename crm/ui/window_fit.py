"""Windows open within the screen's free area (a 1366×768 laptop under a taskbar, or a screen
at 150 % where 1920×1080 is 1280×720) and come back at the size the user gave them.

``fit_to_screen`` sizes a window to what it prefers, within the free area, and centres it;
``remember_size`` keeps a dialog's size in the personal settings. ``PageStack`` is the main
window's stack of pages asking only for the room of the page shown, and ``scrolling`` wraps
it so a page larger than a small screen scrolls instead of pushing the window off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QStackedWidget, QWidget

from crm.ui.settings import Settings

#: room a window manager takes around a window (title bar, borders), estimated before the
#: window is shown; once shown, keep_inside corrects with the real frame
FRAME = QSize(24, 48)


def free_area(window: QWidget) -> QRect:
    """The available geometry of the screen the window is (or will be) on."""
    parent = window.parentWidget()
    # the stubs say a QScreen; Qt gives null when it has no screen at all
    own: QScreen | None = window.screen()
    screen = own or (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` its preferred size, or as much of it as the free area holds (on a
    small screen: all of it), centred on its parent or the screen."""
    free = free_area(window)
    room = free.size() - FRAME
    size = preferred.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else free.center()
    x = min(max(centre.x() - size.width() // 2, free.left()), free.right() - size.width())
    y = min(max(centre.y() - size.height() // 2, free.top()), free.bottom() - size.height())
    window.move(max(x, free.left()), max(y, free.top()))


def keep_inside(window: QWidget, placed: QSize | None = None) -> None:
    """Once shown (its real frame known), pull or shrink ``window`` into the free area —
    unless it was sized since it was ``placed`` (a size given on purpose stays)."""
    free, frame = free_area(window), window.frameGeometry()
    if free.contains(frame) or (placed is not None and window.size() != placed):
        return
    extra = frame.size() - window.size()
    size = window.size().boundedTo(free.size() - extra)
    window.resize(size)
    x = min(max(frame.left(), free.left()), free.right() + 1 - (size.width() + extra.width()))
    y = min(max(frame.top(), free.top()), free.bottom() + 1 - (size.height() + extra.height()))
    window.move(x, y)


def after_show(window: QWidget) -> None:
    """keep_inside as soon as the window manager has framed the window."""
    placed = window.size()
    QTimer.singleShot(0, window, lambda: keep_inside(window, placed))


class _SizeMemory(QObject):
    """Places the dialog when it first shows; keeps its size when it is done (``finished``:
    an event at destruction would reach a half-destroyed dialog)."""

    def __init__(self, window: QDialog, settings: Settings, key: str, preferred: QSize):
        super().__init__(window)
        self.window, self.settings, self.key, self.preferred = window, settings, key, preferred
        self._placed = False
        window.finished.connect(self._keep)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and not self._placed:
            self._placed = True
            saved = self.settings.raw(self.key)
            size = saved if isinstance(saved, QSize) and saved.isValid() else self.preferred
            fit_to_screen(self.window, size)
            after_show(self.window)
        return False

    def _keep(self, _result: int) -> None:
        if self._placed:
            self.settings.set_raw(self.key, self.window.size())


def remember_size(window: QDialog, settings: Settings, name: str, preferred: QSize) -> None:
    """``window`` opens at the size it was left at (or ``preferred``), within the screen."""
    window.installEventFilter(_SizeMemory(window, settings, f"windows/{name}", preferred))


class PageStack(QStackedWidget):
    """A stack of pages that asks for the room of the page shown, not of the largest page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(self._page_changed)  # a slot of its own: gone with it

    def _page_changed(self, _index: int) -> None:
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()


class _PageScroll(QScrollArea):
    """A scroll area that does not resize its page from within its own resize of it: a page
    whose layout answers a narrower width with another size (the lead list's filters wrap
    onto a second row) made Qt's QScrollArea resize it again from inside the resize, until
    the stack ran out (a crash when the lead list was first built in a window of 520×360)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._resizing = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if self._resizing:
            return False
        self._resizing = True
        try:
            return super().eventFilter(obj, event)
        finally:
            self._resizing = False


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that scrolls only when the window is smaller than
    the widget's minimum (a small screen at 150 %): then nothing is cut off or off-screen."""
    area = _PageScroll(widget.parentWidget())
    area.setObjectName("pageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area

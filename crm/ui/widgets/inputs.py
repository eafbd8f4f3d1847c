"""Small input widgets for keyboard-first forms: a searchable reference combo, a date field
you can type into ("2026-05-18", "2026.5.18", "2026年5月18日"), an amount field that shows how
it understood "1.2亿", and an inline error label."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from crm.errors import ParseError
from crm.i18n import EN, Message, current_language
from crm.ui.icons import icon
from crm.values.amounts import format_amount, format_number, format_wan, parse_amount
from crm.values.dates import parse_date


class SearchCombo(QComboBox):
    """A choice from a list that can also be typed: the completer matches anywhere in the
    text (拼音 not needed: typing 紫金 finds 紫金港科技城). Items carry a value in UserRole.

    It is a list to choose from, not free text, so a click anywhere on it — the text too, not
    only the arrow — opens the list, as a non-editable combo box does; typing while the list
    is open closes it and types into the box (the completer then narrows the choice)."""

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._allow_empty = allow_empty
        comp, line = self.completer(), self.lineEdit()
        assert comp is not None and line is not None  # an editable combo box has both
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.installEventFilter(self)
        self.view().installEventFilter(self)
        self.view().setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind, line = event.type(), self.lineEdit()
        if line is None:  # made editable in __init__: never
            return super().eventFilter(obj, event)
        if (
            obj is line
            and kind == QEvent.Type.MouseButtonPress
            and event.button() == Qt.MouseButton.LeftButton
            and self.isEnabled()
        ):
            line.setFocus(Qt.FocusReason.MouseFocusReason)
            self.showPopup()
            return True
        if obj is self.view() and self.view().isVisible() and self._typed(event):
            self.hidePopup()
            line.setFocus(Qt.FocusReason.OtherFocusReason)
            line.selectAll()
            QApplication.sendEvent(line, event.clone())
            return True
        return super().eventFilter(obj, event)

    @staticmethod
    def _typed(event) -> bool:
        """A key that types text (not a move in the list) or an input method's commit."""
        if event.type() == QEvent.Type.InputMethod:
            return bool(event.commitString() or event.preeditString())
        if event.type() != QEvent.Type.KeyPress:
            return False
        text = event.text()
        return bool(text) and text.isprintable() and not text.isspace()

    def set_items(self, items: list[tuple[str, object]], empty_label: str = "") -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._allow_empty:
            self.addItem(empty_label, None)
        for text, value in items:
            self.addItem(text, value)
        self.set_value(current)
        if not self._allow_empty and self.currentIndex() < 0 and self.count():
            self.setCurrentIndex(0)
        self.blockSignals(False)

    def value(self) -> object:
        text = self.currentText().strip()
        if not text:
            return None
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return self.itemData(i)
        return text  # unknown text: the service says why it is refused

    def set_value(self, value: object) -> None:
        if value is None or value == "":
            self.setCurrentIndex(0 if self._allow_empty else -1)
            if self._allow_empty:
                self.setEditText("")
            return
        i = self.findData(value)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(str(value))


class DateEdit(QWidget):
    """A typed date with a calendar button; empty means no date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.edit.textChanged.connect(self.changed)
        self._fit_text()
        lay.addWidget(self.edit)
        self.button = QToolButton(self)
        self.button.setObjectName("datePickerButton")  # no menu arrow (app.qss): the icon says it
        self.button.setIcon(icon("calendar-month-outline"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self._calendar = QCalendarWidget(menu)
        self._calendar.clicked.connect(self._picked)
        act = QWidgetAction(menu)
        act.setDefaultWidget(self._calendar)
        menu.addAction(act)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        lay.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:  # the placeholder in the new language
            self.edit.setPlaceholderText(self.tr("yyyy-mm-dd"))
            self._fit_text()
        super().changeEvent(event)

    def _fit_text(self) -> None:
        """Never narrower than a date or the placeholder (the calendar button sat on them)."""
        fm = self.edit.fontMetrics()
        widest = max(
            fm.horizontalAdvance("2026-12-31"), fm.horizontalAdvance(self.edit.placeholderText())
        )
        self.edit.setMinimumWidth(widest + 20)  # the style sheet's padding and border

    def _sync_calendar(self) -> None:
        try:
            d = parse_date(self.edit.text())
        except ParseError:
            d = None
        d = d or date.today()
        self._calendar.setSelectedDate(QDate(d.year, d.month, d.day))

    def _picked(self, qd: QDate) -> None:
        self.edit.setText(qd.toString("yyyy-MM-dd"))
        self.button.menu().hide()

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")


class AmountEdit(QLineEdit):
    """Accepts "1.2亿", "5000万", "3,000"; the hint shows the value in 万元 as understood."""

    def __init__(self, hint: QLabel | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._hint = hint
        self.setPlaceholderText(self.tr("e.g. 5000万 or 1.2亿"))
        self.textChanged.connect(self._update_hint)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(self.tr("e.g. 5000万 or 1.2亿"))
            self._update_hint(self.text())
        super().changeEvent(event)

    def _update_hint(self, text: str) -> None:
        if self._hint is None:
            return
        try:
            value = parse_amount(text)
        except ParseError:
            value = None
        bare = text.strip().replace(",", "").replace(".", "").isdigit()
        if value is None or not text.strip():
            self._hint.setText("")
        elif current_language() == EN:  # the amount as English writes it: = RMB 120.00 m
            self._hint.setText("= " + format_amount(value, EN))
        elif bare:  # a plain number is in 万元: say so beside it
            self._hint.setText(self.tr("10k yuan"))
        else:
            amount = format_number(value)
            self._hint.setText(self.tr("= {amount} 10k yuan").format(amount=amount))

    def set_amount(self, value: float | None) -> None:
        self.setText("" if value is None else format_wan(value, decimals=4).rstrip("0").rstrip("."))


class ErrorLabel(QLabel):
    """The inline message under a field; keeps the Message so a language switch re-renders it.

    ``reserve``: the line is there before any error, so an error appearing moves no field (a
    click aimed at the next field lands there); a message longer than the line is shortened
    with … and said in full in its tooltip."""

    def __init__(self, parent: QWidget | None = None, *, reserve: bool = False):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self._message: Message | None = None
        self._reserve = reserve
        self._full = ""
        if reserve:
            self.ensurePolished()  # the style sheet's font, for the height of one line
            self.setFixedHeight(self.fontMetrics().lineSpacing() + 2)
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        else:
            self.setWordWrap(True)
            self.hide()

    @property
    def message(self) -> Message | None:
        return self._message

    def show_message(self, message: Message | None) -> None:
        self._message = message
        self.retranslate()

    def retranslate(self) -> None:
        self._full = self._message.render() if self._message is not None else ""
        if self._reserve:
            self.setToolTip(self._full)
            self._elide()
            return
        if self._message is None:
            self.clear()
            self.hide()
        else:
            self.setText(self._full)
            self.show()

    def _elide(self) -> None:
        width = max(0, self.width())
        self.setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
            if self._full
            else ""
        )

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._reserve:
            self._elide()

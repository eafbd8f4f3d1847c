"""The sign-in dialog (crm.ui.accounts.signin_dialog): "remember me" that cannot be used looks
off and says why in words under it, not only in a tooltip."""

from __future__ import annotations

from PySide6.QtGui import QColor

from crm.i18n import QT_TRANSLATE_NOOP
from crm.ui.accounts.signin_dialog import SignInDialog


def _darkest_text(widget) -> int:
    """The lightness of the darkest pixel of the widget's text (right of the indicator)."""
    img = widget.grab().toImage()
    indicator = widget.style().pixelMetric(widget.style().PixelMetric.PM_IndicatorWidth) + 8
    return min(
        QColor(img.pixel(x, y)).lightness()
        for x in range(indicator, img.width())
        for y in range(img.height())
    )


def test_a_remember_me_without_keyring_looks_off_and_says_why(app, qtbot):
    why = QT_TRANSLATE_NOOP("Remember", "No password keyring on this computer.")
    dlg = SignInDialog(lambda _u, _p: None, remember_refused=why, remember=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.remember_box.isEnabled() and not dlg.remember
    assert dlg.remember_why.isVisible()
    assert dlg.remember_why.text() == why.render()
    assert _darkest_text(dlg.remember_box) > 120  # grey text: #1f2933 would be about 30
    usable = SignInDialog(lambda _u, _p: None)
    qtbot.addWidget(usable)
    usable.show()
    assert usable.remember_box.isEnabled() and not usable.remember_why.isVisible()
    assert _darkest_text(usable.remember_box) < 80

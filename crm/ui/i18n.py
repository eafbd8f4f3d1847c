"""Qt translations: the .qm files are compiled from resources/translations/*.ts by the
project's own command (crm.i18n_tools.build, run here at start into the cache directory,
never committed) and installed as QTranslators. Switching language re-installs them; Qt then
sends every widget a LanguageChange event and each retranslates itself."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm import i18n
from crm.i18n_tools import build, shipped
from crm.paths import cache_dir, is_frozen

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def install(app: QCoreApplication, lang: str) -> None:
    """Make ``lang`` the language of the app (Qt widgets and Qt-free services alike)."""
    lang = i18n.normalise_language(lang)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if lang == i18n.ZH
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    if lang == i18n.EN:
        app.sendEvent(app, _language_event())
        return
    try:
        files = shipped(lang) if is_frozen() else build(cache_dir() / "qm", lang)
    except Exception:  # a missing lrelease must not stop the app; it falls back to English
        log.exception("could not compile translations")
        files = []
    if not files:
        log.error("no compiled translations for %s: the interface stays in English", lang)
    for qm in files:
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)
    qt = QTranslator(app)  # Qt's own dialogs and buttons
    if qt.load(
        QLocale(QLocale.Language.Chinese),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        _installed.append(qt)


def _language_event():
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)

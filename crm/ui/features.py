"""Features that plug into the main window (pages, menu actions, list-toolbar buttons).

Each module listed in FEATURES has ``install(window: MainWindow) -> None`` and uses only the
window's public surface: ``window.ctx`` (AppContext), ``window.add_page(key, page, icon,
title_fn, index=None)`` where ``page`` is best a function that imports and builds the page when
it is first opened (crm.ui.page_stack; a widget works too but is built at start),
``window.when_built(key, fn)`` to add to a page once it exists (``fn(page)``; e.g.
``page.add_tool(widget)`` on "leads"), ``window.page(key)``, ``window.menu("file"|"edit"|"lead")``,
``window.leads.filters.current()`` / ``window.leads.current_sort()`` / ``window.leads.visible_columns()``,
``window.welcome.import_ledger`` (signal) with ``window.welcome.set_import_available(True)``,
``window.drill_down(lead_filter, label)`` and ``window.open_lead(lead_id)``.
Installing runs at every start, before the first frame: import nothing heavy at module level
(crm.ui.startup.LATER_LIBRARIES lists what the first frame must not load; a test checks it).
A feature adding visible text retranslates it on QEvent.LanguageChange like the pages do.
Optionally ``screens(window, app) -> list[(name, grab_fn)]`` adds PNGs to
``python -m crm.ui.screenshots`` (grab_fn returns a QPixmap).
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

#: one line per feature, in the order their pages appear after "Leads"
FEATURES: list[str] = [
    "crm.ui.reports",
    "crm.ui.pipeline",
    "crm.ui.importing",
    "crm.ui.audit",
    "crm.ui.reference",
    "crm.ui.export_action",
    "crm.ui.company",
    "crm.ui.reminders",
    "crm.ui.safety",
    "crm.ui.store_menu",
    "crm.ui.team",
    "crm.ui.accounts",
    "crm.ui.nav_compact",
]


def install_all(window) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)

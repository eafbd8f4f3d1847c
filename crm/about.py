"""What Help ▸ About and ``crm about`` tell: the app's version and build, the store and its
schema version against the app's, and every folder the CRM writes to. One computation for the
dialog and the command line; support asks for exactly these lines."""

from __future__ import annotations

import platform
from dataclasses import dataclass

from crm import __version__
from crm.db import Store, migrate
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.paths import OVERRIDE, PORTABLE, Locations, install_dir, is_frozen, locations

MODE_LABELS = {
    "user": QT_TRANSLATE_NOOP("About", "this user's folders"),
    PORTABLE: QT_TRANSLATE_NOOP("About", "portable: everything in the app's folder"),
    OVERRIDE: QT_TRANSLATE_NOOP("About", "the folder CRM_DATA_DIR names"),
}


@dataclass(frozen=True)
class About:
    version: str
    build: Message  # built (frozen) or run from source
    python: str
    system: str
    store: str  # file path, or server URL without password
    store_schema: str | None  # None: a new, empty store (or one that cannot be opened)
    app_schema: str
    locations: Locations
    program_folder: str | None
    store_problem: Message | None = None  # why the store could not be opened

    @property
    def mode(self) -> Message:
        return MODE_LABELS[self.locations.mode]

    def lines(self, lang: str | None = None) -> list[tuple[str, str]]:
        """(label, value) rows, in ``lang`` or the current language."""
        rows: list[tuple[Message, str]] = [
            (
                QT_TRANSLATE_NOOP("About", "Version"),
                QT_TRANSLATE_NOOP("About", "{version} ({build})")
                .format(version=self.version, build=self.build)
                .render(lang),
            ),
            (QT_TRANSLATE_NOOP("About", "Store"), self.store),
            (
                QT_TRANSLATE_NOOP("About", "Store schema"),
                (
                    self.store_problem
                    or QT_TRANSLATE_NOOP("About", "{store} (this app: {app})").format(
                        store=self.store_schema or "—", app=self.app_schema
                    )
                ).render(lang),
            ),
            (QT_TRANSLATE_NOOP("About", "Folders"), self.mode.render(lang)),
            (QT_TRANSLATE_NOOP("About", "Data folder"), str(self.locations.data)),
            (QT_TRANSLATE_NOOP("About", "Settings"), str(self.locations.settings)),
            (QT_TRANSLATE_NOOP("About", "Logs"), str(self.locations.logs)),
            (QT_TRANSLATE_NOOP("About", "Backups"), str(self.locations.backups)),
        ]
        if self.program_folder:
            rows.append((QT_TRANSLATE_NOOP("About", "Program folder"), self.program_folder))
        rows.append((QT_TRANSLATE_NOOP("About", "System"), f"Python {self.python}, {self.system}"))
        return [(label.render(lang), value) for label, value in rows]

    def text(self, lang: str | None = None) -> str:
        """Plain text to copy into a support request."""
        return "\n".join(f"{label}: {value}" for label, value in self.lines(lang))


def about(store: Store | None, *, target: str = "", problem: Message | None = None) -> About:
    """For an open ``store``, or for the ``target`` that could not be opened and why."""
    schema = None
    if store is not None:
        with store.connect():  # a server gone away is a clear StoreError, not a traceback
            schema = migrate.current_revision(store.engine)
    folder = install_dir()
    return About(
        version=__version__,
        build=QT_TRANSLATE_NOOP("About", "built app")
        if is_frozen()
        else QT_TRANSLATE_NOOP("About", "run from source"),
        python=platform.python_version(),
        system=platform.platform(),
        store=store.describe() if store is not None else target,
        store_schema=schema,
        app_schema=migrate.head_revision(),
        locations=locations(),
        program_folder=str(folder) if folder else None,
        store_problem=problem,
    )

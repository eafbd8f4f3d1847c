"""The real app in a process of its own, with a hand on its dialogs (tests/ui/test_safety_processes.py).

    python -m tests.ui.app_driver STORE LANG ANSWER

starts the app as ``crm --db STORE --lang LANG`` does (offscreen) and acts as its user: a
dialog that asks is answered with the button ANSWER names ("read-only" or "quit"); every
dialog and the main window, once shown, are told on stdout as one JSON line each. Commands
on stdin: ``save NAME`` types a new lead into the lead form and saves it (the outcome is
told), ``quit`` closes the app.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox  # noqa: E402


def tell(**what) -> None:
    sys.stdout.write(json.dumps(what, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class Hand:
    def __init__(self, answer: str):
        self.answer = answer
        self.seen: set[int] = set()
        self.window = None
        self.timer = QTimer()
        self.timer.timeout.connect(self.look)
        self.timer.start(50)
        self.notifier = None

    def look(self) -> None:
        app = QApplication.instance()
        for w in app.topLevelWidgets():
            if not w.isVisible() or id(w) in self.seen:
                continue
            if isinstance(w, QMessageBox):
                self.seen.add(id(w))
                buttons = {b.text(): b for b in w.buttons()}
                tell(
                    dialog=w.objectName(),
                    title=w.windowTitle(),
                    text=w.text(),
                    informative=w.informativeText(),
                    buttons=list(buttons),
                )
                role = (
                    QMessageBox.ButtonRole.AcceptRole
                    if self.answer == "read-only"
                    else QMessageBox.ButtonRole.RejectRole
                )
                chosen = next((b for b in w.buttons() if w.buttonRole(b) == role), None)
                QTimer.singleShot(0, (chosen or w.buttons()[0]).click)
            elif type(w).__name__ == "MainWindow" and self.window is None:
                self.seen.add(id(w))
                self.window = w
                badge = w.findChild(QLabel, "readOnlyBadge")
                store = w.ctx.store
                tell(
                    window=w.windowTitle(),
                    readonly=store.readonly,
                    badge=badge.text() if badge is not None and badge.isVisible() else "",
                    took_over=bool(store.lock and store.lock.took_over),
                )
                self.listen()

    def listen(self) -> None:
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.command)

    def command(self) -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            self.notifier.setEnabled(False)
            self.window.ctx.tasks.wait()
            QApplication.instance().quit()
            return
        _cmd, name = line.split(maxsplit=1)
        self.save(name.strip())

    def save(self, company: str) -> None:
        w = self.window
        w.new_lead()
        form = w._forms[-1]
        form.editors["company_name"].widget.setText(company)
        form.editors["project_name"].widget.setText("两个程序")
        from crm.reference import reference

        form.editors["field"].set(reference(w.ctx.store).id_of("field", "health"))
        saved = form.save()
        tell(saved=saved, message="" if saved else form.summary.text())
        if not saved:
            form._drop_draft()
            form._initial = form._raw()
            form.close()


def main() -> None:
    store, lang, answer = sys.argv[1:4]
    from crm.cli.main import main as crm_main
    from crm.ui import startup

    startup.EXIT_AT_END = False  # this driver tells the exit status after the app ended

    _app = QApplication(sys.argv[:1])  # the app's start-up takes this one over
    hand = Hand(answer)
    who = os.environ.get("CRM_USER")  # crm --user NAME: who signs in (no dialog to answer)
    code = crm_main(["--db", store, "--lang", lang, *(["--user", who] if who else [])])
    hand.timer.stop()
    tell(exit=code)
    sys.exit(code)


if __name__ == "__main__":
    main()

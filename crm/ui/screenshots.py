"""Write PNGs of the app on demo data, in Chinese and English, for README.md and reviews:
``python -m crm.ui.screenshots [--out docs/screenshots] [--size 1366x768]``.

It builds a demo store in a temporary folder (fixed seed and day, so the pictures are
reproducible), signs in as an officer of 未来科技城 and grabs each screen offscreen."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default="docs/screenshots")
    p.add_argument("--size", default="1366x768")
    p.add_argument("--lang", nargs="*", default=["zh_CN", "en"])
    p.add_argument("--only", nargs="*", default=None, help="screen names to write")
    p.add_argument("--leads", type=int, default=2000, help="demo leads (default 2000)")
    p.add_argument("--activities", type=int, default=20000, help="demo activities (default 20000)")
    args = p.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="crm-shots-"))
    os.environ["CRM_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtWidgets import QApplication

    from crm.accounts.users import get_actor
    from crm.db import open_store
    from crm.demo import generate
    from crm.reference import reference
    from crm.ui import i18n as ui_i18n
    from crm.ui.app import AppController, make_application
    from crm.ui.settings import Settings

    app = make_application()
    store = open_store(tmp / "demo.sqlite")
    # demo data up to today: the app's pages (My day, the weekly report) count from the real today
    generate(store, leads=args.leads, activities=args.activities, seed=1, today=date.today())
    ref = reference(store)
    officer = next(u for u in ref.users.values() if u.username == "future_1")
    actor = get_actor(store, officer.id)
    written = []
    for lang in args.lang:
        ui_i18n.install(app, lang)
        controller = AppController(app, store, Settings(str(tmp / f"ui-{lang}.ini")))
        window = controller.build(actor)
        window.resize(width, height)
        window.show()
        screens = _screens(window, app)
        for name, grab in screens:
            if args.only and name not in args.only:
                continue
            path = out / f"{name}-{lang}.png"
            grab().save(str(path))
            written.append(path)
        window.close()
        QApplication.processEvents()
    store.dispose()
    print("\n".join(map(str, written)))
    return 0


def _settle(app, n: int = 5) -> None:
    for _ in range(n):
        app.processEvents()


def _screens(window, app):
    from crm.ui.typing_sim import type_text

    def page(key):
        def grab():
            from PySide6.QtTest import QTest

            window.show_page(key)
            _settle(app)
            QTest.qWait(400)  # a page fills in after its first frame (the lead list's detail)
            _settle(app)
            return window.grab()

        return grab

    def form_errors():
        form = window._open_form(None)
        form.resize(1000, 720)
        ed = form.editors
        type_text(ed["company_name"].focus, "杭州新锐光电科技有限公司")
        type_text(ed["credit_code"].focus, "91330106MA2H3X4Y5Z")
        type_text(ed["project_name"].focus, "光电芯片研发中心")
        type_text(ed["planned_investment"].focus, "待定")
        type_text(ed["expected_jobs"].focus, "-20")
        form.save()
        _settle(app)
        img = form.grab()
        form._drop_draft()
        form._initial = form._raw()
        form.close()
        return img

    def form_duplicate():
        from crm.leadlist.query import LeadFilter, list_leads

        row = list_leads(
            window.ctx.store,
            window.ctx.actor,
            LeadFilter(cities=(window.ctx.ref.id_of("city", "zijingang"),)),
            limit=1,
        ).rows[0]
        form = window._open_form(None)
        form.resize(1000, 720)
        type_text(
            form.editors["company_name"].focus, row.company.replace("有限公司", "（杭州）有限公司")
        )
        form._check_duplicates()
        _settle(app)
        img = form.grab()
        form._drop_draft()
        form._initial = form._raw()
        form.close()
        return img

    shots = [
        ("my-day", page("my_day")),
        ("leads", page("leads")),
        ("lead-form-validation", form_errors),
        ("lead-form-duplicate", form_duplicate),
    ]
    # features (crm/ui/features.py) may offer screens: screens(window, app) -> [(name, grab)]
    import importlib

    from crm.ui.features import FEATURES

    for name in FEATURES:
        module = importlib.import_module(name)
        if hasattr(module, "screens"):
            shots.extend(module.screens(window, app))
    return shots


if __name__ == "__main__":
    sys.exit(main())

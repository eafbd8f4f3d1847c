"""``crm report weekly``: the weekly report as PDF and Excel, headless (a Monday-morning job).

Without --pdf or --xlsx both are written to the current folder as weekly-report-<week>.pdf
and .xlsx. Errors (unknown week, city or field, a path that cannot be written, a store that
cannot be opened) print one line and exit with status 2, before any work is done.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from crm.cli.common import listing, store_from
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, current_language, translate


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help=translate("CLI", "reports for the management committee"),
    )
    rsub = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    w = rsub.add_parser(
        "weekly",
        help=translate("CLI", "the weekly report (PDF and Excel)"),
        description=translate(
            "CLI",
            "Write the weekly report of an ISO week (default: the last complete week). "
            "Without --pdf or --xlsx both files are written to the current folder.",
        ),
    )
    w.add_argument(
        "--week", metavar="YYYY-Www", help=translate("CLI", "the ISO week, e.g. 2026-W20")
    )
    w.add_argument("--city", metavar="NAME", help=translate("CLI", "only this sci-tech city"))
    w.add_argument("--field", metavar="NAME", help=translate("CLI", "only this field"))
    w.add_argument("--pdf", metavar="FILE", help=translate("CLI", "write the PDF here"))
    w.add_argument("--xlsx", metavar="FILE", help=translate("CLI", "write the Excel workbook here"))
    w.set_defaults(func=run)


def _resolve(ref, kind: str, name: str | None) -> int | None:
    if not name:
        return None
    item = ref.resolve(kind, name)
    if item is None:
        known = listing(i.label() for i in ref.kind(kind))
        msg = (
            QT_TRANSLATE_NOOP("CLI", "unknown city {name} (known: {known})")
            if kind == "city"
            else QT_TRANSLATE_NOOP("CLI", "unknown field {name} (known: {known})")
        )
        raise UserError(msg.format(name=name, known=known))
    return item.id


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(fraction: float) -> None:
        sys.stderr.write(f"\r{fraction * 100:5.1f}%")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def run(args) -> int:
    from crm.analytics import Period, Scope, weekly_report
    from crm.reference import reference
    from crm.reports import check_writable, render_pdf, render_xlsx

    today = date.today()
    period = Period.parse_week(args.week) if args.week else Period.last_complete_week(today)
    year, week = period.week
    pdf, xlsx = args.pdf, args.xlsx
    if not pdf and not xlsx:
        pdf, xlsx = (
            f"weekly-report-{year}-W{week:02d}.pdf",
            f"weekly-report-{year}-W{week:02d}.xlsx",
        )
    targets = [Path(x) for x in (pdf, xlsx) if x]
    for path in targets:
        check_writable(path)
    store = store_from(args, readonly=True)
    try:
        ref = reference(store)
        scope = Scope(_resolve(ref, "city", args.city), _resolve(ref, "field", args.field))
        lang = current_language()
        show = _progress()
        report = weekly_report(
            store,
            period,
            scope,
            today=today,
            with_rows=bool(xlsx),
            progress=(lambda f: show(0.4 * f)) if show else None,
        )
        if pdf:
            render_pdf(
                report, pdf, lang=lang, progress=(lambda f: show(0.4 + 0.2 * f)) if show else None
            )
        if xlsx:
            render_xlsx(
                report, xlsx, lang=lang, progress=(lambda f: show(0.6 + 0.4 * f)) if show else None
            )
    finally:
        store.dispose()
    for path in targets:
        print(path)
    if report.empty:
        print(translate("CLI", "the store holds no leads for this scope: the report says so"))
    return 0

"""``crm report``: the weekly report headless (a Monday-morning job) and its closed weeks.

* ``weekly`` writes the PDF, workbook and/or .docx (without --pdf, --xlsx or --docx the PDF and
  the workbook go to the current folder as weekly-report-<week>.pdf and .xlsx); the week just
  ended is closed first if it is not yet (the report of a closed week is its frozen one);
* ``close-week`` closes a week (the last complete one by default); ``reopen-week`` reopens one
  (a manager signed in with --user, and a reason);
* ``verify FILE`` says whether a report file matches the store's closed week (exit 0) or not (1).

Errors (unknown week, city or field, a path that cannot be written, a store that cannot be
opened, a refusal) print one line and exit with status 2, before any work is done.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from crm.cli.common import actor_for, listing, store_from
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, current_language, translate

if TYPE_CHECKING:
    from argparse import Namespace
    from collections.abc import Callable

    from crm.analytics import Period
    from crm.analytics.weekly import WeeklyReport
    from crm.cli.common import Subparsers
    from crm.db import Store
    from crm.reference import ReferenceData


def register(sub: Subparsers) -> None:
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
    w.add_argument("--docx", metavar="FILE", help=translate("CLI", "write the Word document here"))
    w.set_defaults(func=run)
    c = rsub.add_parser("close-week", help=translate("CLI", "close a week: freeze its report"))
    c.add_argument(
        "--week", metavar="YYYY-Www", help=translate("CLI", "the ISO week, e.g. 2026-W20")
    )
    c.set_defaults(func=run_close)
    o = rsub.add_parser("reopen-week", help=translate("CLI", "reopen a closed week (managers)"))
    o.add_argument(
        "--week",
        metavar="YYYY-Www",
        required=True,
        help=translate("CLI", "the ISO week, e.g. 2026-W20"),
    )
    o.add_argument("--reason", required=True, help=translate("CLI", "why the week is reopened"))
    o.set_defaults(func=run_reopen)
    v = rsub.add_parser(
        "verify", help=translate("CLI", "check a report file against its closed week")
    )
    v.add_argument("file", metavar="FILE", help=translate("CLI", "a PDF, workbook or .docx"))
    v.set_defaults(func=run_verify)


def _resolve(ref: ReferenceData, kind: str, name: str | None) -> int | None:
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


def _progress() -> Callable[[float], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(fraction: float) -> None:
        sys.stderr.write(f"\r{fraction * 100:5.1f}%")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _share(
    show: Callable[[float], None] | None, lo: float, hi: float
) -> Callable[[float], None] | None:
    """``show`` for one part of the work: its fraction mapped into [lo, hi]."""
    if show is None:
        return None
    return lambda f: show(lo + (hi - lo) * f)


class _Render(Protocol):
    """What render_pdf, render_docx and render_xlsx have in common."""

    def __call__(
        self,
        report: WeeklyReport,
        path: str | Path,
        *,
        lang: str | None = None,
        progress: Callable[[float], None] | None = None,
    ) -> Path: ...


def _open(args: Namespace) -> Store:
    """The store, writable when it can be (to close the week just ended), else read-only;
    never a new one (a mistyped path says so)."""
    import os

    from crm.errors import StoreError

    store = store_from(args, readonly=True)
    if store.path is not None and not os.access(store.path, os.W_OK):
        return store
    store.dispose()
    try:
        return store_from(args)
    except StoreError:
        return store_from(args, readonly=True)


def _week(args: Namespace, today: date) -> Period:
    from crm.analytics import Period

    return Period.parse_week(args.week) if args.week else Period.last_complete_week(today)


def run(args: Namespace) -> int:
    from crm.analytics import Scope
    from crm.analytics.weeks import close_due, report_of_week
    from crm.reference import reference
    from crm.reports import check_writable, render_docx, render_pdf, render_xlsx

    today = date.today()
    period = _week(args, today)
    assert period.week is not None  # _week gives a week
    year, week = period.week
    pdf, xlsx, docx = args.pdf, args.xlsx, args.docx
    if not pdf and not xlsx and not docx:
        pdf, xlsx = (
            f"weekly-report-{year}-W{week:02d}.pdf",
            f"weekly-report-{year}-W{week:02d}.xlsx",
        )
    targets = [Path(x) for x in (pdf, xlsx, docx) if x]
    for path in targets:
        check_writable(path)
    store = _open(args)
    try:
        ref = reference(store)
        scope = Scope(_resolve(ref, "city", args.city), _resolve(ref, "field", args.field))
        from crm.accounts import permissions

        actor = actor_for(args, store)
        if not store.readonly and permissions.close_week(actor) is None:
            close_due(store, actor, today)
        lang = current_language()
        show = _progress()
        report = report_of_week(
            store,
            period,
            scope,
            today=today,
            with_rows=bool(xlsx),
            progress=(lambda f: show(0.4 * f)) if show else None,
        )
        renders: list[tuple[str | None, _Render, float, float]] = [
            (pdf, render_pdf, 0.4, 0.6), (docx, render_docx, 0.6, 0.7), (xlsx, render_xlsx, 0.7, 1.0)
        ]  # fmt: skip
        for target, render, lo, hi in renders:
            if target:
                render(report, target, lang=lang, progress=_share(show, lo, hi))
    finally:
        store.dispose()
    for path in targets:
        print(path)
    if report.empty:
        print(translate("CLI", "the store holds no leads for this scope: the report says so"))
    return 0


def run_close(args: Namespace) -> int:
    from crm.analytics.weeks import close_week

    today = date.today()
    period = _week(args, today)
    store = store_from(args)
    try:
        result = close_week(store, actor_for(args, store), period, today=today)
    finally:
        store.dispose()
    info = result.info
    msg = (
        translate("CLI", "{week} was already closed on {when} by {who}; fingerprint {fp}")
        if result.already
        else translate("CLI", "{week} closed on {when} by {who}; fingerprint {fp}")
    )
    print(msg.format(week=info.week, when=info.closed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                     who=info.closed_by, fp=info.fingerprint))  # fmt: skip
    return 0


def run_reopen(args: Namespace) -> int:
    from crm.analytics import Period
    from crm.analytics.weeks import reopen_week

    period = Period.parse_week(args.week)
    store = store_from(args)
    try:
        reopen_week(store, actor_for(args, store), period, args.reason)
    finally:
        store.dispose()
    print(translate("CLI", "{week} reopened").format(week=args.week))
    return 0


def run_verify(args: Namespace) -> int:
    from crm.reports.verify import verify_file

    path = Path(args.file)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("CLI", "There is no file {name}.").format(name=str(path)))
    store = store_from(args, readonly=True)
    try:
        verdict = verify_file(store, path)
    finally:
        store.dispose()
    print(verdict.message.render(current_language()))
    return 0 if verdict.matches else 1

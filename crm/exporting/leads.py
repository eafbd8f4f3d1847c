"""Exporting a lead list — the list's filter, sort and columns — to a styled .xlsx.

The rows come from one streamed query (the list's own conditions and sort, crm.leadlist.query),
so the file shows exactly what the list shows, as the exporter may see it: a confidential
project of another city shows its codename and nothing that identifies it, contacts are masked
unless the exporter may see them (PIPL). The headers are the fields' labels with their units,
so the importer reads the file back by itself: exporting and importing again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Result, UnaryExpression, func, select
from sqlmodel import col

from crm import audit
from crm.accounts.users import Actor
from crm.db.label import store_label
from crm.db.models import Company, Lead
from crm.db.store import Store
from crm.errors import UserError
from crm.exporting import xlsx
from crm.exporting.columns import DEFAULT_COLUMNS, column, number_format
from crm.exporting.values import RowFunction, RowValues, first_contacts
from crm.i18n import QT_TRANSLATE_NOOP, current_language
from crm.leadlist.query import DEFAULT_SORT, LeadFilter, conditions, sort_expression
from crm.leadlist.sort import Sort
from crm.reference import reference

PROGRESS_EVERY = 2000


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Export", "The export was cancelled; no file was written.")
        )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    columns: tuple[str, ...]
    #: rows whose contacts were masked / whose confidential project was redacted
    masked_contacts: int
    redacted: int
    #: the export is in the audit log (False: the store was open read-only)
    audited: bool = True


def _order_by(store: Store, sort: Sort | None) -> list[UnaryExpression[Any]]:
    ref = reference(store)
    out: list[UnaryExpression[Any]] = []
    for key, descending in sort or DEFAULT_SORT:
        expr = sort_expression(ref, key)
        out.append((expr.desc() if descending else expr.asc()).nulls_last())
    out.append(col(Lead.id).desc())
    return out


def export_leads(
    store: Store,
    actor: Actor,
    path: str | Path,
    flt: LeadFilter = LeadFilter(),
    sort: Sequence[tuple[str, bool]] | None = None,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    *,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> ExportResult:
    """Write the leads ``flt`` selects, sorted by ``sort``, with ``columns`` to ``path``."""
    lang = lang or current_language()
    today = today or date.today()
    specs = [column(k) for k in columns]
    conds = conditions(store, actor, flt, today)
    values = RowValues(store, actor, specs, lang, today, text_dates=store.dialect == "sqlite")
    book = xlsx.Book()
    sheet = book.sheet(QT_TRANSLATE_NOOP("Export", "Leads").render(lang))
    sheet.header(
        [c.header(lang) for c in specs],
        widths=[c.export_width for c in specs],
        formats=[number_format(c) for c in specs],
    )
    sheet.print_setup(
        title=QT_TRANSLATE_NOOP("Export", "Leads · exported {day} by {name}")
        .render(lang)
        .format(day=today.isoformat(), name=actor.display_name),
        footer=store_label(store),
    )
    row = values.compile(sheet.keys())
    q = (
        select(*values.columns())
        .select_from(Lead)
        .join(Company, col(Company.id) == Lead.company_id)
    )
    q = q.where(*conds).order_by(*_order_by(store, sort))
    done = [0]
    with store.read() as s:
        total = s.execute(select(func.count()).select_from(Lead).where(*conds)).scalar_one()
        if values.contacts:
            values.first_contact.update(
                (r[0], tuple(r[1:])) for r in s.connection().execute(first_contacts(conds))
            )
        # Core rows of driver values, fetched in chunks while the writer writes
        result = s.connection().execute(q.execution_options(yield_per=PROGRESS_EVERY))
        sheet.stream_records(_rows(result, row, total, done, progress, cancelled))
        _about(book, store, actor, done, values, lang)
        target = book.save(path)
    audited = audit.exported(
        store,
        actor.id,
        "leads",
        {
            "file": target.name,
            "filter": flt.to_dict(),
            "sort": [list(x) for x in sort or ()],
            "columns": list(columns),
            "masked_contacts": values.masked_contacts,
            "redacted": values.redacted,
        },
        done[0],
    )
    return ExportResult(
        target, done[0], tuple(columns), values.masked_contacts, values.redacted, audited
    )


def _rows(
    result: Result[*tuple[Any, ...]],
    row: RowFunction,
    total: int,
    done: list[int],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[dict[str, Any]]:
    """The rows of the streamed query as the sheet's records, with progress and cancel
    between chunks (the writer pulls them while it writes the file)."""
    for chunk in result.partitions():
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        for r in chunk:
            yield row(r)
        done[0] += len(chunk)
        if progress is not None:
            progress(done[0], total)


def _about(
    wb: xlsx.Book, store: Store, actor: Actor, done: list[int], values: RowValues, lang: str
) -> None:
    """A second sheet saying where the file came from (the importer skips it). Its rows are
    produced after the leads are written, so they can count them."""
    about = wb.sheet(QT_TRANSLATE_NOOP("Export", "About").render(lang))
    about.header(
        [QT_TRANSLATE_NOOP("Export", "Exported from Corridor CRM").render(lang), ""],
        widths=[28, 60],
    )
    now = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")

    def rows() -> Iterator[tuple[str, object]]:
        yield (QT_TRANSLATE_NOOP("Export", "Exported by").render(lang), actor.display_name)
        yield (QT_TRANSLATE_NOOP("Export", "Exported at").render(lang), now)
        yield (QT_TRANSLATE_NOOP("Export", "Store").render(lang), store_label(store))
        yield (QT_TRANSLATE_NOOP("Export", "Rows").render(lang), done[0])
        yield (
            QT_TRANSLATE_NOOP("Export", "Contacts masked in rows").render(lang),
            values.masked_contacts,
        )
        yield (
            QT_TRANSLATE_NOOP("Export", "Confidential projects shown by codename").render(lang),
            values.redacted,
        )

    about.stream(rows())

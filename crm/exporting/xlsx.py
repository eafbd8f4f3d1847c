"""Every workbook the app writes (lead exports, the weekly report, target sheets, refused
rows) goes through this one writer, built on rustpy-xlsxwriter (Rust's rust_xlsxwriter
with Python bindings; wheels for Windows, macOS and Linux): about ten times faster than
openpyxl's write-only mode and XlsxWriter on the same rows, which is what puts the weekly
workbook of a 100,000-lead store under 3 s.

A workbook is a list of sheets; each sheet is lines above its table (a title, notes), one
header row (bold on the brand colour, frozen, with an autofilter, repeated on every printed
page), and rows written as they are produced (a generator is streamed, never held whole).
Text is always written as text (an inline string, never a formula, with Excel's quote prefix
so that editing the cell keeps it text): a company called "=HYPERLINK(…)" in a ledger must not
run when a colleague opens the file. Every sheet prints on A4 landscape, fitted to the page
width (very wide tables on a few pages across, their first columns repeated), with a title in
the page header and "page X of Y" in the footer. The file is written beside the target and
moved over it at the end, so a failed or cancelled export leaves nothing behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import rustpy_xlsxwriter as rx
from rustpy_xlsxwriter import Format

from crm.errors import UserError
from crm.files import FileFault, atomic_output
from crm.i18n import QT_TRANSLATE_NOOP

BRAND = "#163A5F"
PALE = "#F1F4F8"
FONT_NAME = "Microsoft YaHei"  # what Chinese offices have; LibreOffice substitutes its own
PAPER_A4 = 9
FORMULA_START = ("=", "+", "-", "@")
_ERROR_LIKE = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
#: characters across one landscape A4 page at a readable size; wider tables print on
#: several pages across with their first columns repeated
PAGE_CHARS = 200
#: kinds of column the report and exports use, and their number formats
ID, COUNT, WAN, DAY, PERCENT, TEXT, WRAP = "id", "count", "wan", "day", "percent", "text", "wrap"
KIND_FORMATS = {
    ID: "0",
    COUNT: "#,##0",
    WAN: "#,##0",
    DAY: "yyyy-mm-dd",
    PERCENT: "0.0%",
}
#: styles of the lines above a table
TITLE, SUBTITLE, NOTE, PLAIN = "title", "subtitle", "note", "plain"


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START) or text in _ERROR_LIKE


def _base() -> Format:
    return Format().set_font_name(FONT_NAME).set_font_size(10)


def _formats() -> dict[str, Format]:
    """One format object per look (shared by every sheet of the file)."""
    out = {
        "head": _base()
        .set_bold()
        .set_font_color("#FFFFFF")
        .set_background_color(BRAND)
        .set_text_wrap()
        .set_align("vcenter")
        .set_border_bottom("thin")
        .set_border_bottom_color("#DDE3EA"),
        TEXT: _base().set_quote_prefix(),
        WRAP: _base().set_quote_prefix().set_text_wrap().set_align("top"),
        TITLE: _base().set_bold().set_font_size(16).set_font_color(BRAND).set_align("vcenter"),
        SUBTITLE: _base().set_bold().set_font_size(11).set_font_color(BRAND),
        NOTE: _base().set_font_size(9).set_font_color("#5B6B7C"),
        PLAIN: _base(),
    }
    return out


@dataclass
class Sheet:
    """One sheet; fill it with ``header`` then ``append``/``stream``, before the book saves."""

    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    widths: list[float | None] = field(default_factory=list)
    formats: list[str | None] = field(default_factory=list)
    rows: list[Sequence[Any]] = field(default_factory=list)
    source: Iterable[Any] | None = None
    #: the source yields records (dicts keyed by ``keys()``), not rows of values
    keyed: bool = False
    landscape: bool = True
    #: pages across that the table is fitted to (None: as many as its width needs)
    across: int | None = None
    page_title: str | None = None
    footer: str | None = None
    #: rows written (known once the book is saved, or as they are appended)
    count: int = 0

    def line(self, text: str, style: str = PLAIN) -> None:
        """A line of text above the table (title, period, notes)."""
        self.lines.append((text, style))

    def header(
        self,
        labels: Sequence[str],
        *,
        widths: Sequence[float | None] = (),
        formats: Sequence[str | None] = (),
        freeze: str = "A2",  # kept for callers: the header row is always frozen
    ) -> None:
        """The table's head. ``formats`` are Excel number formats or column kinds (see
        KIND_FORMATS; ``wrap`` wraps text); None is plain text."""
        self.labels = [str(x) for x in labels]
        self.widths = list(widths) + [None] * (len(labels) - len(widths))
        self.formats = list(formats) + [None] * (len(labels) - len(formats))

    def append(self, values: Sequence[Any]) -> None:
        self.rows.append(list(values))
        self.count += 1

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def stream(
        self,
        rows: Iterable[Sequence[Any]],
        progress: Callable[[int], None] | None = None,
        every: int = 2000,
    ) -> None:
        """Rows produced while the file is written (a generator is never held whole);
        ``progress(rows written)`` is called every ``every`` rows (and may raise to stop)."""
        self.source = rows
        self._progress, self._every = progress, every

    def stream_records(self, records: Iterable[dict[str, Any]]) -> None:
        """Rows already in the writer's form: dicts keyed by ``keys()``, in their order (a
        long table built for speed makes them itself; its producer reports progress)."""
        self.source, self.keyed = records, True

    def print_setup(
        self,
        *,
        landscape: bool = True,
        title: str | None = None,
        footer: str | None = None,
        across: int | None = None,
    ) -> None:
        self.landscape, self.page_title, self.footer = landscape, title, footer
        self.across = across

    def finish(self) -> None:
        """Kept for callers of the former writer: nothing to do."""

    def discard(self) -> None:
        """Kept for callers of the former writer: nothing is written before ``save``."""

    # -- what the writer needs
    def keys(self) -> list[str]:
        """Header names made unique (records are keyed by them)."""
        out, seen = [], set()
        for label in self.labels or [""]:
            key, n = label, 1
            while key in seen:
                n += 1
                key = f"{label} ({n})"
            seen.add(key)
            out.append(key)
        return out

    def records(self) -> Iterator[dict[str, Any]]:
        """The rows keyed by header (the writer takes its header from the first record: an
        empty table gives it one record of empty cells, so that its header is written)."""
        keys = self.keys()
        for values in self.rows:
            yield dict(zip(keys, values, strict=False))
        if self.source is not None and self.keyed:
            n = first = self.count
            for n, record in enumerate(self.source, first + 1):  # noqa: B007 - n is the count
                yield record
            self.count = n
        elif self.source is not None:
            # per row only the record is made: the count is kept locally, progress checked
            # once a chunk (this loop runs for every row of the weekly workbook's raw sheets)
            progress, every = getattr(self, "_progress", None), getattr(self, "_every", 2000)
            n, rows = self.count, iter(self.source)
            while chunk := list(islice(rows, every)):
                for values in chunk:
                    yield dict(zip(keys, values))  # noqa: B905 - rows may be shorter
                n += len(chunk)
                self.count = n
                if progress is not None and len(chunk) == every:
                    progress(n)
        if not self.count:
            yield dict.fromkeys(keys)


def check_target(path: str | os.PathLike[str]) -> None:
    """Refuse a workbook path whose folder is not there, before any work is done for it (the
    command line checks its output paths first; saving checks again)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Export", "The folder {folder} does not exist.").format(
                folder=str(target.parent)
            )
        )


class Book:
    """A workbook being assembled; ``save(path)`` writes it in one pass."""

    def __init__(self) -> None:
        self.sheets: list[Sheet] = []

    def sheet(self, title: str) -> Sheet:
        sheet = Sheet(_sheet_name(title, {s.title for s in self.sheets}))
        self.sheets.append(sheet)
        return sheet

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Assemble the workbook in memory, then write it beside ``path`` and move it over
        (no half-written file on failure). In memory first because the writer, failing on a
        full disk, printed its own noise and gave an untranslated reason; a 100k-lead export
        is about 15 MB."""
        target = Path(path)
        check_target(target)
        buffer = io.BytesIO()
        self._write(buffer)
        try:
            with atomic_output(target) as tmp:
                tmp.write_bytes(buffer.getbuffer())
        except FileFault as exc:
            if isinstance(exc.__cause__, PermissionError):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Export",
                        "{name} cannot be written: it is open in another program or read-only.",
                    ).format(name=target.name)
                ) from None
            raise
        return target

    def _write(self, path: Path | io.BytesIO) -> None:
        fmts = _formats()
        number_formats: dict[str, Format] = {}

        def column_format(kind: str | None) -> Format:
            if kind is None or kind == TEXT:
                return fmts[TEXT]
            if kind == WRAP:
                return fmts[WRAP]
            code = KIND_FORMATS.get(kind, kind)
            if code not in number_formats:
                number_formats[code] = _base().set_num_format(code)
            return number_formats[code]

        entries: list[tuple[str, Any]] = []
        opts = _Options()
        for s in self.sheets:
            name = s.title
            # a title line spans two rows: the writer loses the heights of rows above its
            # last merged line (rustpy-xlsxwriter 0.8), and a 16 pt title in one default
            # row overlaps the line under it in LibreOffice
            starts = [0]
            for _text, style in s.lines:
                starts.append(starts[-1] + (2 if style == TITLE else 1))
            top = starts.pop()
            keys = s.keys()
            entries.append((name, s.records()))
            opts.add("header_row", name, top)
            opts.add("header_format", name, fmts["head"])
            opts.add("freeze_panes", name, {"row": top + 1, "col": 0})
            opts.add("autofilter", name, True)
            opts.add("column_widths", name, [w or 12 for w in s.widths] or [12])
            opts.add(
                "column_formats",
                name,
                {k: column_format(f) for k, f in zip(keys, s.formats, strict=False)},
            )
            last = max(len(keys), 4) - 1
            if s.lines:
                opts.add(
                    "merge_ranges",
                    name,
                    [
                        (n, 0, n + (style == TITLE), last, text, fmts.get(style, fmts[PLAIN]))
                        for n, (text, style) in zip(starts, s.lines, strict=True)
                    ],
                )
            lines = _head_lines(s)
            if lines > 1:  # the head wraps: its row as tall as its lines (Excel does not grow it)
                opts.add("row_heights", name, {top: 13.5 * lines + 3})
            opts.add("page_setup", name, _page(s, top))
        rx.write_worksheets(
            entries, path if isinstance(path, io.BytesIO) else str(path), **opts.values
        )


class _Options:
    """write_worksheets' keyword arguments, each a dict by sheet name."""

    def __init__(self) -> None:
        # per option a dict by sheet name, of the type write_worksheets takes for it
        self.values: dict[str, Any] = {}

    def add(self, option: str, sheet: str, value: Any) -> None:
        self.values.setdefault(option, {})[sheet] = value


def _page(s: Sheet, top: int) -> dict[str, Any]:
    wide = sum(w or 12 for w in s.widths)
    across = s.across or max(1, -(-int(wide) // PAGE_CHARS))
    setup: dict[str, Any] = {
        "landscape": s.landscape,
        "paper_size": PAPER_A4,
        "repeat_rows": top,
        "fit_to_pages": (across, 0),
        "margins": {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6},
        "footer": "&L" + _escape(s.footer or "") + "&R&P / &N",
    }
    if s.page_title:
        setup["header"] = "&L" + _escape(s.page_title)
    if across > 1:
        setup["repeat_columns"] = (0, 1)
    return setup


def _head_lines(s: Sheet) -> int:
    """Lines the widest-wrapping head of the sheet needs (a Chinese character is two of the
    column width's characters; bold text a tenth wider), at most three."""
    need = 1
    for label, width in zip(s.labels, s.widths, strict=False):
        chars = sum(2 if ord(c) > 0x2E7F else 1 for c in label) * 1.1
        need = max(need, -(-int(chars) // max(1, int(width or 12) - 1)))
    return min(need, 3)


def _escape(text: str) -> str:
    """Text for an Excel page header or footer (& starts a code there)."""
    return text.replace("&", "&&")


def _sheet_name(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join(" " if c in "[]:*?/\\" else c for c in title).strip("' ") or "Sheet"
    name, n = clean[:31], 1
    while name in taken:
        n += 1
        suffix = f" ({n})"
        name = clean[: 31 - len(suffix)] + suffix
    return name


# -- the former writer's names, for its callers (the importer's refused rows)
def new_workbook() -> Book:
    return Book()


def SheetWriter(wb: Book, title: str) -> Sheet:  # noqa: N802 - the former class's name
    return wb.sheet(title)


def save(wb: Book, path: str | os.PathLike[str]) -> Path:
    return wb.save(path)

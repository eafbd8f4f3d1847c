"""Finding the table in a sheet: the header row below title rows, merged cells and the
"填报单位" line (a two-row header is joined), then the data rows, leaving out empty rows,
total rows (合计/小计), notes (注：…), section headings (一、生命健康) and the header printed
again on every page of a ledger pasted back from print.

A cell merged down over data rows (the district written once beside its projects) is read in
each row it covers, as a person reads it; so is a cell that says "the same as above" (同上, 〃,
ditto: crm.importing.cells.DITTO), with the value of the data row above in that column. Hidden rows are data like any other (the table
names them, the import may leave them out); a hidden column gives way to a visible one that
reads as the same field.

The sheet is chosen by the caller or, failing that, as the one whose header is best
recognised (an explanatory second sheet has none; a hidden sheet gives way to a visible one).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from crm import fields as F
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing import guard
from crm.importing import synonyms as S
from crm.importing.cells import DITTO_FIRST, is_ditto
from crm.importing.header_match import auto_map, ignored, recognised
from crm.importing.headers import (
    AMOUNT_UNITS,
    FOREIGN,
    Column,
    key,
    layout_signature,
    split_unit,
)
from crm.importing.readers import Book, Row, open_book
from crm.importing.row_kinds import kind_of
from crm.importing.writer import paused_gc
from crm.values.text import join_lines

HEAD_ROWS = 40
PROGRESS_EVERY = 500
IDENTITY = {"company_name", "project_name", S.ID}

_TOTAL = re.compile(r"^(合计|小计|总计|共计|累计|total|subtotal|sum)(\b|[^a-z]|$)")
_TOTAL_START = set("合小总共累TtSs")
#: "单位：亿元" / "（金额单位：万元）" above a table (NFKC text): the unit must end there, and
#: 填报单位、牵头单位… name an office, not a unit
_STATED_UNIT = re.compile(
    r"(金额)?(?<![报头任送管办属])单位\s*:\s*(千万元|百万元|十万元|千元|万元|亿元|元|千万|百万|万|亿)"
    r"(?=$|[\s,;、)/])"
)
#: a short label ending in a total word: 临平区小计, 本月合计, 二、小计
_TOTAL_END = re.compile(r"(合计|小计|总计|共计)$")
#: a note or the signature line under a printed table (制表：…  审核：…  2026年5月19日)
_NOTE = re.compile(
    r"^(注|备注|说明|填表说明|负责人|联系人|联系电话|数据来源|数据截至|截至|单位|"
    r"(?:制表|填表|填报|审核|复核|审批|统计|报送)(?:人|单位|日期|时间)?)\s*[:：]"
)

#: a section heading's numbering: 一、 （二） 第三部分 三.
_SECTION = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．:：]|[\(（]\s*[一二三四五六七八九十\d]{1,3}\s*[\)）]"
    r"|第[一二三四五六七八九十\d]{1,3}[部分类组篇批])\s*"
)

_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]?")
#: sheet names of instructions and examples, not of the ledger
_INSTRUCTIONS = re.compile(r"说明|示例|样例|范例|模板|填表|instruction|readme|example|sample|help")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(UserError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was changed.")
        )


@dataclass(frozen=True)
class DataRow:
    number: int  # the row number in the sheet (1-based), as the user sees it in Excel
    cells: Row
    #: the section heading above the row (一、生命健康), without its numbering
    section: str | None = None
    #: the officer the head of the row's block names (责任人：冯慧敏), as written
    owner: str | None = None


@dataclass(frozen=True)
class IgnoredRow:
    number: int
    reason: Message


@dataclass
class Table:
    """One sheet of a file, its header found and its columns mapped automatically."""

    path: Path
    kind: str
    sheet: str
    sheets: list[str]
    header_row: int  # 1-based; the last header row when the header has two rows
    headers: list[str]
    columns: list[Column]
    rows: list[DataRow] = field(default_factory=list)
    ignored: list[IgnoredRow] = field(default_factory=list)
    #: the title and 填报单位 lines above the header
    preamble: list[str] = field(default_factory=list)
    encoding: str | None = None
    #: the data rows (numbers) the sheet hides, and its hidden columns (0-based)
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: set[int] = field(default_factory=set)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def stated_unit(self) -> str | None:
        """The amount unit a line above the table states (单位：亿元, 金额单位：万元), for amount
        columns whose header names none."""
        found = []
        for line in self.preamble:
            for m in _STATED_UNIT.finditer(unicodedata.normalize("NFKC", line)):
                found.append((m.group(1) is None, AMOUNT_UNITS[m.group(2)]))
        found.sort(key=lambda f: f[0])  # 金额单位 first, else the first stated
        return found[0][1] if found else None

    @property
    def layout(self) -> str:
        return layout_signature(self.headers)


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def _score(cells: Sequence[object]) -> tuple[int, set[str]]:
    targets: set[str] = set()
    for c in cells:
        t = recognised(_text(c))
        if t and t != S.READ_ONLY:
            targets.add(t)
    return len(targets), targets


def find_header(head: list[Row]) -> tuple[int, list[str]] | None:
    """(0-based index of the last header row, header texts) or None if no row reads as one."""
    best, best_score = None, 1
    for i, row in enumerate(head):
        score, targets = _score(row)
        if score > best_score and targets & IDENTITY:
            best, best_score = i, score
    if best is None:
        return None
    headers = [_header_text(c) for c in head[best]]
    if best > 0 and _labels_above(head[best - 1], headers):
        joined = _join_two_rows([_header_text(c) for c in head[best - 1]], headers)
        if joined is not None:
            return best, joined
    if best + 1 < len(head):
        joined = _join_two_rows(headers, [_header_text(c) for c in head[best + 1]])
        if joined is not None:
            return best + 1, joined
    return best, headers


def _labels_above(above: Row, headers: list[str]) -> bool:
    """The row above the best header row is its upper half: a header of its own stands over
    a column the lower row leaves blank (是否重点项目, 招商负责人 merged over two rows), in a
    row of several labels (not a title or a 填报单位 line)."""
    texts = [_header_text(c) for c in above]
    if sum(1 for t in texts if t) < 3:
        return False
    return any(
        t and (i >= len(headers) or not headers[i]) and recognised(t) not in (None, S.READ_ONLY)
        for i, t in enumerate(texts)
    )


def _header_text(v: object) -> str:
    """A header cell as one line: a break inside a word of Chinese ("是否\n重点项目") joins
    without a space, other runs of spaces and breaks become one space."""
    return join_lines(_text(v))


def _join_two_rows(top: list[str], below: list[str]) -> list[str] | None:
    """A group header ("投资情况" over "计划投资" and "协议投资") gives one label per column;
    a unit the group states ("投资情况（亿元）") goes with the columns under it that state none."""
    # only cells under a blank or unrecognised top cell count: a data row right below a
    # complete header must not be taken for a second header row
    below_hits = [
        i
        for i, t in enumerate(below)
        if t and recognised(t) and (i >= len(top) or not top[i] or not recognised(top[i]))
    ]
    if len(below_hits) < 2:
        return None
    width = max(len(top), len(below))
    top = top + [""] * (width - len(top))
    below = below + [""] * (width - len(below))
    out, parent = [], ""
    for i in range(width):
        if top[i]:
            parent = top[i]
        child = below[i]
        if not child:
            out.append(top[i])
            continue
        if not top[i] or not recognised(top[i]) or recognised(child) or ignored(child):
            candidates = [child, parent + child, child + parent]
            label = next((c for c in candidates if recognised(c)), child)
            unit = split_unit(parent)[1] if parent else None
            if unit and split_unit(label)[1] is None:
                label = f"{label}（{'外币' if unit == FOREIGN else unit}）"
            out.append(label)
        else:
            out.append(top[i])
    return out


def _classify(cells: Row, mapped: set[int], header_keys: list[str]) -> Message | None:
    """Why a row below the header is not a data row, or None if it is one. Called for every
    row: numbers are never looked at as text, only the first cells can say 合计, and a data
    row is told by its first few filled cells (the rest are looked at only when needed)."""
    head = []  # the first filled cells, up to _HEAD_CELLS
    for i, c in enumerate(cells):
        if c is not None and (type(c) is not str or c.strip()):
            head.append((i, c))
            if len(head) == _HEAD_CELLS:
                break
    if not head:
        return BLANK
    for _i, c in head[:4]:
        if type(c) is str:
            if c.lstrip()[:1] in _TOTAL_START and _TOTAL.match(key(c)):
                return QT_TRANSLATE_NOOP("Import", "total row")
            if "计" in c[-4:] and len(c) <= 16 and _TOTAL_END.search(key(c)):
                return QT_TRANSLATE_NOOP("Import", "total row")
    first = head[0][1]
    if len(head) <= 2 and type(first) is str and _NOTE.match(first.strip()):
        return QT_TRANSLATE_NOOP("Import", "note")
    filled = None
    if not any(i in mapped for i, _c in head):
        filled = _filled(cells)
        if not any(i in mapped for i, _c in filled):
            return QT_TRANSLATE_NOOP("Import", "heading or note outside the table's columns")
    # a header printed again starts with a header's text: a data row is told at its first text
    # cell under a header, without comparing every cell
    looked = _header_again(head, header_keys)
    if looked is None and len(head) == _HEAD_CELLS:  # no text under a header yet: the rest
        filled = filled or _filled(cells)
        looked = _header_again(filled[_HEAD_CELLS:], header_keys)
    if not looked:
        return None
    filled = filled or _filled(cells)
    same = 0
    for i, c in filled:
        if (
            type(c) is str
            and i < len(header_keys)
            and header_keys[i]
            and c.strip()[:1] == header_keys[i][:1]  # a cheap first look
            and key(c) == header_keys[i]
        ):
            same += 1
    if same >= max(2, len(filled) // 2):
        return QT_TRANSLATE_NOOP("Import", "repeated header row")
    return None


_HEAD_CELLS = 6


def _header_again(cells: list[tuple[int, object]], header_keys: list[str]) -> bool | None:
    """Whether the first text cell under a header says that header (None: none there)."""
    for i, c in cells:
        if type(c) is str and i < len(header_keys) and header_keys[i]:
            return c.strip()[:1] == header_keys[i][:1] and key(c) == header_keys[i]
    return None


def _filled(cells: Row) -> list[tuple[int, object]]:
    return [
        (i, c) for i, c in enumerate(cells) if c is not None and (type(c) is not str or c.strip())
    ]


BLANK = QT_TRANSLATE_NOOP("Import", "empty row")
SECTION = QT_TRANSLATE_NOOP("Import", "section heading")


def _section(cells: Row) -> str | None:
    """The heading a row is when it is one short text alone (often merged across the table):
    numbered (一、互联网+, （二）生命健康) or the name of a field or a city. Returned without
    its numbering; a lone company name is data, not a heading."""
    texts: list[str] = []
    for c in cells:
        if c is None or (type(c) is str and not c.strip()):
            continue
        if len(texts) == 2 or type(c) is not str:
            return None
        texts.append(c.strip())
    if len(texts) == 2 and _NUMERAL.fullmatch(texts[0]):  # 一 | 互联网+ in two cells
        texts = texts[1:]
    if len(texts) != 1 or len(texts[0]) > 30:
        return None
    text = texts[0]
    m = _SECTION.match(text)
    if m:
        return text[m.end() :].strip() or None
    k = key(text)
    if k in S.FIELDS or k in S.CITIES or k in S.VALUES.get("city", {}):
        return text
    return None


#: a column that holds the unit of the amount left of it (an online form's 金额单位)
#: an amount written with its own unit (1.5亿, 800万元, 3000元)
_OWN_UNIT = re.compile(r"\d\s*(个)?\s*(千万|百万|十万|万|亿|千|元)")
_UNIT_HEADERS = {"单位", "金额单位", "投资单位", "计量单位", "币种", "货币单位", "unit", "currency"}


def _unit_columns(header_keys: list[str], columns: list[Column]) -> list[tuple[int, int]]:
    """(amount column, unit column) pairs: a unit column right of an amount column."""
    out = []
    for c in columns:
        spec = F.FIELDS_BY_NAME.get(c.target or "")
        right = c.index + 1
        if (
            spec is not None
            and spec.kind == F.AMOUNT
            and right < len(header_keys)
            and header_keys[right] in _UNIT_HEADERS
        ):
            out.append((c.index, right))
    return out


def _with_units(cells: Row, units: list[tuple[int, int]]) -> Row:
    """The row with each amount written with the unit its unit column gives (1.2 | 亿元 →
    "1.2亿元"), so the amount is read as a person reads it."""
    out = None
    for amount, unit in units:
        if unit >= len(cells) or cells[unit] is None or cells[amount] is None:
            continue
        if not isinstance(cells[amount], (int, float, str)) or isinstance(cells[amount], bool):
            continue
        value = cells[amount]
        if isinstance(value, str) and _OWN_UNIT.search(unicodedata.normalize("NFKC", value)):
            continue  # 1.5亿 | 亿元: the cell's own unit says it already
        out = out or list(cells)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        out[amount] = f"{value}{str(cells[unit]).strip()}"
    return tuple(out) if out is not None else cells


#: a row number → the (column, last row) of each merge that starts there
Starts = dict[int, list[tuple[int, int]]]
#: a row number → the (column, value) it takes from merges above it
Fills = dict[int, list[tuple[int, object]]]


def _merged_down(
    merges: Sequence[tuple[int, int, int, int]], header_rows: int
) -> tuple[Starts, Fills]:
    """The cells merged down over data rows: row number where a merge starts → [(column,
    last row)], and an empty list of values to fill per row (filled while reading)."""
    starts: Starts = {}
    for r1, c1, r2, _c2 in merges:
        if r2 > r1 and r1 + 1 > header_rows and c1 < guard.MAX_COLUMNS:
            starts.setdefault(r1 + 1, []).append((c1, r2 + 1))
    return starts, {}


def _fill(cells: Row, n: int, starts: Starts, fills: Fills) -> Row:
    """The row with the values of the cells merged down over it (and, if it starts a merge,
    its value noted for the rows below)."""
    for col, last in starts.get(n, ()):
        value = cells[col] if col < len(cells) else None
        if value is not None:
            for below in range(n + 1, last + 1):
                fills.setdefault(below, []).append((col, value))
    filled = fills.pop(n, None)
    if not filled:
        return cells
    out = list(cells)
    for col, value in filled:
        if col >= len(out):
            out.extend([None] * (col + 1 - len(out)))
        if out[col] is None:
            out[col] = value
    return tuple(out)


def _ditto(cells: Row, above: Row, columns: Sequence[int]) -> Row:
    """The row with each "same as above" cell (同上) of the imported ``columns`` given the
    value of the data row above in its column; one whose cell above is empty stays as
    written (and is read as text)."""
    out: list[object] | None = None
    width = len(cells)
    for i in columns:
        c = cells[i] if i < width else None
        if type(c) is not str or c[:1] not in DITTO_FIRST:  # most cells, without a call
            continue
        if is_ditto(c) and i < len(above) and above[i] is not None:
            out = out or list(cells)
            out[i] = above[i]
    return tuple(out) if out is not None else cells


def _no_header(name: str, sheet: str | None) -> UserError:
    if sheet:
        text = QT_TRANSLATE_NOOP(
            "Import",
            "No header row was recognised in sheet {sheet} of {name}: the first rows should "
            "name columns such as 企业名称, 项目名称, 计划投资额 or 当前阶段.",
        ).format(sheet=sheet, name=name)
    else:
        text = QT_TRANSLATE_NOOP(
            "Import",
            "No header row was recognised in {name}: the first rows of a sheet should name "
            "columns such as 企业名称, 项目名称, 计划投资额 or 当前阶段.",
        ).format(name=name)
    return guard.ImportFileError(text)


def _head(book: Book, sheet: str) -> list[Row]:
    out = []
    for row in book.rows(sheet):
        out.append(row)
        if len(out) >= HEAD_ROWS:
            break
    return out


def choose_sheet(book: Book, wanted: str | None) -> tuple[str, int, list[str]]:
    """(sheet, header index, headers) of the wanted sheet or of the best-recognised one."""
    name = book.path.name
    if not book.sheet_names:
        raise guard.ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{name} has no sheets.").format(name=name)
        )
    if wanted is not None:
        if wanted not in book.sheet_names:
            raise guard.ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import", "{name} has no sheet {sheet}; it has: {sheets}."
                ).format(name=name, sheet=wanted, sheets=", ".join(book.sheet_names))
            )
        found = find_header(_head(book, wanted))
        if found is None:
            raise _no_header(name, wanted)
        return wanted, *found
    best = None
    for sheet in book.sheet_names:
        head = _head(book, sheet)
        found = find_header(head)
        if found is None:
            continue
        # the best-recognised header; on a tie, not an instructions sheet (填表说明 with an
        # example table in front of the ledger), then the one with more rows below its header
        rank = (
            _score(found[1])[0],
            sheet not in book.hidden_sheets,
            not _INSTRUCTIONS.search(key(sheet)),
            len(head) - found[0],
        )
        if best is None or rank > best[0]:
            best = (rank, sheet, *found)
    if best is None:
        if all(not any(_text(c) for r in _head(book, s) for c in r) for s in book.sheet_names):
            raise guard.ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{name} is empty: it has no rows to import.").format(
                    name=name
                )
            )
        raise _no_header(name, None)
    return best[1], best[2], best[3]


def read_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """Open a ledger and read its table: header found, columns mapped, rows sorted out."""
    book = open_book(path)
    try:
        with paused_gc():
            return _read(book, sheet, progress, cancelled)
    finally:
        book.close()


def _read(
    book: Book, wanted: str | None, progress: Progress | None, cancelled: Cancelled | None
) -> Table:
    name = book.path.name
    sheet, header_index, headers = choose_sheet(book, wanted)
    estimate = book.estimated_rows(sheet) or 0
    if estimate > guard.MAX_ROWS + header_index + HEAD_ROWS:
        raise guard.too_many_rows(name, estimate)
    hidden_columns = book.hidden_columns(sheet)
    columns = auto_map(headers, hidden_columns)
    header_keys = [key(h) for h in headers]
    mapped = {c.index for c in columns if c.target and c.target != S.READ_ONLY}
    imported = sorted(mapped)
    table = Table(
        book.path,
        book.kind,
        sheet,
        list(book.sheet_names),
        header_index + 1,
        headers,
        columns,
        encoding=book.encoding,
        hidden_columns={i for i in hidden_columns if i < len(headers)},
    )
    units = _unit_columns(header_keys, columns)
    hidden_rows = book.hidden_rows(sheet)
    starts, fills = _merged_down(book.merged(sheet), header_index + 1)
    section = owner = None
    n = 0
    for n, cells in enumerate(book.rows(sheet), start=1):
        if n % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(n, max(estimate, n))
        if n <= header_index + 1:
            if n <= header_index and any(_text(c) for c in cells):
                table.preamble.append(" ".join(_text(c) for c in cells if _text(c)))
            continue
        if starts:
            cells = _fill(cells, n, starts, fills)
        if units:
            cells = _with_units(cells, units)
        reason, named = kind_of(cells, table.preamble)
        if reason is not None:  # a page footer, the title again, a total, an officer's block
            if named is not None:
                owner = named
            table.ignored.append(IgnoredRow(n, reason))
            continue
        heading = _section(cells)
        if heading is not None:
            section = heading
            table.ignored.append(IgnoredRow(n, SECTION))
            continue
        reason = _classify(cells, mapped, header_keys)
        if reason is BLANK:  # not a data row, and not worth a line in the preview
            continue
        if reason is not None:
            table.ignored.append(IgnoredRow(n, reason))
            continue
        if table.rows:
            cells = _ditto(cells, table.rows[-1].cells, imported)
        table.rows.append(DataRow(n, cells, section, owner))
        if n in hidden_rows:
            table.hidden_rows.append(n)
        if len(table.rows) > guard.MAX_ROWS:
            raise guard.too_many_rows(name, n)
    if progress is not None:
        progress(estimate or n, estimate or n)
    unit = table.stated_unit
    if unit is not None:  # for the amount columns whose header names no unit
        table.columns = [
            replace(c, unit=unit)
            if c.unit is None
            and c.target in F.FIELDS_BY_NAME
            and F.FIELDS_BY_NAME[c.target].kind == F.AMOUNT
            else c
            for c in table.columns
        ]
    return table

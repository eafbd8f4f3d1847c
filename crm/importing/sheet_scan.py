"""A look at a workbook's worksheet XML before any parser sees it: how far each sheet reaches,
and which rows and columns are hidden. Byte searches over the decompressed stream, no XML
parsing, so it costs a fraction of the read.

Why the reach matters: python-calamine (the fast reader) builds each sheet as one dense block
from its first to its last cell, so a single stray value at XFD1048576 asks for billions of
cells and the allocation aborts the whole process. A sheet whose cells could span more than
``MAX_DENSE_CELLS`` is read with openpyxl's streaming reader instead (slower, bounded memory).
The bounds are upper bounds, cheap to find in ordinary ledgers and exact when it matters.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

#: the most cells a sheet may span (from its first to its last cell) to be read in one block
#: by python-calamine: 20 million cells are about 640 MB while being read
MAX_DENSE_CELLS = 20_000_000
CHUNK = 1 << 20

_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?worksheet[\s>]")
#: a cell reference in a column past Z (AA…XFD): rare in ledgers, so cheap to look for
_WIDE = re.compile(rb'\sr="([A-Z]{2,3})\d')
#: a reference (cell or row) at row 100,000 or beyond
_FAR = re.compile(rb'\sr="[A-Z]{0,3}(\d{6,})"')
#: either of the two, whatever comes before r= (so also an attribute merely ending in r, which
#: costs only the careful search): a literal start the regular expression engine finds with
#: a fast search, several times faster than the two patterns above, which start with \s
_SPECIAL = re.compile(rb'r="(?:[A-Z]{2,3}\d|[A-Z]{0,3}\d{6,}")')
_ANY_REF = re.compile(rb'\sr="([A-Z]{0,3})(\d+)"')
_HIDDEN = re.compile(rb'hidden="(?:1|true)"')
_R = re.compile(rb'\sr="(\d+)"')
_MIN, _MAX = re.compile(rb'\smin="(\d+)"'), re.compile(rb'\smax="(\d+)"')
_DOCTYPE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass
class SheetShape:
    """What the scan found in one worksheet part."""

    rows: int = 0  # row elements
    cells: int = 0  # cell elements
    cells_placed: int = 0  # cell elements with their own reference (r="B7")
    widest: int = 26  # the last column a reference names (at least Z: one letter is not looked at)
    #: the last row a reference names when one is at row 100,000 or beyond, else None (below)
    farthest: int | None = None
    #: the root element was not found: nothing can be said of the sheet's reach
    unknown: bool = False
    hidden_rows: set[int] = field(default_factory=set)  # 1-based
    hidden_columns: set[int] = field(default_factory=set)  # 0-based

    def dense_cells(self) -> int:
        """An upper bound of the cells a dense read of the sheet allocates."""
        if self.unknown:
            return 1 << 62
        # cells without a reference are placed one after another: a row may be that long
        width = self.widest if self.cells == self.cells_placed else max(self.widest, self.cells)
        return max(self.farthest or 99_999, self.rows) * width


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def has_doctype(z: zipfile.ZipFile, name: str) -> bool:
    """A DTD in an XML part (only the prolog can hold one). OOXML never has one; a file with
    one is an entity-expansion or external-entity attack."""
    with z.open(name) as fh:
        head = fh.read(4096)
    return bool(_DOCTYPE.search(head))


def _parts(z: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """The decompressed part in pieces that end after a whole tag."""
    tail = b""
    with z.open(name) as fh:
        while chunk := fh.read(CHUNK):
            data = tail + chunk
            end = data.rfind(b">") + 1
            if end == 0 and len(data) < 4 * CHUNK:
                tail = data
                continue
            if end == 0:  # megabytes without a tag end: no XML of a sheet, scanned as it is
                end = len(data)
            yield data[:end]
            tail = data[end:]
    if tail:
        yield tail


def scan_sheet(
    z: zipfile.ZipFile, name: str, limit: int, too_many: Callable[[int], object]
) -> SheetShape:
    """The shape of worksheet part ``name``; ``too_many(rows)`` raises as soon as it has more
    than ``limit`` row elements."""
    shape = SheetShape()
    prefix = None
    for part in _parts(z, name):
        if prefix is None:
            m = _ROOT.search(part)
            prefix = (m.group(1) or b"") if m else b""
            shape.unknown = m is None
        _scan_part(shape, part, prefix)
        if shape.rows > limit:
            too_many(shape.rows)
    return shape


def _scan_part(shape: SheetShape, part: bytes, prefix: bytes) -> None:
    cell = b"<" + prefix + b"c"
    rows_re, unplaced_re = _tag_patterns(prefix)
    shape.rows += len(rows_re.findall(part))
    cells = part.count(cell + b" ")
    if unplaced_re.search(part) is None:  # every cell has its reference first: one count
        shape.cells += cells
        shape.cells_placed += cells
    else:
        shape.cells += cells + part.count(cell + b">") + part.count(cell + b"/>")
        shape.cells_placed += part.count(cell + b' r="')
    # one fast search (a literal start) says whether any reference is past Z or at row
    # 100,000: only then are the references looked at, the careful way
    if _SPECIAL.search(part) is not None:
        wide = _WIDE.findall(part)
        if wide:
            shape.widest = max(shape.widest, *map(column_number, set(wide)))
        far = _FAR.findall(part)
        if far:
            shape.farthest = max(shape.farthest or 0, *map(int, set(far)))
    if b"hidden=" in part:
        _hidden(shape, part, prefix)


@lru_cache(maxsize=8)
def _tag_patterns(prefix: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """(a row element's start, a cell element whose reference is not its first attribute)."""
    p = re.escape(prefix)
    return re.compile(b"<" + p + rb"row[\s>/]"), re.compile(b"<" + p + rb'c(?! r=")[\s>/]')


def _hidden(shape: SheetShape, part: bytes, prefix: bytes) -> None:
    for m in re.finditer(rb"<" + re.escape(prefix) + rb"(row|col)\s[^>]*>", part):
        tag = m.group(0)
        if not _HIDDEN.search(tag):
            continue
        if m.group(1) == b"row":
            r = _R.search(tag)
            if r:
                shape.hidden_rows.add(int(r.group(1)))
        else:
            lo, hi = _MIN.search(tag), _MAX.search(tag)
            if lo and hi:
                first, last = int(lo.group(1)), min(int(hi.group(1)), 16384)
                shape.hidden_columns.update(range(first - 1, min(last, first + 1024)))


def exact_reach(z: zipfile.ZipFile, name: str) -> int:
    """The cells a dense read of the part allocates, from every reference in it: the exact
    look, for a sheet whose cheap bound is past MAX_DENSE_CELLS."""
    rows = cols = 0
    for part in _parts(z, name):
        found = _ANY_REF.findall(part)
        if found:
            rows = max(rows, *(int(b) for b in {b for _a, b in found}))
            letters = {a for a, _b in found if a}
            if letters:
                cols = max(cols, *map(column_number, letters))
    return rows * max(cols, 1)


_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its worksheet part (xl/worksheets/sheet1.xml), from the workbook and its
    relationships; {} if they cannot be read (the shapes are then unknown)."""
    from defusedxml import ElementTree  # late: only for a sheet's relationships

    try:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # damaged or unusual: the reader decides what it can read
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    out = {}
    for el in book.iter():
        if el.tag.endswith("}sheet") and el.get("name") is not None:
            part = targets.get(el.get(_REL_NS))
            if part:
                out[el.get("name")] = part
    return out


__all__ = [
    "SheetShape",
    "scan_sheet",
    "exact_reach",
    "has_doctype",
    "sheet_parts",
    "MAX_DENSE_CELLS",
]

"""Numbers whose number format shows their unit: 1.2 formatted ``0.0"亿元"`` is shown '1.2亿元',
5000 formatted ``#,##0"万元"`` '5000万元'. A person reads the unit the cell shows, so the import
reads such a number as the text it is shown as (crm.importing.cell_words.amount then reads
'1.2亿元' as it reads the typed text: the cell's unit beats the column's, a foreign currency or
a unit that is no amount's is flagged, never guessed).

The fast reader (python-calamine) gives values without their formats. Formats matter only
where a workbook defines one that shows words: the custom number formats of xl/styles.xml are
read with the workbook (a few hundred bytes), and only when one shows words are the cells
that use it found in the sheet's XML (their style index, ``s="5"``). A .xls gives each cell's
format through xlrd's formatting records.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

#: an element of a format: a quoted literal, an escaped character, a [colour] / [$sym-804],
#: a padding instruction (_) or *-: its character is no text), any other character
_TOKEN = re.compile(r'"([^"]*)"|\\(.)|\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]|\[[^\]]*\]|[_*].|(.)', re.S)
#: the placeholders of a number (and the marks that go with them)
_DIGITS = set("0#?.,%E+-")
#: the letters of a date or time format (outside quotes): such a format shows a date
_DATE_LETTERS = set("yYmMdDhHsSeEbBgG")
#: signs of RMB that say nothing of scale (¥ 5,000 in a 万元 column is still 万元)
_RMB_SIGNS = {"¥", "￥", "CNY", "RMB"}
_NUMFMT = re.compile(rb'<(?:\w+:)?numFmt\s[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"')
_CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_STYLE = re.compile(rb'\bs="(\d+)"')


class ShownNumber(float):
    """A number and the words its format shows around it (shown as ``prefix`` + number +
    ``suffix``; ``scale`` is what a format's trailing commas divide it by)."""

    prefix: str
    suffix: str
    scale: float

    def __new__(cls, value: float, prefix: str, suffix: str, scale: float = 1.0) -> ShownNumber:
        self = super().__new__(cls, value)
        self.prefix, self.suffix, self.scale = prefix, suffix, scale
        return self

    def shown(self) -> str:
        """The cell as a person sees it, without its thousands separators: '1.2亿元'."""
        number = float(self) / self.scale
        text = str(int(number)) if number.is_integer() else repr(number)
        return f"{self.prefix}{text}{self.suffix}"


#: (prefix, suffix, scale) of a format that shows words
Words = tuple[str, str, float]


def words_of(code: str) -> Words | None:
    """The words a number format shows around a positive number, or None for a format that
    shows none (General, 0.00, #,##0), a date's or a text's format."""
    section = _first_section(code)
    prefix: list[str] = []
    suffix: list[str] = []
    seen_digit = False
    trailing_commas = 0
    for m in _TOKEN.finditer(section):
        quoted, escaped, currency, plain = m.groups()
        literal = quoted if quoted is not None else escaped if escaped is not None else currency
        if literal is None and plain is not None:
            if plain in _DATE_LETTERS or plain == "@":
                return None
            if plain in _DIGITS:
                if plain == "," and seen_digit:
                    trailing_commas += 1
                elif plain in "0#?":
                    seen_digit, trailing_commas = True, 0
                continue
            literal = plain
        if literal:
            (suffix if seen_digit else prefix).append(literal)
    before, after = "".join(prefix).strip(), "".join(suffix).strip()
    if not seen_digit or not (before or after) or {before, after} <= _RMB_SIGNS | {""}:
        return None
    if before in _RMB_SIGNS:
        before = ""
    return before, after, 1000.0**trailing_commas


def _first_section(code: str) -> str:
    """The section of a format for positive numbers (``pos;neg;zero;text``)."""
    depth = False
    for i, ch in enumerate(code):
        if ch == '"':
            depth = not depth
        elif ch == ";" and not depth:
            return code[:i]
    return code


def xlsx_styles(styles_xml: bytes) -> dict[int, Words]:
    """cell style index (the ``s`` of a cell) → the words its number format shows; empty when
    no custom format of the workbook shows words (the usual case: nothing more is read)."""
    showing = {
        int(i): w
        for i, code in _NUMFMT.findall(styles_xml)
        if (w := words_of(html.unescape(code.decode("utf-8", "replace")))) is not None
    }
    if not showing:
        return {}
    from defusedxml import ElementTree  # late: only for a workbook that needs it

    root = ElementTree.fromstring(styles_xml)
    out: dict[int, Words] = {}
    xfs = next((e for e in root if e.tag.endswith("cellXfs")), None)
    for index, xf in enumerate(xfs if xfs is not None else ()):
        words = showing.get(int(xf.get("numFmtId") or 0))
        if words is not None:
            out[index] = words
    return out


def xlsx_cells(sheet_xml: bytes, styles: Mapping[int, Words]) -> dict[tuple[int, int], Words]:
    """(row, column), 0-based → the words shown, for the cells of a sheet whose style shows
    words."""
    wanted = {str(s).encode() for s in styles}
    out: dict[tuple[int, int], Words] = {}
    for m in _CELL.finditer(sheet_xml):
        attrs = m.group(1)
        style = _STYLE.search(attrs)
        if style is None or style.group(1) not in wanted:
            continue
        ref = _REF.search(attrs)
        if ref is None:
            continue
        out[(int(ref.group(2)) - 1, _column(ref.group(1)))] = styles[int(style.group(1))]
    return out


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def shown(value: object, words: Words | None) -> object:
    """The value as the import reads it: a number with the words of its format, else as is."""
    if words is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return ShownNumber(float(value), *words)


__all__ = ["ShownNumber", "Words", "words_of", "xlsx_styles", "xlsx_cells", "shown"]

"""One ledger row → typed values, with the reason and the column for every cell that is wrong.

The store's own parsers do the work (amounts with the column's unit, dates including Excel
serials, credit codes, numbers, yes/no); reference columns go through crm.reference first and
then the synonym tables (在谈 → 洽谈, 生物医药 → 生命健康 / 生物医药, 紫金港 → 紫金港科技城).
The values come out in the form crm.leads.validation.clean_lead accepts as already clean.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from crm import fields as F
from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing import synonyms as S
from crm.importing.cell_words import SHORT_NAME, amount, company_name, short_name
from crm.importing.cells import as_text
from crm.importing.headers import FOREIGN, Column, key
from crm.importing.latin_places import LatinPlaces
from crm.importing.ledger_dates import LedgerYear, partial_date
from crm.importing.number_formats import ShownNumber
from crm.importing.officers import display_form, find_person, handed_over, is_a_name, names_in
from crm.importing.progress import stage_and_day
from crm.importing.review import Kept, Unflagged, wrong_check_character
from crm.importing.written_dates import written_date
from crm.reference import RefEntry, ReferenceData
from crm.values.credit_code import parse_credit_code
from crm.values.dates import parse_date
from crm.values.text import parse_bool, parse_int, parse_number

#: cells that mean "nothing here" in a ledger
EMPTY = {"", "-", "--", "—", "——", "/", "－", "无", "暂无", "n/a", "na", "null", "#n/a", "不详"}
#: cells that say "not known yet" (待定: to be decided; 面议: to be negotiated): the field stays
#: empty and the lead is flagged for review, the word kept in its notes
PLACEHOLDERS = {"待定", "未定", "待确认", "待核实", "tbd", "面议", "待议", "待商议", "暂定"}
#: marks ledgers tick a yes/no column with
MARKS = {"★", "☆", "√", "✓", "✔", "●", "○", "◆", "▲", "*", "＊", "☑", "✅"}
_SERIAL = re.compile(r"^\d{5}(\.\d+)?$")
IMPLIED_SUBFIELD = "_subfield"
#: a cell whose words also go into the notes (a progress text, an owner who is no user)
NOTE = "_note"
#: the cells whose value was not taken (crm.importing.review.Kept), for the notes and the flag
KEPT = "_kept"
#: the owner a row names who is not a user of the CRM (or no longer an active one)
UNKNOWN_OWNER = "_unknown_owner"
INACTIVE_OWNER = "_inactive_owner"
#: the owner a row names who has no account: a person the import can create
NEW_OFFICER = "_new_officer"
OWNER_TEXT = "_owner_text"
#: the day a progress log's line names for the stage it reads (a stage date column wins)
STAGE_DAY = "_stage_day"
#: a date read from less than a full date (crm.importing.ledger_dates): noted, maybe flagged
PARTIAL = "_partial"
#: targets whose parsing is worth remembering per distinct cell value
_MEMO = {f.name for f in F.LEAD_FIELDS if f.kind not in (F.TEXT, F.LONGTEXT, F.CREDIT_CODE)} | {
    S.SIGNED_ON,
    S.LANDED_ON,
}
_SUFFIXES = ("阶段", "中", "项目", "领域", "产业", "行业", "类")
#: what separates a field from its sub-field in one cell
_PARTS = re.compile(r"[/／\\|、,，;；\-—–()（）\[\]【】>＞]+")
#: targets a column that lost them to a better one still gives where that one's cell is empty:
#: the landing street (落地街道) names the city where 所属科技城 is left blank
STAND_IN = ("city",)
#: date fields that look forward from the day the ledger is kept (crm.importing.ledger_dates)
AHEAD = ("next_followup", "on_hold_until")


@dataclass(frozen=True)
class CellProblem:
    """A cell the importer cannot read: which column, which field, why."""

    column: int  # 0-based column index
    header: str
    field: str
    message: Message

    def render(self, lang: str | None = None) -> str:
        return (
            QT_TRANSLATE_NOOP("Import", "{header}: {problem}")
            .format(header=self.header or F.label(self.field), problem=self.message)
            .render(lang)
        )


def is_empty(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return len(raw) <= 12 and _empty_text(raw)
    return False


@lru_cache(maxsize=4096)
def _empty_text(text: str) -> bool:
    text = text.strip()
    return not text or (len(text) <= 6 and key(text) in EMPTY)


#: a field column's reading: (the field, the sub-field), either None where not named
FieldPair = tuple[RefEntry | None, RefEntry | None]
#: a cell parsed: input name → typed value, or what is wrong with it
Parsed = dict[str, Any] | ParseError
#: a row's cells as a reader gives them
Cells = tuple[Any, ...]

_Code = TypeVar("_Code")


def _longest_word(k: str, table: Mapping[str, _Code]) -> _Code | None:
    """The code of the longest name of ``table`` that ``k`` holds, not after 未/没/不 (nor
    预计…: not yet that stage); None if none, or two different ones are equally long."""
    best: _Code | None = None
    size, tie = 0, False
    for name, code in table.items():
        at = k.find(name)
        # 未签约, 待注册, 拟落地, 预计签约: not (yet) that stage
        if len(name) < 2 or at < 0 or (at > 0 and k[at - 1] in "未没不待拟"):
            continue
        if at > 1 and k[at - 2 : at] in ("预计", "计划", "争取", "尚未", "有望"):
            continue
        if len(name) > size:
            best, size, tie = code, len(name), False
        elif len(name) == size and code != best:
            tie = True
    return None if tie else best


class Resolver:
    """Reference values as ledgers write them → reference ids (stage → code)."""

    def __init__(self, ref: ReferenceData):
        self.ref = ref
        #: (column, raw cell) → parsed values or the ParseError: ledgers repeat their
        #: categories, dates and yes/no thousands of times
        self.memo: dict[tuple[int, type, object], Parsed] = {}
        self._active: tuple[list[Column], list[tuple[Column, str, bool]], list[Column]] | None = (
            None
        )
        #: the year of the ledger's dates written without one (None: such dates are refused)
        self.year: LedgerYear | None = None
        self._latin: LatinPlaces | None = None

    def active(self, columns: list[Column]) -> list[tuple[Column, str, bool]]:
        """The mapped columns as (column, target, worth remembering), worked out once."""
        if self._active is None or self._active[0] is not columns:
            self.memo.clear()
            cols = [
                (c, c.target, c.target in _MEMO)
                for c in columns
                if c.target is not None and c.target != S.READ_ONLY
            ]
            stand_ins = [
                c for c in columns if c.target is None and c.lost_to and c.lost_to[0] in STAND_IN
            ]
            self._active = (columns, cols, stand_ins)
        return self._active[1]

    def stand_ins(self, columns: list[Column]) -> list[Column]:
        """Columns that read as a STAND_IN target but lost it to a better one."""
        self.active(columns)
        assert self._active is not None
        return self._active[2]

    def _by_code(self, kind: str, code: str | None) -> RefEntry | None:
        return self.ref.by_code(kind, code) if code else None

    def value(self, kind: str, raw: Any) -> RefEntry | None:
        """The RefEntry for ``raw`` or None."""
        item = self.ref.resolve(kind, raw if isinstance(raw, int) else as_text(raw).strip())
        if item is not None:
            return item
        k = key(raw)
        table = S.VALUES.get(kind, {})
        for candidate in (
            k,
            *(k[: -len(s)] for s in _SUFFIXES if k.endswith(s) and len(k) > len(s)),
        ):
            code = table.get(candidate)
            if code:
                return self._by_code(kind, code)
            item = self.ref.resolve(kind, candidate)
            if item is not None:
                return item
        if kind == "city":  # "紫金港科技城管委会", "杭州市余杭区未来科技城"
            hits = {code for name, code in S.CITIES.items() if len(name) >= 2 and name in k}
            if len(hits) == 1:
                return self._by_code(kind, hits.pop())
            if k.isascii():  # Zijingang, Qingshan Lake, Haichuang Park
                return self._by_code(kind, self._latin_places().city(as_text(raw)))
        return None

    def _latin_places(self) -> LatinPlaces:
        if self._latin is None:
            cities = [(c.code, c.name_zh, c.name_en) for c in self.ref.kind("city")]
            self._latin = LatinPlaces(cities, S.CITIES.items())
        return self._latin

    def field(self, raw: Any) -> FieldPair:
        """(field entry, subfield entry or None) for a field column, which may name either."""
        item = self.value("field", raw)
        if item is not None:
            return item, None
        sub = self.value("subfield", raw)
        if sub is not None:
            return self.ref.get(sub.parent_id), sub
        k = key(raw)
        for candidate in (
            k,
            *(k[: -len(s)] for s in _SUFFIXES if k.endswith(s) and len(k) > len(s)),
        ):
            hit = S.FIELDS.get(candidate)
            if hit:
                return self._by_code("field", hit[0]), self._by_code("subfield", hit[1])
        return self._field_in_parts(raw)

    def _field_in_parts(self, raw: Any) -> FieldPair:
        """A cell naming a field and its sub-field together (生命健康/医疗器械, 数字经济-集成电路,
        生命健康（生物医药）): the field all its known parts agree on, with the sub-field the
        parts name within it; (None, None) if the parts disagree or none is known."""
        parts = [p for p in _PARTS.split(unicodedata.normalize("NFKC", as_text(raw))) if p.strip()]
        if len(parts) < 2:
            return None, None
        fields: set[int] = set()
        subs: list[RefEntry] = []
        for part in parts:
            item, sub = self.field(part)
            if item is not None:
                fields.add(item.id)
                if sub is not None:
                    subs.append(sub)
        if len(fields) != 1:
            return None, None
        field = self.ref.get(fields.pop())
        if field is None:  # cannot be: the id is one of ref's own
            return None, None
        subs = [s for s in subs if s.parent_id == field.id]
        return field, subs[0] if len({s.id for s in subs}) == 1 else None

    def contained_field(self, raw: Any) -> FieldPair | None:
        """For free text (一个生物医药产业园项目): the (field, sub-field) the longest known word
        in it names; None if none or two different ones are equally long, or the word follows
        未/没/不."""
        codes = _longest_word(key(raw), S.FIELDS)
        if codes is None:
            return None
        return self._by_code("field", codes[0]), self._by_code("subfield", codes[1])

    def subfield(self, raw: Any) -> RefEntry | None:
        sub = self.value("subfield", raw)
        if sub is not None:
            return sub
        hit = S.FIELDS.get(key(raw))
        return self._by_code("subfield", hit[1]) if hit and hit[1] else None


def _unknown(raw: Any) -> ParseError:
    return ParseError(
        QT_TRANSLATE_NOOP("Parse", "'{text}' is not a known value").format(text=as_text(raw)[:40])
    )


def parse_cell(target: str, raw: Any, column: Column, res: Resolver) -> dict[str, Any]:
    """target → typed value(s) for one non-empty cell; ParseError says what is wrong."""
    if target == S.ID:
        try:
            return {S.ID: int(float(as_text(raw)))}
        except ValueError:
            raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a whole number")) from None
    if target in (S.SIGNED_ON, S.LANDED_ON):
        return _dated(target, raw, res)
    if target in S.CONTACT_TARGETS:  # full-width digits and signs as the half-width they are
        return {target: unicodedata.normalize("NFKC", as_text(raw)).strip()}
    spec = F.FIELDS_BY_NAME[target]
    kind = spec.kind
    if kind == F.TEXT:  # a name: padding around it is no part of it
        text = as_text(raw).strip()
        if target != "company_name":
            return {target: text}
        name, former = company_name(text)
        if former:  # 杭州光舟云计算科技有限公司（原光舟网络科技）, …（筹）, …（English name）:
            # the name as written goes to the notes
            return {target: name, NOTE: text}
        if short_name(name):
            # 普瀚生物科技: a short name, kept as written; the company's identity is its
            # registered name (or its code), so a person completes it
            return {target: name, PARTIAL: (SHORT_NAME, True)}
        return {target: name}
    if kind == F.LONGTEXT:
        return {target: as_text(raw)}
    if kind == F.AMOUNT:
        if column.unit == FOREIGN:
            raise ParseError(
                QT_TRANSLATE_NOOP(
                    "Parse",
                    "the column's header names a currency other than RMB; convert its amounts "
                    "to 万元 first",
                )
            )
        value, remark = amount(raw, column.unit or "万元")
        return {target: value, NOTE: remark} if remark else {target: value}
    if kind == F.INT:
        return {target: parse_int(raw)}
    if kind == F.NUMBER:
        return {target: parse_number(raw)}
    if kind == F.DATE:
        return _dated(target, raw, res)
    if kind == F.BOOL:
        if type(raw) is str and raw.strip() in MARKS:  # a ledger ticks a box with a mark
            return {target: True}
        return {target: parse_bool(raw)}
    if kind == F.CREDIT_CODE:
        return {target: parse_credit_code(as_text(raw))}
    if kind == F.USER:
        return _owner(target, as_text(raw).strip(), res)
    if target == "field":
        item, sub = res.field(raw)
        if item is None:
            found = res.contained_field(raw) if len(key(raw)) > 2 else None
            item, sub = found or (None, None)
            if item is None:
                raise _unknown(raw)
        return {"field": item.id, IMPLIED_SUBFIELD: sub.id} if sub else {"field": item.id}
    if target == "subfield":
        sub = res.subfield(raw)
        if sub is not None:
            return {"subfield": sub.id}
        item, sub = res.field(raw)  # a sub-field column naming a whole field (数字经济)
        if item is None:
            raise _unknown(raw)
        return {"field": item.id, IMPLIED_SUBFIELD: sub.id} if sub else {"field": item.id}
    if spec.ref_kind is None:
        raise ValueError(f"reference field {spec.name} names no reference list")
    item = res.value(spec.ref_kind, raw)
    if item is None and spec.ref_kind == "stage" and len(key(raw)) > 2:
        # a progress column in words (crm.importing.progress): keep the words too
        code, day = stage_and_day(as_text(raw))
        item = res._by_code("stage", code)
        if item is not None:
            out = {target: item.code, NOTE: as_text(raw).strip()}
            if day is not None:  # the log line's stamp: the day the stage was reached
                try:
                    dated = _dated("stage_date", day, res)
                except ParseError:
                    dated = {}
                if "stage_date" in dated:
                    out[STAGE_DAY] = dated["stage_date"]
            return out
    if item is None:
        raise _unknown(raw)
    return {target: item.code if spec.ref_kind == "stage" else item.id}


def _owner(target: str, text: str, res: Resolver) -> dict[str, Any]:
    """The officer a cell names (crm.importing.officers): a person of the store, else a name
    the import may make a person of; the whole cell goes to the notes when it names more
    than one, or no one who can have the lead."""
    names = names_in(text) or [text]
    user = find_person(res.ref, names[0])
    noted = len(names) > 1 or handed_over(text) is not None  # the others, who had it before
    if user is not None and user.active:
        return {target: user.id, NOTE: text} if noted else {target: user.id}
    out: dict[str, Any] = {UNKNOWN_OWNER: display_form(names[0])[:64], NOTE: text}
    if user is not None:
        out[INACTIVE_OWNER] = True
    elif is_a_name(names[0]):
        # the import may make this person the owner: the cell goes to the notes only if it
        # is not (crm.importing.updates.creation_data) or names others too
        out[NEW_OFFICER] = display_form(names[0])[:64]
        out[OWNER_TEXT] = None if noted else out.pop(NOTE)
    return out


def owner_named(values: dict[str, Any], text: str, res: Resolver) -> None:
    """The officer a row's block or its ledger's title names, for a row that names none."""
    if "owner" in values or UNKNOWN_OWNER in values:
        return
    found = _owner("owner", text.strip(), res)
    note = found.pop(NOTE, None)
    values.update(found)
    if note and note != found.get(OWNER_TEXT):
        values["notes"] = f"{values['notes']}\n{note}" if values.get("notes") else note


def _dated(target: str, raw: Any, res: Resolver) -> dict[str, Any]:
    """A date cell; one in English or day/month order read as written (written_dates), one
    without its year or day as the ledger means it (ledger_dates)."""
    try:
        return {target: _date(raw)}
    except ParseError:
        written = written_date(raw) if isinstance(raw, str) else None
        if written is not None:
            return {target: written}
        if res.year is None or not isinstance(raw, (str, float)):
            raise
        part = partial_date(as_text(raw), res.year, ahead=target in AHEAD)
        if part is None:
            raise
        guessed = part.guessed
        if isinstance(raw, float) and len(as_text(raw).partition(".")[2]) == 1:
            guessed = True  # the number 4.1 is 4.1 or 4.10 typed into a number cell
        return {target: part.value, PARTIAL: (part.note, guessed)}


def _date(raw: Any) -> date | None:
    if isinstance(raw, str):
        text = unicodedata.normalize("NFKC", raw).strip()
        if _SERIAL.match(text):
            raw = float(text)
    return parse_date(raw, excel_serial=True)


#: the memo's mark for a cell that is empty (compared by identity, never read)
_EMPTY: dict[str, Any] = {}


def _parsed(target: str, raw: Any, col: Column, res: Resolver) -> dict[str, Any] | ParseError:
    if type(raw) is str and len(raw) <= 8 and key(raw) in PLACEHOLDERS:
        return Unflagged(QT_TRANSLATE_NOOP("Parse", "not known yet"))
    try:
        return parse_cell(target, raw, col, res)
    except ParseError as exc:
        return exc


def owner_not_taken(values: dict[str, Any], then: Message) -> Message:
    """Why the owner a row names cannot have the lead, followed by ``then``."""
    name = values[UNKNOWN_OWNER]
    if values.get(INACTIVE_OWNER):
        why = QT_TRANSLATE_NOOP("Import", "'{name}' is no longer an active user").format(name=name)
    else:
        why = QT_TRANSLATE_NOOP("Import", "'{name}' is not a user of the CRM").format(name=name)
    return QT_TRANSLATE_NOOP("Import", "{why}: {then}").format(why=why, then=then)


def from_section(values: dict[str, Any], section: str, res: Resolver) -> None:
    """A row under a section heading (一、生命健康, 二、未来科技城) that names no field (or
    city) of its own is of the field (or city) the heading names, as a person reads it."""
    if "field" not in values:
        item, sub = res.field(section)
        if item is None and len(key(section)) > 2:
            item, sub = res.contained_field(section) or (None, None)
        if item is not None:
            values["field"] = item.id
            if sub is not None:
                values.setdefault("subfield", sub.id)
            return
    if "city" not in values:
        city = res.value("city", section)
        if city is not None:
            values["city"] = city.id


def _city_stand_in(
    cells: Cells, columns: list[Column], res: Resolver, values: dict[str, Any]
) -> None:
    for col in res.stand_ins(columns):
        raw = cells[col.index] if col.index < len(cells) else None
        if not is_empty(raw):
            city = res.value("city", raw)
            if city is not None:
                values["city"] = city.id
                return


def normalise_row(
    cells: Cells, columns: list[Column], res: Resolver
) -> tuple[dict[str, Any], list[CellProblem]]:
    """Typed values of the mapped, non-empty cells of one row, and the problems found."""
    values: dict[str, Any] = {}
    problems: list[CellProblem] = []
    kept: list[Kept] = []
    #: (header, text, whether the column is a notes column of its own)
    notes: list[tuple[str, str, bool]] = []
    stage_day = None
    width = len(cells)
    memo = res.memo
    for col, target, remembered in res.active(columns):
        raw = cells[col.index] if col.index < width else None
        if raw is None:
            continue
        if remembered:  # the same cell value was seen before in this column
            # 1.0 shown '1.0亿元' and 1.0 shown '1.0万元' are equal floats, not one cell
            memo_key = (col.index, type(raw), raw.shown() if type(raw) is ShownNumber else raw)
            parsed = memo.get(memo_key)
            if parsed is None:
                parsed = _EMPTY if is_empty(raw) else _parsed(target, raw, col, res)
                memo[memo_key] = parsed
            if parsed is _EMPTY:
                continue
        elif is_empty(raw):
            continue
        elif target in S.MULTI:  # a notes column (not one that lost its field to another)
            notes.append((col.header, as_text(raw).strip(), col.lost_to is None))
            continue
        else:
            parsed = _parsed(target, raw, col, res)
        if isinstance(parsed, ParseError):
            if target == "credit_code" and wrong_check_character(as_text(raw)):
                problems.append(CellProblem(col.index, col.header, target, parsed.message))
            else:  # kept out, in the notes, and the lead flagged (crm.importing.review)
                quiet = isinstance(parsed, Unflagged)
                kept.append(
                    Kept(col.index, col.header, target, parsed.message, as_text(raw), not quiet)
                )
            continue
        for name, value in parsed.items():
            if name == NOTE:
                notes.append((col.header, value, False))
            elif name == STAGE_DAY:
                stage_day = value
            elif name == PARTIAL:
                note, flag = value
                kept.append(
                    Kept(col.index, col.header, target, note, as_text(raw), flag, taken=True)
                )
            elif value is not None:
                values.setdefault(name, value)
    if stage_day is not None:
        values.setdefault("stage_date", stage_day)
    if "city" not in values:
        _city_stand_in(cells, columns, res, values)
    if kept:
        values[KEPT] = kept
    implied = values.pop(IMPLIED_SUBFIELD, None)
    if implied is not None:  # an explicit sub-field column wins over one the field implies
        values.setdefault("subfield", implied)
    if notes:
        # a notes column alone is the notes; anything else is labelled with its header
        alone = len(notes) == 1 and notes[0][2]
        values["notes"] = (
            notes[0][1] if alone else "\n".join(f"{h}：{t}" for h, t, _n in notes if t)
        )
    return values, problems

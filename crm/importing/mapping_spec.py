"""A mapping said in words, as the command line takes it: ``项目状态=stage``, ``对接人=owner``,
``备注2=-``. The column by its header (as written, or once normalised) or its letter (H); the
field by its name or its label in either language (阶段, Stage); ``-`` or ``none`` for "not
imported". A mapping can also be kept for the layout, as the wizard keeps a corrected one."""

from __future__ import annotations

from openpyxl.utils import column_index_from_string, get_column_letter

from crm.accounts.users import Actor
from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import EN, QT_TRANSLATE_NOOP, ZH
from crm.importing.header_match import match
from crm.importing.headers import MANUAL, Column, all_targets, key, split_unit, target_label
from crm.importing.layouts import remember
from crm.importing.table import Table
from crm.importing.vocabulary import MULTI

NOT_IMPORTED = ("-", "none", "无", "不导入")


def letter(index: int) -> str:
    """The column's letter as Excel shows it (0 → A)."""
    return get_column_letter(index + 1)


def field_of(text: str) -> str | None:
    """The target a word names: a field name, or a field's label in Chinese or English."""
    wanted = key(text)
    if wanted in (key(n) for n in NOT_IMPORTED):
        return None
    for target in all_targets():
        names = {key(target)} | {
            split_unit(target_label(target).render(lang))[0] for lang in (ZH, EN)
        }
        if wanted in names:
            return target
    found = match(text).target
    if found is not None:
        return found
    raise UserError(
        QT_TRANSLATE_NOOP("Import", "'{text}' is not a field; name one of: {fields}").format(
            text=text, fields=", ".join(all_targets())
        )
    )


def _column(table: Table, columns: list[Column], text: str) -> int:
    text = text.strip()
    for c in columns:
        if c.header.strip() == text:
            return c.index
    for c in columns:
        if key(c.header) == key(text) and key(text):
            return c.index
    if text.isascii() and text.isalpha() and len(text) <= 3:
        index = column_index_from_string(text.upper()) - 1
        if any(c.index == index for c in columns):
            return index
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Import", "{file} has no column '{header}'; its columns are: {columns}"
        ).format(
            file=table.file_name,
            header=text,
            columns=", ".join(f"{letter(c.index)} {c.header}" for c in columns if c.header),
        )
    )


def apply_mapping(table: Table, columns: list[Column], pairs: list[str]) -> list[Column]:
    """``columns`` with each "HEADER=FIELD" of ``pairs`` applied; a field given to a column is
    taken from the column that had it (the notes excepted, which join)."""
    out = list(columns)
    for pair in pairs:
        header, sep, target_text = pair.rpartition("=")
        if not sep or not header.strip():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Import", "--map takes COLUMN=FIELD, e.g. --map 项目状态=stage; not '{text}'"
                ).format(text=pair)
            )
        index = _column(table, out, header)
        target = field_of(target_text)
        for i, c in enumerate(out):
            if c.index == index:
                out[i] = Column(c.index, c.header, target, c.unit, 1.0 if target else 0.0, MANUAL)
            elif target is not None and target not in MULTI and c.target == target:
                out[i] = Column(c.index, c.header, None, None)
    return out


def save_mapping(store: Store, actor: Actor, table: Table, columns: list[Column]) -> None:
    """Keep ``columns`` for files of this layout (the wizard and the command line use it)."""
    with store.write() as s:
        remember(s, actor, table, columns)

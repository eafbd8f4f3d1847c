"""Who owns and where lands a row that does not say: the importer's choice, else the city the
file's title or 填报单位 line names ("紫金港科技城2026年招商台账"), else its file name, else its
sheet's name (a workbook of one sheet per city), else the owner's city."""

from __future__ import annotations

from crm.accounts.users import Actor
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing import synonyms as S
from crm.importing.headers import key
from crm.importing.rowplan import ImportOptions
from crm.importing.table import Table
from crm.reference import ReferenceData


def default_owner(ref: ReferenceData, actor: Actor, options: ImportOptions) -> int:
    return options.default_owner_id if options.default_owner_id is not None else actor.id


def city_named_in(ref: ReferenceData, texts: list[str]) -> int | None:
    """The one city the lines above the table name (None if none or several)."""
    found: set[int] = set()
    for text in texts:
        k = key(text)
        for item in ref.kind("city"):
            if key(item.name_zh) in k:
                found.add(item.id)
        for name, code in S.CITIES.items():
            if len(name) >= 3 and name in k:
                named = ref.by_code("city", code)
                if named is not None:
                    found.add(named.id)
    return found.pop() if len(found) == 1 else None


def default_city(
    ref: ReferenceData, table: Table, options: ImportOptions, owner_id: int | None
) -> tuple[int | None, Message | None]:
    if options.default_city_id is not None:
        return options.default_city_id, None
    named = city_named_in(ref, table.preamble)
    if named is not None:
        return named, QT_TRANSLATE_NOOP(
            "Import", "Rows that name no city go to {city}, named above the table."
        ).format(city=ref.label(named))
    named = city_named_in(ref, [table.path.stem])
    if named is not None:
        return named, QT_TRANSLATE_NOOP(
            "Import", "Rows that name no city go to {city}, named in the file's name."
        ).format(city=ref.label(named))
    named = city_named_in(ref, [table.sheet])
    if named is None and key(table.sheet) in S.CITIES:  # a short name alone: 富阳, 未来
        item = ref.by_code("city", S.CITIES[key(table.sheet)])
        named = item.id if item is not None else None
    if named is not None:  # a workbook of one sheet per city (未来科技城 | 紫金港 | …)
        return named, QT_TRANSLATE_NOOP(
            "Import", "Rows that name no city go to {city}, named in the sheet's name."
        ).format(city=ref.label(named))
    owner = ref.user(owner_id)
    if owner is not None and owner.city_id is not None:
        return owner.city_id, QT_TRANSLATE_NOOP(
            "Import", "Rows that name no city go to {city}, the owner's city."
        ).format(city=ref.label(owner.city_id))
    return None, None

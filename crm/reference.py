"""Reference lists and users, cached per store (they are small and read on every screen).

Values are resolved the way people write them: by id, code, Chinese or English name, in any
width or case. The cache reloads after local changes (``invalidate``) and at most every
``TTL`` seconds, so a team sharing a server sees an admin's new values soon enough.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from sqlmodel import select

from crm.db.ids import stored_id
from crm.db.models import RefItem, User
from crm.db.store import Store
from crm.i18n import EN, current_language
from crm.values.names import pinyin_key

TTL = 60.0
KINDS = (
    "city",
    "field",
    "subfield",
    "project_type",
    "source",
    "stage",
    "business_type",
    "activity_type",
    "lost_reason",
    "region",
)


@dataclass(frozen=True)
class RefEntry:
    id: int
    kind: str
    code: str
    name_zh: str
    name_en: str
    parent_id: int | None
    sort_order: int
    tag: str | None
    detail: str | None
    active: bool

    def label(self, lang: str | None = None) -> str:
        return self.name_en if (lang or current_language()) == EN else self.name_zh


@dataclass(frozen=True)
class UserEntry:
    id: int
    username: str
    display_name: str
    role: str
    city_id: int | None
    manager_id: int | None
    active: bool


def _key(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip().casefold().replace(" ", "")


class ReferenceData:
    def __init__(self, items: list[RefEntry], users: list[UserEntry]):
        self.items = {i.id: i for i in items}
        self.by_kind: dict[str, list[RefEntry]] = {}
        for i in sorted(items, key=lambda i: (i.kind, i.sort_order, i.id)):
            self.by_kind.setdefault(i.kind, []).append(i)
        self._by_code = {(i.kind, i.code): i for i in items}
        self._by_name: dict[tuple[str, str], RefEntry] = {}
        for i in items:
            for name in (i.code, i.name_zh, i.name_en):
                self._by_name.setdefault((i.kind, _key(name)), i)
        self.users = {u.id: u for u in users}
        self._users_by_name: dict[str, UserEntry] = {}
        for u in users:
            self._users_by_name.setdefault(_key(u.username), u)
            self._users_by_name.setdefault(_key(u.display_name), u)

    @cached_property
    def user_order(self) -> dict[int, int]:
        """Each user's position in name order (pinyin), for SQL CASE ordering. Computed when
        a list is first sorted by owner: the pinyin dictionary takes 0.2 s to load, which the
        app's start should not wait for."""
        users = sorted(self.users.values(), key=lambda u: pinyin_key(u.display_name))
        return {u.id: n for n, u in enumerate(users)}

    # -- reference values
    def kind(self, kind: str, *, active_only: bool = True) -> list[RefEntry]:
        return [i for i in self.by_kind.get(kind, []) if i.active or not active_only]

    def get(self, item_id: int | None) -> RefEntry | None:
        return self.items.get(item_id) if item_id is not None else None

    def by_code(self, kind: str, code: str) -> RefEntry | None:
        return self._by_code.get((kind, code))

    def id_of(self, kind: str, code: str) -> int:
        return self._by_code[(kind, code)].id

    def resolve(self, kind: str, value: object) -> RefEntry | None:
        """By id, code or name (Chinese or English); None if unknown."""
        if value is None or value == "":
            return None
        if isinstance(value, RefEntry):
            return value if value.kind == kind else None
        if isinstance(value, int) and not isinstance(value, bool):
            item = self.items.get(value)
            return item if item and item.kind == kind else None
        return self._by_name.get((kind, _key(str(value))))

    def label(self, item_id: int | None, lang: str | None = None) -> str:
        item = self.get(item_id)
        return item.label(lang) if item else ""

    def stage_label(self, code: str | None, lang: str | None = None) -> str:
        item = self._by_code.get(("stage", code)) if code else None
        return item.label(lang) if item else (code or "")

    def children(self, parent_id: int) -> list[RefEntry]:
        return [i for i in self.kind("subfield") if i.parent_id == parent_id]

    # -- users
    def user(self, user_id: int | None) -> UserEntry | None:
        return self.users.get(user_id) if user_id is not None else None

    def user_city(self, user_id: int | None) -> int | None:
        u = self.user(user_id)
        return u.city_id if u else None

    def user_name(self, user_id: int | None) -> str:
        u = self.user(user_id)
        return u.display_name if u else ""

    def resolve_user(self, value: object) -> UserEntry | None:
        if value is None or value == "":
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return self.users.get(value)
        return self._users_by_name.get(_key(str(value)))

    def officers(self, city_id: int | None = None, *, by_name: bool = True) -> list[UserEntry]:
        # the people who follow leads: officers and managers (report staff and an
        # administrator alone own none)
        out = [
            u
            for u in self.users.values()
            if u.active and u.username != "system" and u.role in ("officer", "manager")
        ]
        if city_id is not None:
            out = [u for u in out if u.city_id == city_id]
        # in pinyin order, for lists people read (the dictionary takes 0.2 s to load: not for
        # measuring names, which ``by_name=False`` leaves in store order)
        return sorted(out, key=lambda u: pinyin_key(u.display_name)) if by_name else out


def _load(store: Store) -> ReferenceData:
    with store.read() as s:
        items = [
            RefEntry(
                stored_id(r),
                r.kind,
                r.code,
                r.name_zh,
                r.name_en,
                r.parent_id,
                r.sort_order,
                r.tag,
                r.detail,
                r.active,
            )
            for r in s.exec(select(RefItem))
        ]
        users = [
            UserEntry(
                stored_id(u), u.username, u.display_name, u.role, u.city_id, u.manager_id, u.active
            )
            for u in s.exec(select(User))
        ]
    return ReferenceData(items, users)


def reference(store: Store) -> ReferenceData:
    cached = store.cache.get("reference")
    now = time.monotonic()
    if cached is None or now - cached[0] > TTL:
        cached = (now, _load(store))
        store.cache["reference"] = cached
    return cached[1]


def invalidate(store: Store) -> None:
    store.cache.pop("reference", None)

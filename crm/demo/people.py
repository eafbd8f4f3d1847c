"""The demo's people: a manager and a few officers per city, a committee manager and a report
writer. Someone already signed in to the app as an officer of a city takes the place of that
city's first demo officer, so My day shows them a portfolio; nobody else already in the store
changes what is drawn (the same seed gives the same leads and figures)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel, col

from crm.accounts.users import SYSTEM_USERNAME, Actor
from crm.db.models import User
from crm.demo import words
from crm.reference import ReferenceData

#: officers per city (the first of each city may be the signed-in person)
OFFICERS = {"future": 8, "zijingang": 6, "qingshan": 5, "linping": 3, "fuyang": 3}
#: every demo person signs in with this password (README "Accounts"); ``committee_1`` also
#: administers a demo store that has no administrator yet
DEMO_PASSWORD = "demo-2026"
DEMO_ADMIN = "committee_1"
# the users' table, for the plain values read and written on the connection
_USERS = SQLModel.metadata.tables["app_user"]


def add_people(
    conn: Connection, ref: ReferenceData, today: date, adopt: Actor | None = None
) -> tuple[dict[int, list[int]], int]:
    """Write the demo's users; returns (officer ids per city id, users written)."""
    rng = random.Random(7)  # its own stream: the names do not depend on the data's seed
    stamp = datetime.combine(today - timedelta(days=730), time(9), tzinfo=UTC)
    taken: set[str] = set()

    def person() -> str:
        while True:
            name = rng.choice(words.SURNAMES) + "".join(
                rng.choice(words.GIVEN) for _ in range(rng.choice((1, 2)))
            )
            if name not in taken:
                taken.add(name)
                return name

    rows: list[dict[str, object]] = []
    adopted: dict[int, int] = {}
    for code, n in OFFICERS.items():
        city = ref.id_of("city", code)
        rows.append(
            dict(username=f"mgr_{code}", display_name=person(), role="manager", city_id=city)
        )
        for i in range(n):
            name = person()  # drawn even when adopted, so the others keep their names
            if i == 0 and adopt is not None and adopt.role == "officer" and adopt.city_id == city:
                adopted[city] = adopt.id
                continue
            rows.append(
                dict(username=f"{code}_{i + 1}", display_name=name, role="officer", city_id=city)
            )
    rows.append(dict(username="committee_1", display_name=person(), role="manager", city_id=None))
    rows.append(dict(username="report_1", display_name=person(), role="report_staff", city_id=None))
    names = [r["username"] for r in rows]
    existing = set(
        conn.execute(select(col(User.username)).where(col(User.username).in_(names))).scalars()
    )
    rows = [r for r in rows if r["username"] not in existing]
    hashed, admin = _demo_sign_in(conn, adopt)
    for r in rows:
        r.update(version=1, created_at=stamp, updated_at=stamp, active=True)
        r.update(password_hash=hashed, must_change_password=False, is_admin=False)
        if admin and r["username"] == DEMO_ADMIN:
            r["is_admin"] = True
    if rows:
        conn.execute(insert(User), rows)
    users = conn.execute(
        select(_USERS.c.id, _USERS.c.username, _USERS.c.city_id).where(_USERS.c.username.in_(names))
    ).all()
    by_name = {u.username: u for u in users}
    officers: dict[int, list[int]] = {}
    for code, n in OFFICERS.items():
        city = ref.id_of("city", code)
        ids = [adopted[city]] if city in adopted else []
        ids += [by_name[f"{code}_{i + 1}"].id for i in range(len(ids), n)]
        officers[city] = ids
        manager = by_name[f"mgr_{code}"].id
        conn.execute(_USERS.update().where(_USERS.c.id.in_(ids)).values(manager_id=manager))
    return officers, len(rows)


def _demo_sign_in(conn: Connection, adopt: Actor | None) -> tuple[str | None, bool]:
    """(the demo people's password hash, whether committee_1 administers the store). One hash
    for all of them (the password is documented; it is a demo). No passwords when the person
    loading the demo has none: they could no longer sign in to their own store."""
    from crm.accounts.passwords import hash_password

    if adopt is not None:
        own = conn.execute(select(col(User.password_hash)).where(col(User.id) == adopt.id)).scalar()
        if own is None:
            return None, False
    admins = conn.execute(
        select(col(User.id)).where(
            col(User.active),
            col(User.username) != SYSTEM_USERNAME,
            col(User.is_admin) | (col(User.role) == "admin"),
        )
    ).first()
    return hash_password(DEMO_PASSWORD), admins is None

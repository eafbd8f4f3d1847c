"""A team server per test: a database cloned from the migrated template, set up by
``crm team init`` as the test server's superuser, with people who each have a login.
Logins are cluster-wide, so each test's names carry a tag and are dropped after it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy.engine import URL

from crm.db import open_store
from crm.db.store import Store
from crm.team import logins
from crm.team.people import add_person
from crm.team.session import server_actor
from crm.team.setup import init_team

PASSWORD = "Zhaoshang-2026"


@dataclass
class Team:
    store: Store  # as the owner (the first administrator)
    url: URL
    tag: str
    names: dict[str, str]
    ids: dict[str, int]
    cities: dict[str, int]

    def url_of(self, who: str, password: str = PASSWORD) -> URL:
        return self.url.set(username=self.names[who], password=password)

    def open_as(self, who: str) -> Store:
        return open_store(self.url_of(who).render_as_string(hide_password=False))


PEOPLE = {
    # key: (role, city, is_admin)
    "wang": ("officer", "zijingang", False),
    "li": ("officer", "future", False),
    "mgr_fut": ("manager", "future", False),
    "staff": ("report_staff", None, False),
    "admin": ("admin", None, False),
}


@pytest.fixture
def team(pg_template) -> Team:
    from crm.reference import reference

    admin, admin_url, template = pg_template
    name = f"i15_{uuid.uuid4().hex[:10]}"
    tag = uuid.uuid4().hex[:6]
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    url = admin_url.set(database=name)
    init_team(url.render_as_string(hide_password=False))
    store = open_store(url.render_as_string(hide_password=False))
    owner, _ = server_actor(store)
    ref = reference(store)
    cities = {c: ref.id_of("city", c) for c in ("future", "zijingang", "qingshan")}
    names, ids = {}, {}
    try:
        for key, (role, city, is_admin) in PEOPLE.items():
            person, _ = add_person(
                store,
                owner,
                f"{key}_{tag}",
                f"{key}-{tag}",
                role,
                cities[city] if city else None,
                is_admin=is_admin,
                password=PASSWORD,
                one_time=False,
            )
            names[key], ids[key] = person.username, person.id
        yield Team(store, url, tag, names, ids, cities)
    finally:
        store.dispose()
        with admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            for login in names.values():
                logins.drop_login(c, login)

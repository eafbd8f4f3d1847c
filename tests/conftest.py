"""Test fixtures: a fresh store per test (a copy of a migrated template, so each test starts
in milliseconds), a private data directory, and PostgreSQL stores when a server is given.

PostgreSQL: set CRM_TEST_PG_URL (e.g. postgresql://crm:crm@127.0.0.1/crm); each test gets a
new database cloned from a migrated template. CI sets CRM_TEST_REQUIRE_PG=1 so a missing
server fails instead of skipping.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CRM_DATABASE_URL", None)
os.environ.pop("CRM_LANG", None)

import sqlite3  # noqa: E402
import uuid  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import pytest  # noqa: E402

from crm import i18n  # noqa: E402
from crm.db import open_store  # noqa: E402
from crm.db.store import Store  # noqa: E402

PG_URL = os.environ.get("CRM_TEST_PG_URL")
REQUIRE_PG = os.environ.get("CRM_TEST_REQUIRE_PG") == "1"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Every test gets its own data directory and starts in the default language."""
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    st = open_store(path)
    st.dispose()
    return path


def copy_template(template, dest) -> None:
    src = sqlite3.connect(str(template))
    out = sqlite3.connect(str(dest))
    src.backup(out)
    out.close()
    src.close()


@pytest.fixture
def store_path(template_store, tmp_path):
    dest = tmp_path / "crm.sqlite"
    copy_template(template_store, dest)
    return dest


@pytest.fixture
def store(store_path) -> Store:
    st = open_store(store_path)
    yield st
    st.dispose()


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="session")
def pg_template():
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("CRM_TEST_REQUIRE_PG=1 but CRM_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set CRM_TEST_PG_URL)")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"crm_tpl_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    st = open_store(admin_url.set(database=name).render_as_string(hide_password=False))
    st.dispose()
    yield admin, admin_url, name
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
    admin.dispose()


@pytest.fixture
def pg_store(pg_template) -> Store:
    admin, admin_url, template = pg_template
    name = f"crm_t_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    st = open_store(admin_url.set(database=name).render_as_string(hide_password=False))
    yield st
    st.dispose()
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request) -> Store:
    """The same test on the embedded SQLite store and on a PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("store")
    return request.getfixturevalue("pg_store")


# ---------------------------------------------------------------- people


@dataclass
class People:
    system: object
    wang: object  # officer, 紫金港科技城
    li: object  # officer, 未来科技城
    zhao: object  # manager (committee level, no city)
    admin: object  # 孙管理, an administrator (people, lists, targets, backups; no leads)
    city_future: int
    city_zijingang: int
    city_qingshan: int


def make_people(st: Store) -> People:
    from crm.accounts.users import identify, system_actor
    from crm.reference import reference

    ref = reference(st)
    fut, zjg, qsh = (ref.id_of("city", c) for c in ("future", "zijingang", "qingshan"))
    wang, _ = identify(st, "王五", zjg)
    li, _ = identify(st, "李四", fut)
    zhao, _ = identify(st, "赵六", None, role="manager")
    admin, _ = identify(st, "孙管理", None, role="admin")
    return People(system_actor(st), wang, li, zhao, admin, fut, zjg, qsh)


@pytest.fixture
def people(store) -> People:
    return make_people(store)


@pytest.fixture
def any_people(any_store) -> People:
    return make_people(any_store)

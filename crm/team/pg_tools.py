"""Backups of a server store: ``pg_dump`` in custom format and ``pg_restore`` into an empty
database, run as the database's owner (a person's login may not read what it does not see).

The tools are PostgreSQL's own, found on PATH (or in Debian's /usr/lib/postgresql/N/bin);
``pg_dump`` must be at least the server's major version (it refuses newer servers, and an
older one may miss what a newer server stores). A backup is written to a temporary name,
its table of contents read back (``pg_restore --list``), then renamed into place. A restore
runs in one transaction (``--single-transaction --exit-on-error``): a failure leaves the
target empty. Roles are the cluster's, not the database's: the group roles are created before
restoring, and each person's login, where the server has it, is pointed at the restored
database again.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from crm.db.store import make_engine, server_name, translate_db_error
from crm.errors import StoreError
from crm.files import fault
from crm.i18n import QT_TRANSLATE_NOOP
from crm.tempfiles import Temporary, sweep

TIMEOUT_S = 6 * 3600


def find_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version_in_path)
    if candidates:
        return candidates[-1]
    raise StoreError(
        QT_TRANSLATE_NOOP(
            "Team",
            "{tool} was not found: install PostgreSQL's client tools (Debian/Ubuntu: "
            "apt install postgresql-client) or put them on PATH.",
        ).format(tool=name)
    )


def _version_in_path(path: str) -> int:
    match = re.search(r"/postgresql/(\d+)/", path)
    return int(match.group(1)) if match else 0


def tool_major(tool: str) -> int:
    out = subprocess.run([tool, "--version"], capture_output=True, text=True, check=False).stdout
    match = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(match.group(1)) if match else 0


def server_major(url: URL) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SHOW server_version_num").scalar_one()) // 10000
    except Exception as exc:
        mapped = translate_db_error(exc, server_name(url))
        if mapped is None:
            raise
        raise mapped from exc
    finally:
        engine.dispose()


def _checked_tool(name: str, url: URL) -> str:
    tool = find_tool(name)
    mine, theirs = tool_major(tool), server_major(url)
    if mine < theirs:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Team",
                "{tool} is version {mine}, older than the server's {theirs}: install the "
                "client tools of version {theirs} or newer.",
            ).format(tool=name, mine=mine, theirs=theirs)
        )
    return tool


def _env(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in (
        ("PGHOST", url.host),
        ("PGPORT", url.port),
        ("PGUSER", url.username),
        ("PGPASSWORD", url.password),
        ("PGDATABASE", url.database),
        ("PGSSLMODE", url.query.get("sslmode")),
    ):
        if value is not None:
            env[key] = str(value)
    return env


def _run(args: list[str], url: URL, what: str) -> None:
    try:
        done = subprocess.run(
            args, env=_env(url), capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        detail = str(exc)
    else:
        if done.returncode == 0:
            return
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        detail = lines[0] if lines else str(done.returncode)
    raise StoreError(
        QT_TRANSLATE_NOOP("Team", "{what} failed: {detail}").format(what=what, detail=detail)
    )


def default_name(url: URL, folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{url.database}-{stamp}.dump"


def backup(url: URL, dest: Path) -> Path:
    """pg_dump -Fc of the database at ``url`` into ``dest`` (a new file), checked."""
    if dest.exists():
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "{name} already exists; choose a new file.").format(
                name=str(dest)
            )
        )
    dump = _checked_tool("pg_dump", url)
    restore = find_tool("pg_restore")
    sweep(dest.parent)  # what a killed dump left there (our temporary names only)
    try:
        with Temporary(dest) as part:  # locked while pg_dump writes it (crm.files)
            _run([dump, "--format=custom", "--no-password", f"--file={part.path}"], url, "pg_dump")
            _run([restore, "--list", str(part.path)], url, "pg_restore --list")
            part.commit()
    except OSError as exc:
        raise fault(exc, dest) from exc
    return dest


def restore(url: URL, source: Path) -> None:
    """pg_restore ``source`` into the EMPTY database at ``url``, in one transaction."""
    from crm.team import security

    if not source.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "There is no backup {name}.").format(name=str(source))
        )
    tool = _checked_tool("pg_restore", url)
    where = server_name(url)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            used = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
                "'information_schema')"
            ).scalar_one()
            if used:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Team",
                        "{name} is not empty; restore only into a new, empty database. "
                        "Nothing was changed.",
                    ).format(name=where)
                )
            security.create_groups(conn)
        _run(
            [
                tool,
                "--single-transaction",
                "--exit-on-error",
                "--no-password",
                "-d",
                url.database or "",
                str(source),
            ],
            url,
            "pg_restore",
        )
        with engine.begin() as conn:
            if security.installed(conn):  # what the guard keeps beside the rows, again
                security.apply(conn)
            people = conn.execute(
                text(
                    "SELECT u.username FROM app_user u JOIN pg_roles r ON r.rolname = u.username"
                    " WHERE NOT r.rolsuper AND r.rolname <> current_user"
                )
            ).scalars()
            for name in people:
                quoted = name.replace('"', '""')
                conn.exec_driver_sql(
                    f'ALTER ROLE "{quoted}" IN DATABASE "{url.database}" '
                    "SET search_path = crm_app, public"
                )
    except StoreError:
        raise
    except Exception as exc:
        mapped = translate_db_error(exc, where)
        if mapped is None:
            raise
        raise mapped from exc
    finally:
        engine.dispose()

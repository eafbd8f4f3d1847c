"""One PostgreSQL login per person: the server authenticates them (SCRAM-SHA-256).

The password never travels: the client computes the SCRAM verifier (RFC 5802/7677, as
PostgreSQL stores it) and sends only that. Two functions of the owner do the privileged part,
each checking who calls: ``crm_app.set_login`` (an administrator gives a person a login or a
new password, one-time or not) and ``crm_app.change_own_password`` (anyone, their own, which
clears the one-time mark).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import text
from sqlalchemy.engine import Connection

SCRAM_ITERATIONS = 4096

FUNCTIONS = [
    """CREATE FUNCTION crm_app.set_login(person text, verifier text, one_time boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF session_user <> current_user AND NOT coalesce(crm_app.is_admin(), false) THEN
    RAISE EXCEPTION 'permission denied: only an administrator gives logins'
      USING ERRCODE = '42501';
  END IF;
  IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required' USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.app_user WHERE username = person) THEN
    RAISE EXCEPTION 'no person %', person USING ERRCODE = '22023';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person AND (rolsuper OR rolname = current_user
             OR rolname LIKE 'crm\\_%')) THEN
    RAISE EXCEPTION 'permission denied: % is not a person''s login', person
      USING ERRCODE = '42501';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
    -- only a login this database gave before: never take over another database's login
    IF NOT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
                   JOIN pg_database d ON d.oid = s.setdatabase
                   WHERE r.rolname = person AND d.datname = current_database()) THEN
      RAISE EXCEPTION 'permission denied: the server has another login named %', person
        USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', person, verifier);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', person, verifier);
  END IF;
  EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = crm_app, public',
                 person, current_database());
  -- role = role: the trigger crm_app.sync_login puts the login in its group
  UPDATE public.app_user SET must_change_password = one_time, password_hash = NULL,
    failed_logins = 0, role = role WHERE username = person;
END $$""",
    """CREATE FUNCTION crm_app.change_own_password(verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF crm_app.me() IS NULL THEN
    RAISE EXCEPTION 'permission denied: not a person of this team' USING ERRCODE = '42501';
  END IF;
  IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required' USING ERRCODE = '22023';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
  UPDATE public.app_user SET must_change_password = false WHERE username = session_user;
END $$""",
]


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """The verifier PostgreSQL stores for ``password`` (SCRAM-SHA-256, 4096 iterations)."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(value: bytes) -> str:
        return base64.b64encode(value).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def set_login(conn: Connection, username: str, password: str, *, one_time: bool) -> None:
    """Give ``username`` (a person of this store) a login with this password."""
    conn.execute(
        text("SELECT crm_app.set_login(:u, :v, :o)"),
        {"u": username, "v": scram_verifier(password), "o": one_time},
    )


def change_own_password(conn: Connection, password: str) -> None:
    conn.execute(text("SELECT crm_app.change_own_password(:v)"), {"v": scram_verifier(password)})


def sign_in_states(conn: Connection, usernames: list[str]) -> dict[str, bool]:
    """Which of these people the server lets sign in: a login (LOGIN, not past VALID UNTIL)
    that may connect to this database (a member of an app group, as an active person's login
    is, or the owner). A person without a login is absent. The password itself is the
    server's secret (pg_authid is a superuser's); a login given by set_login always has one."""
    rows = conn.execute(
        text(
            "SELECT rolname, rolcanlogin AND (rolvaliduntil IS NULL OR rolvaliduntil > now()) "
            "AND has_database_privilege(oid, current_database(), 'CONNECT') "
            "FROM pg_roles WHERE rolname = ANY(:names)"
        ),
        {"names": list(usernames)},
    ).all()
    return {name: bool(ok) for name, ok in rows}


def drop_login(conn: Connection, username: str) -> None:
    """Tests and a failed set-up: remove a person's login."""
    quoted = username.replace('"', '""')
    conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{quoted}"')

"""The server's guard: group roles holding the grants, row-level security on the shared pool,
an insert-only audit log, and the masking views (crm.team.views).

The rules are DOMAIN.md's "Who may do what", as crm.accounts.permissions states them for the app; here
the server enforces them for any client. Row rules read the person from ``app_user`` by
``session_user`` (the login the server authenticated, which ``SET ROLE`` cannot change), so a
role or city changed in the app applies at once; the group roles (crm_officer, crm_manager,
crm_report, crm_admin) hold the table privileges, and a trigger on ``app_user`` keeps each
person's login in the group of their role.

``apply(conn)`` is idempotent: ``crm team init`` runs it, and every schema upgrade runs it
again (the views follow the tables' columns). Group roles are cluster-wide in PostgreSQL: one
team per server cluster (a second team needs its own cluster).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from crm.team import logins, notify, views

GROUPS = {
    "officer": "crm_officer",
    "manager": "crm_manager",
    "report_staff": "crm_report",
    "admin": "crm_admin",
}
ALL = ", ".join(GROUPS.values())
WRITERS = "crm_officer, crm_manager"
ME, CITY, ROLE = views.ME, views.CITY, views.ROLE

#: table → (roles that may INSERT/UPDATE/DELETE); every app role may SELECT every table
#: listed here. Tables not listed (a later issue's) are read by all and written by officers
#: and managers until their rules are added here.
WRITES = {
    "ref_item": "crm_admin",
    "company": WRITERS,
    "import_batch": WRITERS,
    "stage_change": WRITERS,
    "target": "crm_manager, crm_admin",
    "setting": "crm_manager, crm_admin",
    "week_report": "crm_report, crm_manager, crm_admin",
    "week_summary": "crm_report, crm_manager, crm_admin",
    "week_lead_state": "crm_report, crm_manager, crm_admin",
}
#: tables with their own rules below
SPECIAL = {"lead", "lead_search", "contact", "activity", "audit_log", "saved_view", "app_user"}

FUNCTIONS = [
    f"""CREATE FUNCTION crm_app.{name}() RETURNS {kind}
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT {expr} FROM public.app_user WHERE username = session_user AND active
$$"""
    for name, kind, expr in (
        ("me", "integer", "id"),
        ("my_city", "integer", "city_id"),
        ("my_role", "text", "role"),
        ("is_admin", "boolean", "is_admin OR role = 'admin'"),
    )
]

#: keeps a person's login in the group of their role (and crm_admin for administrators)
SYNC_LOGIN = [
    f"""CREATE FUNCTION crm_app.sync_login() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE g text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.username AND NOT rolsuper
                 AND rolname <> current_user) THEN
    RETURN NEW;
  END IF;
  FOREACH g IN ARRAY ARRAY['{"','".join(GROUPS.values())}'] LOOP
    EXECUTE format('REVOKE %I FROM %I', g, NEW.username);
  END LOOP;
  IF NEW.active THEN
    EXECUTE format('GRANT %I TO %I', CASE NEW.role
      WHEN 'manager' THEN 'crm_manager' WHEN 'report_staff' THEN 'crm_report'
      WHEN 'admin' THEN 'crm_admin' ELSE 'crm_officer' END, NEW.username);
    IF NEW.is_admin THEN EXECUTE format('GRANT crm_admin TO %I', NEW.username); END IF;
  END IF;
  RETURN NEW;
END $$""",
    "CREATE TRIGGER app_user_sync_login AFTER INSERT OR UPDATE OF role, is_admin, active, "
    "username ON public.app_user FOR EACH ROW EXECUTE FUNCTION crm_app.sync_login()",
]

POLICIES = [
    # targets (crm.accounts.permissions.manage_targets): a city's by its managers, the
    # corridor's (no city) by committee managers (no city of their own); administrators all
    "ALTER TABLE public.target ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY target_read ON public.target FOR SELECT TO {ALL} USING (true)",
    f"CREATE POLICY target_manager ON public.target FOR ALL TO crm_manager "
    f"USING ({CITY} IS NULL OR city_id = {CITY}) WITH CHECK ({CITY} IS NULL OR city_id = {CITY})",
    "CREATE POLICY target_admin ON public.target FOR ALL TO crm_admin "
    "USING (true) WITH CHECK (true)",
    # settings apply to the whole corridor (crm.accounts.permissions.corridor_settings):
    # committee managers and administrators
    "ALTER TABLE public.setting ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY setting_read ON public.setting FOR SELECT TO {ALL} USING (true)",
    f"CREATE POLICY setting_committee ON public.setting FOR ALL TO crm_manager "
    f"USING ({CITY} IS NULL) WITH CHECK ({CITY} IS NULL)",
    "CREATE POLICY setting_admin ON public.setting FOR ALL TO crm_admin "
    "USING (true) WITH CHECK (true)",
    # leads: everyone sees that a company is followed (names masked by the view);
    # officers write their city's leads and their own, managers those of their scope
    "ALTER TABLE public.lead ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY lead_read ON public.lead FOR SELECT TO {ALL} USING (true)",
    f"CREATE POLICY lead_officer_insert ON public.lead FOR INSERT TO crm_officer "
    f"WITH CHECK (city_id = {CITY})",
    f"CREATE POLICY lead_officer_update ON public.lead FOR UPDATE TO crm_officer "
    f"USING (city_id = {CITY} OR owner_id = {ME}) WITH CHECK (city_id = {CITY} OR owner_id = {ME})",
    f"CREATE POLICY lead_manager_insert ON public.lead FOR INSERT TO crm_manager "
    f"WITH CHECK ({CITY} IS NULL OR city_id = {CITY})",
    # a manager hands a lead of their scope to another city: the new row may be anywhere
    f"CREATE POLICY lead_manager_update ON public.lead FOR UPDATE TO crm_manager "
    f"USING ({CITY} IS NULL OR city_id = {CITY}) WITH CHECK (true)",
    f"CREATE POLICY lead_manager_delete ON public.lead FOR DELETE TO crm_manager "
    f"USING ({CITY} IS NULL OR city_id = {CITY})",
    # an administrator hands a leaving person's leads to another (owner column only)
    "CREATE POLICY lead_admin_update ON public.lead FOR UPDATE TO crm_admin "
    "USING (true) WITH CHECK (true)",
    # contacts (PIPL): the lead's owner, its city's officers, the managers
    "ALTER TABLE public.contact ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY contact_manager ON public.contact FOR ALL TO crm_manager "
    "USING (true) WITH CHECK (true)",
    f"CREATE POLICY contact_officer ON public.contact FOR ALL TO crm_officer USING (EXISTS ("
    f"SELECT 1 FROM public.lead l WHERE l.id = lead_id AND (l.owner_id = {ME} OR "
    f"l.city_id = {CITY}))) WITH CHECK (EXISTS (SELECT 1 FROM public.lead l WHERE "
    f"l.id = lead_id AND (l.owner_id = {ME} OR l.city_id = {CITY})))",
    # activities: logged in one's own name; changed by their author or a manager
    "ALTER TABLE public.activity ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY activity_read ON public.activity FOR SELECT TO {ALL} USING (true)",
    f"CREATE POLICY activity_insert ON public.activity FOR INSERT TO {WRITERS} "
    f"WITH CHECK (user_id = {ME})",
    f"CREATE POLICY activity_author ON public.activity FOR UPDATE TO {WRITERS} "
    f"USING (user_id = {ME} OR {ROLE} = 'manager')",
    "CREATE POLICY activity_remove ON public.activity FOR DELETE TO crm_manager USING (true)",
    # the audit log: insert-only, in one's own name; contacts' history and confidential
    # projects' history only for those who see them
    "ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY audit_insert ON public.audit_log FOR INSERT TO {ALL} "
    f"WITH CHECK (user_id IS NULL OR user_id = {ME})",
    f"CREATE POLICY audit_read ON public.audit_log FOR SELECT TO {ALL} USING ("
    f"{ROLE} = 'manager' OR user_id = {ME} OR (entity <> 'contact' AND NOT (entity = 'lead' "
    f"AND EXISTS (SELECT 1 FROM public.lead l WHERE l.id = entity_id AND l.confidential AND "
    f"l.city_id IS DISTINCT FROM {CITY}))))",
    # saved views are personal
    "ALTER TABLE public.saved_view ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY saved_view_own ON public.saved_view FOR ALL TO {ALL} "
    f"USING (user_id = {ME}) WITH CHECK (user_id = {ME})",
    # people: administrators manage them; an import records a ledger's officer (no rights)
    "ALTER TABLE public.app_user ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY app_user_read ON public.app_user FOR SELECT TO {ALL} USING (true)",
    "CREATE POLICY app_user_admin ON public.app_user FOR ALL TO crm_admin "
    "USING (true) WITH CHECK (true)",
    f"CREATE POLICY app_user_ledger ON public.app_user FOR INSERT TO {WRITERS} "
    "WITH CHECK (role = 'officer' AND NOT is_admin AND password_hash IS NULL)",
]


def _grants(conn: Connection, lead_columns: list[str]) -> list[str]:
    tables = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).all()
    ]
    readable = ", ".join(c for c in lead_columns if c not in views.MASKED)
    out = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {ALL}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {ALL}",
        f"GRANT USAGE ON SCHEMA public, crm_app TO {ALL}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ALL}",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA crm_app TO {ALL}",
        f"GRANT SELECT ON crm_app.lead, crm_app.lead_search TO {ALL}",
        "GRANT INSERT, UPDATE, DELETE ON crm_app.lead TO crm_officer, crm_manager, crm_admin",
        "GRANT INSERT, DELETE ON crm_app.lead_search TO crm_officer, crm_manager, crm_admin",
        # the base lead table: every column but the masked ones (the view shows those)
        f"GRANT SELECT ({readable}) ON public.lead TO {ALL}",
        f"GRANT INSERT, UPDATE, DELETE ON public.lead TO {WRITERS}",
        "GRANT UPDATE (owner_id, updated_at, updated_by, version) ON public.lead TO crm_admin",
        f"GRANT SELECT ON public.contact TO {ALL}",
        f"GRANT INSERT, UPDATE, DELETE ON public.contact TO {WRITERS}",
        f"GRANT SELECT ON public.activity TO {ALL}",
        f"GRANT INSERT, UPDATE, DELETE ON public.activity TO {WRITERS}",
        f"GRANT SELECT, INSERT ON public.audit_log TO {ALL}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON public.saved_view TO {ALL}",
        f"GRANT SELECT ON public.app_user TO {ALL}",
        "GRANT INSERT, UPDATE ON public.app_user TO crm_admin",
        f"GRANT INSERT ON public.app_user TO {WRITERS}",
    ]
    for table in tables:
        if table in SPECIAL:
            continue
        out.append(f'GRANT SELECT ON public."{table}" TO {ALL}')
        if table != "alembic_version":
            writers = WRITES.get(table, WRITERS)
            out.append(f'GRANT INSERT, UPDATE, DELETE ON public."{table}" TO {writers}')
    return out


def run(conn: Connection, sql: str) -> None:
    """One statement as written (no parameters: its % signs are PL/pgSQL's), in the
    connection's transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None  # an open connection
    with raw.cursor() as cursor:
        cursor.execute(sql)


def _leakproof_match(conn: Connection) -> bool:
    """Whether the text-search match (``tsvector @@ tsquery``) may pass a security barrier.

    It raises no error that depends on the values it reads, so it cannot reveal them: marking
    it LEAKPROOF (a superuser's step, in this database: pg_proc is each database's own; a
    restore into a new database needs it again) lets the search index serve a search through
    the masking view. Without it, searches read every document (bench_team_search: 4-5x the
    owner's time for a rare word on 100,000 leads)."""
    proc = "ts_match_vq(tsvector, tsquery)"
    if conn.exec_driver_sql(
        f"SELECT proleakproof FROM pg_proc WHERE oid = '{proc}'::regprocedure"
    ).scalar_one():
        return True
    if not conn.exec_driver_sql(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
    ).scalar_one():
        return False
    # a catalog row: a second set-up of this database may be changing it right now
    conn.exec_driver_sql(
        f"DO $$ BEGIN ALTER FUNCTION {proc} LEAKPROOF; EXCEPTION WHEN OTHERS THEN NULL; END $$"
    )
    return bool(
        conn.exec_driver_sql(
            f"SELECT proleakproof FROM pg_proc WHERE oid = '{proc}'::regprocedure"
        ).scalar_one()
    )


def create_groups(conn: Connection) -> None:
    for group in GROUPS.values():
        conn.exec_driver_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; "
            # roles are the cluster's: another database's set-up may create it meanwhile
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )


def drop_views(conn: Connection) -> None:
    """Before a schema upgrade: the views name the tables' columns."""
    conn.exec_driver_sql("DROP SCHEMA IF EXISTS crm_app CASCADE")


def installed(conn: Connection) -> bool:
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM pg_namespace WHERE nspname = 'crm_app'"
        ).scalar_one_or_none()
    )


def apply(conn: Connection) -> bool:
    """Install (or re-install after an upgrade) the roles, policies, views and grants, in the
    caller's transaction; run as the tables' owner. True if searches are served by the index
    under row-level security (the match is leakproof: views.SEARCH_VIEW_SPLIT), False if each
    search reads every document (views.SEARCH_VIEW_MASKED)."""
    create_groups(conn)
    for table in (
        "lead",
        "contact",
        "activity",
        "audit_log",
        "saved_view",
        "app_user",
        "target",
        "setting",
    ):
        for (policy,) in conn.exec_driver_sql(
            f"SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
            f"AND tablename = '{table}'"
        ).all():
            conn.exec_driver_sql(f'DROP POLICY "{policy}" ON public.{table}')
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS app_user_sync_login ON public.app_user")
    drop_views(conn)
    conn.exec_driver_sql("CREATE SCHEMA crm_app")
    columns = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = 'lead' ORDER BY ordinal_position"
        ).all()
    ]
    indexed = _leakproof_match(conn)
    # the app's searches go through views.SEARCH_MATCH (the index, either way); the view is
    # for other clients, served by the index only when the match is leakproof
    search = views.SEARCH_VIEW_SPLIT if indexed else views.SEARCH_SCOPE + [views.SEARCH_VIEW_MASKED]
    statements = FUNCTIONS + views.lead_view(columns) + search + views.LEAD_SEARCH
    statements += [views.SEARCH_MATCH]
    statements += SYNC_LOGIN
    tables = {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).all()
    }
    for sql in statements + POLICIES + logins.FUNCTIONS + notify.trigger_sql(tables):
        run(conn, sql)
    # the view fills in what the table would (the id from its sequence, server defaults)
    for name, default in conn.exec_driver_sql(
        "SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
        "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
        "WHERE d.adrelid = 'public.lead'::regclass"
    ).all():
        run(conn, f"ALTER VIEW crm_app.lead ALTER COLUMN {name} SET DEFAULT {default}")
    for sql in _grants(conn, columns):
        run(conn, sql)
    database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
    conn.exec_driver_sql(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
    conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {ALL}')
    return indexed

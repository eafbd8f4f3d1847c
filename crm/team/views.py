"""The masking views of schema ``crm_app``: what every app login reads instead of the tables.

Every app login's search_path is ``crm_app, public``, so the app's unqualified ``lead`` and
``lead_search`` are these views. The base columns they mask (a confidential project's name and
notes; the search documents built from them and from contacts) are granted to no app role:
a client that skips the app and names ``public.lead`` is refused by the server.

Masking is in the projection (a CASE over the row), never a WHERE that hides rows, so no
user-supplied expression can see a value before it is masked, and the views need no
security barrier. Writes go through INSTEAD OF triggers: to ``public.lead`` as the person
(row-level security applies; only changed columns are written, so a masked value left as it
was keeps the stored one), to ``public.lead_search`` as the owner, for the parts of a lead
the person may see.
"""

from __future__ import annotations

from collections.abc import Sequence

SCHEMA = "crm_app"

ROLE = "(SELECT crm_app.my_role())"
CITY = "(SELECT crm_app.my_city())"
ME = "(SELECT crm_app.me())"
#: the row's project name may be shown (crm.accounts.permissions.sees_confidential)
SEES_NAMES = f"({ROLE} = 'manager' OR NOT l.confidential OR l.city_id = {CITY})"
#: the row's contacts may be shown (crm.accounts.permissions.sees_contacts)
SEES_CONTACTS = (
    f"({ROLE} = 'manager' OR ({ROLE} = 'officer' AND (l.owner_id = {ME} OR l.city_id = {CITY})))"
)
#: the lead columns that a confidential project of another city does not show
MASKED = {
    "project_name": f"CASE WHEN {SEES_NAMES} THEN l.project_name "
    "ELSE coalesce(l.codename, '***') END",
    "notes": f"CASE WHEN {SEES_NAMES} THEN l.notes END",
}


#: what logging an activity changes on its lead (crm.followups.activities.log_activity): anyone who may
#: log activities on a lead may change these, through crm_app.lead_followup
FOLLOWUP = ("next_followup", "last_activity_on", "updated_at", "updated_by", "version")

LEAD_FOLLOWUP = f"""CREATE FUNCTION crm_app.lead_followup(lead_no integer, next_on date,
  last_on date, at timestamptz, new_version integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF crm_app.my_role() NOT IN ('officer', 'manager')
     OR NOT EXISTS (SELECT 1 FROM public.lead l WHERE l.id = lead_no AND {SEES_NAMES}) THEN
    RAISE EXCEPTION 'permission denied: % may not log activities on lead %', session_user, lead_no
      USING ERRCODE = '42501';
  END IF;
  UPDATE public.lead SET next_followup = next_on, last_activity_on = last_on, updated_at = at,
    updated_by = crm_app.me(), version = new_version WHERE id = lead_no;
END $$"""


def lead_view(columns: Sequence[str]) -> list[str]:
    """The view ``crm_app.lead`` and its write triggers, for the table's ``columns``."""
    select = ", ".join(f"{MASKED[c]} AS {c}" if c in MASKED else f"l.{c}" for c in columns)
    col_list = ", ".join(columns)
    followup = ", ".join(f"'{c}'" for c in FOLLOWUP)
    new_values = ", ".join(f"NEW.{c}" for c in columns)
    changed = "\n".join(
        f"  IF NEW.{c} IS DISTINCT FROM OLD.{c} THEN sets := sets || '{c} = $1.{c}'::text; "
        f"names := names || '{c}'::text; END IF;"
        for c in columns
        if c != "id"
    )
    return [
        f"CREATE VIEW crm_app.lead AS SELECT {select} FROM public.lead l",
        LEAD_FOLLOWUP,
        f"""CREATE FUNCTION crm_app.lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.lead ({col_list}) VALUES ({new_values});
  RETURN NEW;
END $$""",
        f"""CREATE FUNCTION crm_app.lead_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sets text[] := '{{}}';
  names text[] := '{{}}';
  n integer;
BEGIN
{changed}
  IF cardinality(sets) = 0 THEN RETURN NEW; END IF;
  IF names <@ ARRAY[{followup}] THEN
    PERFORM crm_app.lead_followup(OLD.id, NEW.next_followup, NEW.last_activity_on,
                                  NEW.updated_at, NEW.version);
    RETURN NEW;
  END IF;
  EXECUTE 'UPDATE public.lead SET ' || array_to_string(sets, ', ') || ' WHERE id = $2'
    USING NEW, OLD.id;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n = 0 THEN
    RAISE EXCEPTION 'permission denied: row-level security refuses % the change of lead %',
      session_user, OLD.id USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$""",
        """CREATE FUNCTION crm_app.lead_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  DELETE FROM public.lead WHERE id = OLD.id;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n = 0 THEN
    RAISE EXCEPTION 'permission denied: row-level security refuses % the removal of lead %',
      session_user, OLD.id USING ERRCODE = '42501';
  END IF;
  RETURN OLD;
END $$""",
        "CREATE TRIGGER lead_insert INSTEAD OF INSERT ON crm_app.lead "
        "FOR EACH ROW EXECUTE FUNCTION crm_app.lead_insert()",
        "CREATE TRIGGER lead_update INSTEAD OF UPDATE ON crm_app.lead "
        "FOR EACH ROW EXECUTE FUNCTION crm_app.lead_update()",
        "CREATE TRIGGER lead_delete INSTEAD OF DELETE ON crm_app.lead "
        "FOR EACH ROW EXECUTE FUNCTION crm_app.lead_delete()",
    ]


#: 2: everything; 1: the lead's own text but not its contacts; 0: only the public document
SEARCH_SIGHT = f"""CREATE FUNCTION crm_app.search_sight(lead integer) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT CASE WHEN NOT {SEES_NAMES} THEN 0 WHEN {SEES_CONTACTS} THEN 2 ELSE 1 END
  FROM public.lead l WHERE l.id = lead
$$"""

#: masking in the projection: safe with any query, but no index serves ``doc @@ …``
SEARCH_VIEW_MASKED = f"""CREATE VIEW crm_app.lead_search AS
SELECT s.lead_id, s.pub,
  CASE WHEN {SEES_NAMES} THEN s.doc ELSE s.pub END AS doc,
  CASE WHEN {SEES_NAMES} AND {SEES_CONTACTS} THEN s.alltext
       WHEN {SEES_NAMES} THEN s.doc ELSE s.pub END AS alltext
FROM public.lead_search s JOIN public.lead l ON l.id = s.lead_id"""

# on the search rows' own copy of their lead's city, owner and confidentiality (SEARCH_SCOPE)
_NAMES = f"coalesce({SEES_NAMES.replace('l.', 's.')}, false)"
_CONTACTS = f"coalesce({SEES_CONTACTS.replace('l.', 's.')}, false)"
_FROM = "FROM public.lead_search s"

#: each search row carries its lead's city, owner and confidentiality, kept by the server
#: (filled on insert, followed on every change of the lead), so that the masking branches
#: decide without reading the lead: a search costs what it costs the tables' owner
SEARCH_SCOPE = [
    "ALTER TABLE public.lead_search ADD COLUMN IF NOT EXISTS city_id integer, "
    "ADD COLUMN IF NOT EXISTS owner_id integer, ADD COLUMN IF NOT EXISTS confidential boolean",
    "UPDATE public.lead_search s SET city_id = l.city_id, owner_id = l.owner_id, "
    "confidential = l.confidential FROM public.lead l WHERE l.id = s.lead_id",
    """CREATE FUNCTION crm_app.search_scope_fill() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  SELECT city_id, owner_id, confidential INTO NEW.city_id, NEW.owner_id, NEW.confidential
    FROM public.lead WHERE id = NEW.lead_id;
  RETURN NEW;
END $$""",
    "CREATE TRIGGER lead_search_scope BEFORE INSERT OR UPDATE ON public.lead_search "
    "FOR EACH ROW EXECUTE FUNCTION crm_app.search_scope_fill()",
    """CREATE FUNCTION crm_app.search_scope_follow() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  UPDATE public.lead_search SET city_id = NEW.city_id WHERE lead_id = NEW.id;
  RETURN NULL;
END $$""",
    "CREATE TRIGGER lead_search_scope AFTER UPDATE OF city_id, owner_id, confidential "
    "ON public.lead FOR EACH ROW WHEN (OLD.city_id IS DISTINCT FROM NEW.city_id OR "
    "OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.confidential IS DISTINCT FROM "
    "NEW.confidential) EXECUTE FUNCTION crm_app.search_scope_follow()",
]
#: each row once, in the branch of what the person may see; each branch a view of its own
#: behind a security barrier, which keeps every condition a person writes behind the branch's
#: own (a failing cast would quote the value it read), except leakproof ones — and with the
#: text-search match marked leakproof (crm.team.security), the GIN indexes serve each branch.
#: (A barrier over the UNION as a whole does not hold: conditions go into its branches.)
SEARCH_VIEW_SPLIT = (
    SEARCH_SCOPE
    + [
        f"""CREATE VIEW crm_app.{name} WITH (security_barrier) AS
SELECT s.lead_id, s.pub, {doc} AS doc, {alltext} AS alltext {_FROM} WHERE {where}"""
        for name, doc, alltext, where in (
            ("search_all", "s.doc", "s.alltext", f"{_NAMES} AND {_CONTACTS}"),
            ("search_text", "s.doc", "s.doc", f"{_NAMES} AND NOT {_CONTACTS}"),
            ("search_public", "s.pub", "s.pub", f"NOT {_NAMES}"),
        )
    ]
    + [
        "CREATE VIEW crm_app.lead_search AS SELECT * FROM crm_app.search_all UNION ALL "
        "SELECT * FROM crm_app.search_text UNION ALL SELECT * FROM crm_app.search_public"
    ]
)

#: what the app's search calls on a team server (crm.db.search.match_clause, dialect "team"):
#: the lead ids whose document *as this person may see it* matches (the view's own rule), the
#: GIN indexes serving it whether or not the match is leakproof. The caller's query is the
#: only thing it takes from outside, and it runs no expression of theirs over a row: as the
#: owner, an index scan of the widest document the scope allows and of ``pub`` (every
#: document a person may see is ``pub`` or within the wider one, tokens at the same
#: positions), then each row checked against the document of its branch. scope: "all",
#: "text" or "public" (crm.db.search); the branches of other scopes are skipped at once.
SEARCH_MATCH = f"""CREATE FUNCTION crm_app.lead_search_match(q tsquery, scope text)
RETURNS SETOF integer
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT s.lead_id {_FROM} WHERE scope = 'public' AND s.pub @@ q
  UNION ALL
  SELECT s.lead_id {_FROM} WHERE scope = 'text' AND (s.doc @@ q OR s.pub @@ q)
    AND CASE WHEN {_NAMES} THEN s.doc @@ q ELSE s.pub @@ q END
  UNION ALL
  SELECT s.lead_id {_FROM} WHERE scope = 'all' AND (s.alltext @@ q OR s.pub @@ q)
    AND CASE WHEN NOT {_NAMES} THEN s.pub @@ q WHEN NOT {_CONTACTS} THEN s.doc @@ q
             ELSE s.alltext @@ q END
$$"""

LEAD_SEARCH = [
    SEARCH_SIGHT,
    # the documents a person may not see are kept as they were, never replaced by masked ones
    """CREATE FUNCTION crm_app.lead_search_insert() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE sight integer := crm_app.search_sight(NEW.lead_id);
BEGIN
  IF crm_app.me() IS NULL OR crm_app.my_role() NOT IN ('officer', 'manager', 'admin') THEN
    RAISE EXCEPTION 'permission denied for the search index' USING ERRCODE = '42501';
  END IF;
  INSERT INTO public.lead_search AS t (lead_id, pub, doc, alltext)
    VALUES (NEW.lead_id, NEW.pub, NEW.doc, NEW.alltext)
  ON CONFLICT (lead_id) DO UPDATE SET pub = EXCLUDED.pub,
    doc = CASE WHEN sight >= 1 THEN EXCLUDED.doc ELSE t.doc END,
    alltext = CASE WHEN sight = 2 THEN EXCLUDED.alltext ELSE t.alltext END;
  RETURN NEW;
END $$""",
    """CREATE FUNCTION crm_app.lead_search_delete() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF crm_app.me() IS NULL OR crm_app.my_role() NOT IN ('officer', 'manager', 'admin') THEN
    RAISE EXCEPTION 'permission denied for the search index' USING ERRCODE = '42501';
  END IF;
  IF coalesce(crm_app.search_sight(OLD.lead_id), 2) = 2 THEN
    DELETE FROM public.lead_search WHERE lead_id = OLD.lead_id;
  END IF;
  RETURN OLD;
END $$""",
    "CREATE TRIGGER lead_search_insert INSTEAD OF INSERT ON crm_app.lead_search "
    "FOR EACH ROW EXECUTE FUNCTION crm_app.lead_search_insert()",
    "CREATE TRIGGER lead_search_delete INSTEAD OF DELETE ON crm_app.lead_search "
    "FOR EACH ROW EXECUTE FUNCTION crm_app.lead_search_delete()",
]

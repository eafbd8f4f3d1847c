"""Who may see and do what (DOMAIN.md, "Who may do what"): every rule once, as a function of
the acting person and the lead's city and owner. Services call ``require`` in the one place
each write happens; the UI asks the same functions only to hide or disable what a person may
not do, with the reason as a tooltip.

- officer: creates leads in their own city; edits, moves and deletes leads they own or of
  their city; logs activities on the leads they may see (not other cities' confidential
  ones, seen only by codename); exports what they see, masked.
- manager (a city's, or the committee's when they have no city): everything in their scope —
  reassigning, handing a lead to another city, restoring deleted leads, undoing others'
  imports —, and targets. A city manager's scope is their city (its leads, its targets); a
  committee manager's is the corridor (every city, the corridor's own targets and the
  corridor-wide follow-up thresholds). Managers see every city's confidential projects and
  contacts.
- report staff: read everything with contacts masked, run and close the weekly report.
- administrator (``is_admin``, or the role ``admin``): people, reference lists, targets,
  backups and settings; contacts only if also a manager.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sqlmodel import Session

from crm.accounts.users import Actor
from crm.db.models import User
from crm.errors import PermissionDenied
from crm.i18n import QT_TRANSLATE_NOOP, Message

OFFICER, MANAGER, REPORT_STAFF, ADMIN = "officer", "manager", "report_staff", "admin"

_READ_ONLY = {
    REPORT_STAFF: QT_TRANSLATE_NOOP("Permissions", "Report staff read the leads but change none."),
    ADMIN: QT_TRANSLATE_NOOP(
        "Permissions",
        "Administrators manage people and settings; leads are changed by officers and managers.",
    ),
}
NOT_YOURS = QT_TRANSLATE_NOOP(
    "Permissions", "You may change only the leads of your own city and the leads you own."
)
OUTSIDE_SCOPE = QT_TRANSLATE_NOOP(
    "Permissions", "This lead is outside your city; a manager changes the leads of their own city."
)
MANAGERS_ONLY = QT_TRANSLATE_NOOP("Permissions", "Only a manager may do this.")
ADMINS_ONLY = QT_TRANSLATE_NOOP("Permissions", "Only an administrator may do this.")
MANAGERS_OR_ADMINS = QT_TRANSLATE_NOOP(
    "Permissions", "Only a manager or an administrator may do this."
)


# ------------------------------------------------------------------ seeing


def sees_confidential(actor: Actor, lead_city_id: int | None) -> bool:
    """A confidential project shows its name to its own city's people and to managers."""
    return actor.role == MANAGER or (actor.city_id is not None and actor.city_id == lead_city_id)


def sees_contacts(actor: Actor, owner_id: int | None, lead_city_id: int | None) -> bool:
    """Contacts (PIPL) are shown to the lead's owner, its city's officers and the managers."""
    if actor.role in (REPORT_STAFF, ADMIN):
        return False
    return (
        actor.role == MANAGER
        or actor.id == owner_id
        or (actor.city_id is not None and actor.city_id == lead_city_id)
    )


def contacts_on_request(actor: Actor, owner_id: int | None, lead_city_id: int | None) -> bool:
    """A manager sees the contacts of leads that are neither theirs nor of their city masked
    until they ask to see them; each such reveal is in the audit log (PIPL). The owner and the
    lead's city see them as part of their work."""
    return (
        actor.role == MANAGER
        and actor.id != owner_id
        and (actor.city_id is None or actor.city_id != lead_city_id)
    )


# ------------------------------------------------------------------ doing (None: allowed)


def _in_scope(actor: Actor, city_id: int | None) -> bool:
    return actor.city_id is None or actor.city_id == city_id


def edit_lead(actor: Actor, owner_id: int | None, city_id: int | None) -> Message | None:
    """Edit, move, delete a lead, add its contacts: the owner, its city's officers, a manager
    whose scope it is in."""
    if actor.role in _READ_ONLY:
        return _READ_ONLY[actor.role]
    if actor.role == MANAGER:
        return None if _in_scope(actor, city_id) else OUTSIDE_SCOPE
    if actor.id == owner_id or (actor.city_id is not None and actor.city_id == city_id):
        return None
    return NOT_YOURS


def create_lead(
    actor: Actor, city_id: int | None, owner_id: int | None, owner_city_id: int | None
) -> Message | None:
    """Officers create leads of their own city, for themselves or a colleague of that city;
    managers in their scope."""
    if actor.role in _READ_ONLY:
        return _READ_ONLY[actor.role]
    if actor.role == MANAGER:
        return None if _in_scope(actor, city_id) else OUTSIDE_SCOPE
    if actor.city_id is None or actor.city_id != city_id:
        return QT_TRANSLATE_NOOP("Permissions", "Officers create leads of their own city.")
    if owner_id is not None and owner_id != actor.id and owner_city_id != actor.city_id:
        return QT_TRANSLATE_NOOP(
            "Permissions", "A new lead goes to you or a colleague of your city."
        )
    return None


def import_ledger(actor: Actor) -> Message | None:
    """Import a ledger at all: whoever may write leads (each row is then checked as a lead
    created or edited); the read-only roles are told before they choose a file."""
    return _READ_ONLY.get(actor.role)


def manage_lead(actor: Actor, city_id: int | None) -> Message | None:
    """Reassign a lead, hand it to another city, restore it: a manager in scope."""
    if actor.role != MANAGER:
        return MANAGERS_ONLY
    return None if _in_scope(actor, city_id) else OUTSIDE_SCOPE


def reassign(
    actor: Actor, city_id: int | None, owned_by_someone: bool, to_owner: int | None
) -> Message | None:
    """Give a lead to another person: a manager in scope; an officer may only take a lead of
    their city that nobody follows (a headless import left it with the app itself)."""
    if actor.role == MANAGER:
        return manage_lead(actor, city_id)
    if (
        actor.role == OFFICER
        and not owned_by_someone
        and to_owner == actor.id
        and actor.city_id is not None
        and actor.city_id == city_id
    ):
        return None
    return MANAGERS_ONLY


def restore_lead(actor: Actor, city_id: int | None, deleted_by: int | None) -> Message | None:
    """Bring a deleted lead back: a manager in scope, or whoever deleted it (their undo)."""
    if actor.role not in _READ_ONLY and actor.id == deleted_by:
        return None
    return manage_lead(actor, city_id)


def log_activity(actor: Actor, city_id: int | None, confidential: bool) -> Message | None:
    """Log a follow-up on any lead one may see (not another city's confidential project)."""
    if actor.role in _READ_ONLY:
        return _READ_ONLY[actor.role]
    if confidential and not sees_confidential(actor, city_id):
        return QT_TRANSLATE_NOOP(
            "Permissions", "This confidential project belongs to another city."
        )
    return None


def change_activity(actor: Actor, author_id: int | None, city_id: int | None) -> Message | None:
    """Edit, delete or restore a logged activity: its author, or a manager of the lead's city
    (a committee manager, of any city)."""
    if actor.id == author_id and actor.role not in _READ_ONLY:
        return None
    if actor.role == MANAGER and _in_scope(actor, city_id):
        return None
    return QT_TRANSLATE_NOOP(
        "Permissions",
        "Only the person who logged it or a manager of the lead's city may change this activity.",
    )


def undo_import(actor: Actor, importer_id: int | None) -> Message | None:
    if actor.role == MANAGER:
        return None
    if actor.role == OFFICER and actor.id == importer_id:
        return None
    return QT_TRANSLATE_NOOP(
        "Permissions", "Only the person who imported it or a manager may undo an import."
    )


CORRIDOR_WIDE = QT_TRANSLATE_NOOP(
    "Permissions",
    "This applies to the whole corridor: only a committee manager or an administrator may "
    "change it.",
)
OTHER_CITY_TARGETS = QT_TRANSLATE_NOOP(
    "Permissions",
    "These are another city's targets: a city manager sets only their own city's.",
)


def manage_targets(actor: Actor, city_id: int | None) -> Message | None:
    """The targets of a city: its manager, a committee manager, an administrator; the
    corridor's targets (no city): a committee manager or an administrator."""
    if actor.administers or (actor.role == MANAGER and actor.city_id is None):
        return None
    if actor.role != MANAGER:
        return MANAGERS_OR_ADMINS
    if city_id is None:
        return CORRIDOR_WIDE
    return None if actor.city_id == city_id else OTHER_CITY_TARGETS


def corridor_settings(actor: Actor) -> Message | None:
    """Settings that apply to every city (the follow-up thresholds): a committee manager or an
    administrator; a city manager's scope is their city."""
    if actor.administers or (actor.role == MANAGER and actor.city_id is None):
        return None
    return CORRIDOR_WIDE if actor.role == MANAGER else MANAGERS_OR_ADMINS


def load_demo(actor: Actor, shared: bool) -> Message | None:
    """Fill an empty store with demo data: anyone in a store file of their own (it is theirs
    to try the app with), only an administrator in a shared pool (a team server), which an
    officer would otherwise fill with made-up leads for everyone."""
    return administer(actor) if shared else None


def administer(actor: Actor) -> Message | None:
    """People, reference lists, backups and settings."""
    return None if actor.administers else ADMINS_ONLY


def back_up(actor: Actor) -> Message | None:
    """A backup on demand is a full copy of every city's leads and contacts, written where the
    person chooses: an administrator's, like the backup settings and restoring. (The automatic
    backup runs for everyone: it protects the data and stays in the policy's folder.)"""
    return (
        None
        if actor.administers
        else QT_TRANSLATE_NOOP(
            "Permissions",
            "Backups hold every city's leads and contacts: only an administrator may make, "
            "schedule or restore them.",
        )
    )


def close_week(actor: Actor) -> Message | None:
    """Close a reported week (freeze its figures): report staff, managers, administrators."""
    if actor.role in (REPORT_STAFF, MANAGER) or actor.administers:
        return None
    return QT_TRANSLATE_NOOP(
        "Permissions", "Only report staff, managers and administrators may close a week."
    )


def write_summary(actor: Actor) -> Message | None:
    """The week's written summary: report staff and managers."""
    if actor.role in (REPORT_STAFF, MANAGER):
        return None
    return QT_TRANSLATE_NOOP(
        "Permissions", "Only report staff and managers may write the week's summary."
    )


def reopen_week(actor: Actor) -> Message | None:
    """Reopening a closed week changes what was reported: a manager's decision."""
    return (
        None
        if actor.role == MANAGER
        else QT_TRANSLATE_NOOP("Permissions", "Only managers may reopen a week.")
    )


def read_audit(actor: Actor) -> Message | None:
    return None if actor.role == MANAGER or actor.administers else MANAGERS_OR_ADMINS


# ------------------------------------------------------------------ enforcing


def require(
    reason: Message | None,
    actor: Actor,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
) -> None:
    """Raise PermissionDenied with ``reason`` (if any); the store audits the refusal."""
    if reason is not None:
        raise PermissionDenied(
            reason, action=action, entity=entity, entity_id=entity_id, user_id=actor.id
        )


def current(s: Session, actor: Actor) -> Actor:
    """The acting person as the store knows them now, read in the write's own transaction: a
    person disabled or given another role since signing in acts with what they have now."""
    row = s.get(User, actor.id)
    if row is None or not row.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Permissions", "Your account has been disabled; nothing was changed."
            ),
            action="write",
            user_id=actor.id,
        )
    if (row.role, row.city_id, row.is_admin) == (actor.role, actor.city_id, actor.is_admin):
        return actor
    return replace(actor, role=row.role, city_id=row.city_id, is_admin=row.is_admin)


_EXTENSION = re.compile(r"(\s*(?:转|分机|ext\.?|x|#)\s*)(\d+)\s*$", re.IGNORECASE)


def mask_phone(value: str | None) -> str | None:
    """Enough to recognise a number, not to call it: the last four digits stay, and a number of
    ten digits or more (a mobile, a number with its area code) keeps its first three too —
    138****5678, 057*-****1234, ***1234 for a 7-digit number; a number of five or six digits
    keeps one or two, four or fewer none. Separators stay as written; an extension (转 8021,
    ext. 12) is masked whole."""
    if not value:
        return value
    text, ext = value.strip(), ""
    found = _EXTENSION.search(text)
    if found and any(c.isdigit() for c in text[: found.start()]):
        text, ext = text[: found.start()], found.group(1) + "*" * len(found.group(2))
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    n = len(digits)
    if n == 0:
        return "*" * len(text) + ext
    tail = 4 if n >= 7 else n // 3 if n > 4 else 0
    head = 3 if n >= 10 else 0
    shown = set(digits[:head]) | set(digits[n - tail :] if tail else ())
    masked = "".join("*" if c.isdigit() and i not in shown else c for i, c in enumerate(text))
    return masked + ext


def mask_text(value: str | None) -> str | None:
    """张三 → 张*, zhang@x.cn → z***@x.cn."""
    if not value:
        return value
    if "@" in value:
        local, _, domain = value.partition("@")
        return (local[:1] + "***@" + domain) if local else "***@" + domain
    return value[:1] + "*" * max(1, len(value) - 1)

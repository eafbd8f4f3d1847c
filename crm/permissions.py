"""Who may see what (DOMAIN.md): a confidential project shows its codename outside its own
city and the managers; contacts (PIPL personal information) are shown to the lead's owner,
its city's officers and the managers, and masked everywhere else, exports included."""

from __future__ import annotations

from crm.users import Actor


def sees_confidential(actor: Actor, lead_city_id: int | None) -> bool:
    return actor.privileged or (actor.city_id is not None and actor.city_id == lead_city_id)


def sees_contacts(actor: Actor, owner_id: int | None, lead_city_id: int | None) -> bool:
    return (
        actor.privileged
        or actor.id == owner_id
        or (actor.city_id is not None and actor.city_id == lead_city_id)
    )


def mask_phone(value: str | None) -> str | None:
    """138****5678 — enough to recognise, not to call."""
    if not value:
        return value
    digits = value.strip()
    if len(digits) <= 4:
        return "*" * len(digits)
    keep = 3 if len(digits) >= 7 else 1
    return digits[:keep] + "*" * (len(digits) - keep - 4) + digits[-4:]


def mask_text(value: str | None) -> str | None:
    """张三 → 张*, zhang@x.cn → z***@x.cn."""
    if not value:
        return value
    if "@" in value:
        local, _, domain = value.partition("@")
        return (local[:1] + "***@" + domain) if local else "***@" + domain
    return value[:1] + "*" * max(1, len(value) - 1)

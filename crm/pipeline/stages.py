"""The stages and their order: 线索 → 接洽 → 考察 → 洽谈 → 签约 → 落地 → 开工 → 投产, with two side
exits, 搁置 (on hold) and 流失 (lost). Every question "is this stage signed, landed, still
open?" is answered here."""

from __future__ import annotations

MAIN = ("lead", "contact", "visit", "negotiation", "signed", "landed", "construction", "operating")
SIDE = ("on_hold", "lost")
ALL = MAIN + SIDE
SIGNED_OR_LATER = MAIN[MAIN.index("signed") :]
LANDED_OR_LATER = MAIN[MAIN.index("landed") :]
#: stages whose leads still need follow-ups
OPEN = tuple(s for s in ALL if s not in ("lost", "operating"))


def needs_agreed_investment(stage: str) -> bool:
    """签约 and later need the agreed investment (协议投资)."""
    return stage in SIGNED_OR_LATER


def is_signed(stage: str) -> bool:
    return stage in SIGNED_OR_LATER


def is_landed(stage: str) -> bool:
    return stage in LANDED_OR_LATER


def order(stage: str) -> int:
    return ALL.index(stage)


def rank(stage: str | None) -> int:
    """A stage's place along the main pipeline (0 for 线索 and the side exits)."""
    return MAIN.index(stage) if stage in MAIN else 0


def step(stage: str, direction: int = 1) -> str | None:
    """The main stage ``direction`` steps along from ``stage`` (1: the next, -1: the one
    before); None past either end and from a side exit, which has no place along the way."""
    if stage not in MAIN:
        return None
    k = MAIN.index(stage) + direction
    return MAIN[k] if 0 <= k < len(MAIN) else None


def furthest(stage: str, before: str | None = None) -> str:
    """The furthest main stage of ``before`` (None: nothing reached yet) and ``stage``; the side
    exits count as 线索."""
    reached = stage if stage in MAIN else MAIN[0]
    return before if before is not None and rank(before) >= rank(reached) else reached

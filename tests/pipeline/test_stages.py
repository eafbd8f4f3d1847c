"""The stage order and the questions asked of it, pinned by value."""

from __future__ import annotations

import pytest

from crm.pipeline import stages as S


def test_the_order_of_the_stages():
    assert S.MAIN == ("lead", "contact", "visit", "negotiation", "signed", "landed",
                      "construction", "operating")  # fmt: skip
    assert S.SIDE == ("on_hold", "lost")
    assert S.LANDED_OR_LATER == ("landed", "construction", "operating")
    assert S.OPEN == ("lead", "contact", "visit", "negotiation", "signed", "landed",
                      "construction", "on_hold")  # fmt: skip
    assert [S.order(s) for s in ("lead", "operating", "on_hold", "lost")] == [0, 7, 8, 9]


@pytest.mark.parametrize(
    ("stage", "signed", "landed", "rank"),
    [
        ("lead", False, False, 0),
        ("negotiation", False, False, 3),
        ("signed", True, False, 4),
        ("landed", True, True, 5),
        ("operating", True, True, 7),
        ("on_hold", False, False, 0),
        ("lost", False, False, 0),
        (None, False, False, 0),
    ],
)
def test_what_each_stage_is(stage, signed, landed, rank):
    if stage is not None:
        assert (S.is_signed(stage), S.is_landed(stage)) == (signed, landed)
        assert S.needs_agreed_investment(stage) == signed
    assert S.rank(stage) == rank


@pytest.mark.parametrize(
    ("stage", "before", "furthest"),
    [
        ("visit", None, "visit"),
        ("contact", "visit", "visit"),  # a step back keeps the furthest
        ("signed", "visit", "signed"),
        ("lost", None, "lead"),  # a side exit counts as 线索
        ("on_hold", "negotiation", "negotiation"),
        ("lead", "lead", "lead"),
    ],
)
def test_the_furthest_stage_reached(stage, before, furthest):
    assert S.furthest(stage, before) == furthest


@pytest.mark.parametrize(
    ("stage", "direction", "to"),
    [
        ("lead", 1, "contact"),
        ("negotiation", 1, "signed"),
        ("negotiation", -1, "visit"),
        ("construction", 1, "operating"),
        ("operating", 1, None),  # the last
        ("lead", -1, None),  # the first
        ("on_hold", 1, None),  # the side exits have no place along the way
        ("lost", -1, None),
        ("visit", 2, "signed"),
        ("contact", -1, "lead"),  # back to the first
    ],
)
def test_a_step_along_the_main_stages(stage, direction, to):
    assert S.step(stage, direction) == to


def test_a_step_is_the_next_stage_unless_told_otherwise():
    assert S.step("signed") == "landed"

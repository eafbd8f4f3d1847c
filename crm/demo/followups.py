"""When the demo's activities happen and what follow-up each schedules, drawn before any row
is written, so each lead is written with the follow-up state its activities give it — the
state the services would keep had every activity been logged through crm.followups.activities in the
order of its day:

* an activity naming a next follow-up sets the lead's; one on or after the scheduled day that
  names none completes it (nothing scheduled then);
* a move to 搁置 sets the follow-up to the day to look again, a move to 流失 clears it; the demo's
  activities after such a move schedule nothing.

So no lead is flagged overdue for a follow-up an activity already took care of. The last
activity of a lead in play mostly schedules the next one: in the coming month for most, a few
days or weeks late for some (those are overdue, the later ones at risk); leads idle for weeks
are at risk when their last activity scheduled something."""

from __future__ import annotations

import random
from array import array
from dataclasses import dataclass
from itertools import accumulate

from crm.demo.plan import CLOSED, IDLE, Plan

BATCH = 100_000
#: the share of leads in play whose last activity names a next follow-up, and of those the
#: share already late
SCHEDULES, LATE = 0.85, 0.12


@dataclass
class Schedule:
    lead: array[int]  # per activity: the lead's number (index into the plans)
    day: array[int]  # per activity: its day (ordinal)
    next_followup: array[int]  # per activity: the follow-up it names (ordinal), 0 for none
    last_day: list[int]  # per lead: its last activity's day, 0 for none
    followup: list[int | None]  # per lead: its next follow-up once all is logged

    def __len__(self) -> int:
        return len(self.lead)


def _weight(p: Plan) -> float:
    """Busy stages get more activities, shelved ones few."""
    if p.side:
        return 0.2
    return 3.0 if p.stage in ("negotiation", "signed") else 1.0


def schedule(rng: random.Random, plans: list[Plan], n: int, today: int) -> Schedule:
    lead, day, nxt = array("i"), array("i"), array("i")
    count = len(plans)
    last_day, latest = [0] * count, [-1] * count
    if n and count:
        cum = list(accumulate(_weight(p) for p in plans))
        year_ago, idle_cut = today - 365, today - 45
        spans = []
        for k, p in enumerate(plans):
            lo = max(p.created, year_ago)
            hi = today if (p.stage not in CLOSED and k % IDLE) else min(today, idle_cut)
            # after a move to 搁置/流失 nothing is scheduled by an activity (the move decides)
            quiet = p.stage_date if p.side else today + 1
            spans.append((lo, max(0, hi - lo) + 1, quiet))
        rand, leads = rng.random, range(count)
        j = 0
        while j < n:
            for k in rng.choices(leads, cum_weights=cum, k=min(BATCH, n - j)):
                lo, span, quiet = spans[k]
                d = lo + int(rand() * span)
                lead.append(k)
                day.append(d)
                nxt.append(d + 3 + int(rand() * 19) if rand() < 0.5 and d <= quiet else 0)
                if d >= last_day[k]:  # the latest so far (on a tie, the later one)
                    last_day[k], latest[k] = d, j
                j += 1
    _plan_last_followups(rng, plans, nxt, last_day, latest, today)
    return Schedule(lead, day, nxt, last_day, _outcome(plans, lead, day, nxt, last_day))


def _plan_last_followups(
    rng: random.Random,
    plans: list[Plan],
    nxt: array[int],
    last_day: list[int],
    latest: list[int],
    today: int,
) -> None:
    """What each lead's last activity schedules (see the module's docstring)."""
    rand = rng.random
    for k, p in enumerate(plans):
        j = latest[k]
        if j < 0:
            continue
        last = last_day[k]
        if p.side or p.stage in CLOSED:
            nxt[j] = 0
        elif k % IDLE == 0:
            nxt[j] = last + 3 + int(rand() * 19) if rand() < 0.5 else 0
        elif rand() < SCHEDULES:
            due = today - 1 - int(rand() * 14) if rand() < LATE else today + int(rand() * 31)
            nxt[j] = max(due, last + 1)
        else:
            nxt[j] = 0


def _outcome(
    plans: list[Plan], lead: array[int], day: array[int], nxt: array[int], last_day: list[int]
) -> list[int | None]:
    """Each lead's follow-up after its activities, in the order of their days: the one named
    by the last activity that named one, unless an activity on or after that day came later;
    without any, the one scheduled when the lead was logged, on the same terms."""
    best_day, best = [-1] * len(plans), [0] * len(plans)
    for k, d, f in zip(lead, day, nxt, strict=True):
        if f and d >= best_day[k]:
            best_day[k], best[k] = d, f
    out: list[int | None] = []
    for k, p in enumerate(plans):
        if p.stage == "on_hold":
            out.append(p.on_hold_until)
        elif p.stage == "lost":
            out.append(None)
        else:
            due = best[k] if best_day[k] >= 0 else p.scheduled
            out.append(due if due and due > last_day[k] else None)
    return out

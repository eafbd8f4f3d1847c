"""Year to date against the annual targets (crm.targets.annual), for the scope and per city.

Progress is the actual figure over the target; the share of the year elapsed (by days, to the
period's last day) says whether that is on track.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crm.analytics.figures import Figure
from crm.analytics.period import Period
from crm.targets.annual import METRICS, TargetValue, target_for


@dataclass(frozen=True)
class TargetProgress:
    metric: str
    actual: Figure
    target: float | None

    @property
    def ratio(self) -> float | None:
        """Actual over target (None without a target, or a target of 0)."""
        return self.actual.value / self.target if self.target else None


@dataclass(frozen=True)
class Ytd:
    period: Period
    # share of the year elapsed at the period's last day (0–1)
    elapsed: float
    rows: list[TargetProgress]
    by_city: dict[int, list[TargetProgress]]
    by_field: dict[int, list[TargetProgress]]

    @property
    def has_targets(self) -> bool:
        return any(r.target is not None for r in self.rows)


def elapsed_share(period: Period) -> float:
    year = period.start.year
    days = (date(year, 12, 31) - date(year, 1, 1)).days + 1
    return min(1.0, ((period.end - date(year, 1, 1)).days + 1) / days)


def progress(
    actuals: dict[str, Figure],
    targets: list[TargetValue],
    city_id: int | None,
    field_id: int | None,
) -> list[TargetProgress]:
    """One row per target metric: the actual figure and the target of this scope."""
    return [
        TargetProgress(m, actuals.get(m, Figure(0)), target_for(targets, m, city_id, field_id))
        for m in METRICS
    ]

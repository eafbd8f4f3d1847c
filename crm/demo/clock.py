"""Days and instants as the demo writes them. Days are ordinals (``date.toordinal``) while the
data is drawn, cheap to add and compare; they become what the store takes only on the way in:
on SQLite the text the ORM writes (so the bulk insert converts nothing per value), elsewhere
``date`` and aware ``datetime`` objects."""

from __future__ import annotations

from datetime import UTC, date, datetime

#: a day as the store takes it: ISO text on SQLite, a date elsewhere
StoredDay = str | date
#: an instant as the store takes it: the ORM's text on SQLite, an aware datetime elsewhere
StoredInstant = str | datetime


class Clock:
    def __init__(self, today: date, *, text: bool):
        self.today = today.toordinal()
        self.text = text
        self._days: dict[int, StoredDay] = {}

    def day(self, ordinal: int | None) -> StoredDay | None:
        """The stored form of a day (None stays None)."""
        if ordinal is None:
            return None
        value = self._days.get(ordinal)
        if value is None:
            d = date.fromordinal(ordinal)
            value = d.isoformat() if self.text else d
            self._days[ordinal] = value
        return value

    def at(self, ordinal: int, hour: int, minute: int) -> StoredInstant:
        """An instant on that day, in UTC (what the ORM writes for created_at and the like)."""
        if self.text:
            return f"{self.day(ordinal)} {hour:02d}:{minute:02d}:00.000000"
        d = date.fromordinal(ordinal)
        return datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC)

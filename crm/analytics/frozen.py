"""A weekly report frozen as JSON, and read back: what a closed week stores (crm.analytics.weeks).

The encoding names each dataclass by its class and each field by its name, so a report frozen
by an older version of the app reads back in a newer one: a field the newer class added takes
its default, a field it dropped is ignored. A report whose format is newer than the app, or
that needs a field without a default, is refused with a clear message (SnapshotError).

The digest is the SHA-256 of the canonical JSON of the figures (without the moment and place
it was produced): the report's fingerprint starts from it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zlib
from datetime import date, datetime
from enum import Enum
from typing import Any

from crm.analytics import (
    activity,
    breakdowns,
    figures,
    funnel,
    labels,
    period,
    projects,
    rows,
    sections,
    trend,
    week_changes,
    weekly,
    ytd,
)
from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leadlist.query import LeadFilter
from crm.pipeline.followup import FollowupState

#: the format written now; readers accept this one and older ones
FORMAT = 1
#: fields that say when and where a report was produced, not what it says
_CIRCUMSTANCES = ("generated_at", "store_name", "rows")


class SnapshotError(StoreError):
    """A frozen report cannot be read by this version of the app."""


def _classes() -> dict[str, type]:
    """Every class a report is made of, by name."""
    found: dict[str, type] = {"LeadFilter": LeadFilter, "FollowupState": FollowupState}
    for module in (activity, breakdowns, figures, funnel, labels, period, projects, rows,
                   sections, trend, week_changes, weekly, ytd):  # fmt: skip
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and (dataclasses.is_dataclass(obj) or issubclass(obj, Enum)):
                found.setdefault(obj.__name__, obj)
    return found


_FIELDS: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def encode(obj: Any) -> Any:
    """Plain JSON values for a report (or any part of it). A list of records of one class
    (the raw rows: tens of thousands) is written as one list of field names and rows of
    values."""
    if isinstance(obj, Enum):  # before str: FollowupState is a str too
        return {"@e": type(obj).__name__, "v": obj.value}
    if obj is None or isinstance(obj, bool | int | float | str):
        return obj
    if isinstance(obj, datetime):
        return {"@dt": obj.isoformat()}
    if isinstance(obj, date):
        return {"@d": obj.isoformat()}
    if dataclasses.is_dataclass(obj):
        out = {"@": type(obj).__name__}
        for name in _names(type(obj)):
            out[name] = encode(getattr(obj, name))
        return out
    if isinstance(obj, tuple):
        return {"@t": [encode(x) for x in obj]}
    if isinstance(obj, frozenset | set):
        return {"@s": sorted((encode(x) for x in obj), key=repr)}
    if isinstance(obj, list):
        kind = type(obj[0]) if obj else None
        if len(obj) > 8 and dataclasses.is_dataclass(kind) and all(type(x) is kind for x in obj):
            names = _names(kind)
            return {"@rows": kind.__name__, "f": list(names),
                    "v": [[encode(getattr(x, n)) for n in names] for x in obj]}  # fmt: skip
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {"@m": [[encode(k), encode(v)] for k, v in obj.items()]}
    raise TypeError(f"cannot freeze {type(obj).__name__}")


def decode(data: Any, classes: dict[str, type] | None = None) -> Any:
    classes = classes if classes is not None else _classes()
    if isinstance(data, list):
        return [decode(x, classes) for x in data]
    if not isinstance(data, dict):
        return data
    if "@d" in data:
        return date.fromisoformat(data["@d"])
    if "@dt" in data:
        return datetime.fromisoformat(data["@dt"])
    if "@t" in data:
        return tuple(decode(x, classes) for x in data["@t"])
    if "@s" in data:
        return frozenset(decode(x, classes) for x in data["@s"])
    if "@m" in data:
        return {_key(decode(k, classes)): decode(v, classes) for k, v in data["@m"]}
    if "@rows" in data:
        cls = _cls(classes, data["@rows"])
        known = set(_names(cls))
        keep = [(n, f) for n, f in enumerate(data["f"]) if f in known]
        plain = (str, int, float, bool, type(None))

        def value(v: Any) -> Any:
            return v if isinstance(v, plain) else decode(v, classes)

        return [cls(**{f: value(row[n]) for n, f in keep}) for row in data["v"]]
    if "@e" in data:
        return _cls(classes, data["@e"])(data["v"])
    cls = _cls(classes, data["@"])
    declared = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {k: decode(v, classes) for k, v in data.items() if k in declared}
    for name, f in declared.items():
        needed = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if name not in kwargs and needed and f.init:
            raise _unreadable()
    return cls(**kwargs)


def _key(k: Any) -> Any:
    return tuple(k) if isinstance(k, list) else k


def _cls(classes: dict[str, type], name: str) -> type:
    try:
        return classes[name]
    except KeyError:
        raise _unreadable() from None


def _unreadable() -> SnapshotError:
    return SnapshotError(
        QT_TRANSLATE_NOOP(
            "Report",
            "This closed week was stored by another version of the CRM and cannot be read; a "
            "manager can reopen the week and close it again.",
        )
    )


def pack(obj: Any, encoded: Any = None) -> bytes:
    data = encode(obj) if encoded is None else encoded
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 6)


def unpack(blob: bytes, fmt: int = FORMAT) -> Any:
    if fmt > FORMAT:
        raise _unreadable()
    return decode(json.loads(zlib.decompress(blob)))


def digest(report: Any, encoded: Any = None) -> str:
    """SHA-256 of what the report says (not when or where it was produced)."""
    data = dict(encode(report) if encoded is None else encoded)
    for name in _CIRCUMSTANCES:
        data.pop(name, None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def fingerprint(figures_digest: str, summary: str, next_steps: str) -> str:
    """The short fingerprint printed on a closed week's report: its figures and its written
    summary, e.g. 3F9A-C21B-77D0."""
    h = (
        hashlib.sha256("\n".join((figures_digest, summary.strip(), next_steps.strip())).encode())
        .hexdigest()[:12]
        .upper()
    )
    return f"{h[:4]}-{h[4:8]}-{h[8:]}"

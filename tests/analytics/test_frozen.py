"""A weekly report frozen and read back (crm.analytics.frozen): the same report, whatever it
holds; a report frozen by an older version (a field the newer one added) reads back with
that field's default; one the app cannot read says so instead of failing."""

from __future__ import annotations

import json
import zlib

import pytest

from crm.analytics import frozen
from crm.analytics.frozen import SnapshotError


def test_round_trip_is_the_same_report(sqlite_week):
    report = sqlite_week.report
    assert frozen.unpack(frozen.pack(report)) == report
    assert frozen.digest(frozen.unpack(frozen.pack(report))) == frozen.digest(report)


def test_an_older_snapshot_reads_with_defaults(sqlite_week):
    data = frozen.encode(sqlite_week.report)
    for name in ("summary", "changes", "adjustments", "closed_elsewhere"):
        del data[name]  # fields this version added
    blob = zlib.compress(json.dumps(data).encode())
    back = frozen.unpack(blob)
    assert back.summary == "" and back.changes is None and back.adjustments == ()
    assert back.headline == sqlite_week.report.headline


def test_an_unreadable_snapshot_says_so(sqlite_week):
    data = frozen.encode(sqlite_week.report)
    data["@"] = "WeeklyReportOfTheFuture"
    with pytest.raises(SnapshotError) as err:
        frozen.unpack(zlib.compress(json.dumps(data).encode()))
    assert "reopen the week" in err.value.render("en")
    with pytest.raises(SnapshotError):
        frozen.unpack(frozen.pack(sqlite_week.report), frozen.FORMAT + 1)
    del data["@"]
    data["@"] = "WeeklyReport"
    del data["period"]  # a field without a default cannot be guessed
    with pytest.raises(SnapshotError):
        frozen.unpack(zlib.compress(json.dumps(data).encode()))


def test_the_fingerprint_covers_the_summary():
    a = frozen.fingerprint("d" * 64, "本周小结", "")
    assert a == frozen.fingerprint("d" * 64, "  本周小结\n", "")  # surrounding blanks aside
    assert a != frozen.fingerprint("d" * 64, "本周小结。", "")
    assert len(a) == 14 and a.count("-") == 2

"""The verdict on a damaged store and the copy of its bytes kept aside."""

from __future__ import annotations

from crm.db.health import keep_aside


def test_keeping_a_store_aside_twice_in_a_second_keeps_both(tmp_path):
    store = tmp_path / "crm.sqlite"
    store.write_bytes(b"first state")
    (tmp_path / "crm.sqlite-wal").write_bytes(b"its log")
    one = keep_aside(store)
    store.write_bytes(b"second state")
    two = keep_aside(store)
    assert one != two and one.parent == two.parent == tmp_path
    assert (one.read_bytes(), two.read_bytes()) == (b"first state", b"second state")
    assert one.with_name(one.name + "-wal").read_bytes() == b"its log"

"""Signing in: the first administrator of a new store, a one-person store without passwords,
the generic failure, the growing pause, disabled people, one-time passwords, rehashing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlmodel import select

from crm.accounts import passwords, signin
from crm.accounts.admin import add_person, reset_password, set_active
from crm.accounts.signin import SignInError, sign_in
from crm.accounts.users import system_actor
from crm.db import open_store
from crm.db.models import AuditLog, User, utcnow
from crm.errors import UserError, ValidationError

PW = "城西-2026-secret"


@pytest.fixture
def empty(tmp_path):
    st = open_store(tmp_path / "new.sqlite")
    yield st
    st.dispose()


def test_argon2id_at_owasps_minimum():
    assert (passwords.MEMORY_KIB, passwords.TIME_COST, passwords.PARALLELISM) == (19456, 2, 1)
    h = passwords.hash_password(PW)
    assert h.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert passwords.verify(h, PW) and not passwords.verify(h, PW + "x")
    assert not passwords.verify(None, PW) and not passwords.verify("garbage", PW)


@pytest.mark.parametrize(
    "bad, reason",
    [("", "required"), ("short7!", "at least 8"), ("x" * 257, "at most 256"),
     (" padded password ", "space"), (None, "required")],
)  # fmt: skip
def test_new_passwords_that_are_refused(bad, reason):
    with pytest.raises(UserError) as err:
        passwords.check_new(bad)
    assert reason in err.value.render("en")


def test_a_new_store_asks_once_for_its_first_administrator(empty):
    assert signin.state(empty).empty and signin.open_actor(empty) is None
    admin = signin.first_admin(empty, "zhangsan", "张三", PW)
    assert (admin.role, admin.is_admin, admin.administers) == ("manager", True, True)
    with pytest.raises(UserError):
        signin.first_admin(empty, "lisi", "李四", PW)
    assert signin.state(empty).needs_sign_in
    assert sign_in(empty, "ZhangSan", PW).actor.id == admin.id  # the name in any case


def test_a_one_person_store_runs_without_a_password_until_a_second_can_sign_in(empty):
    admin = signin.first_admin(empty, "zhangsan", "张三")  # no password
    assert signin.open_actor(empty) == admin and signin.cli_actor(empty) == admin
    # a colleague without a password (a ledger's officer) changes nothing
    add_person(empty, admin, "wangwu", "王五", "officer", _city(empty))
    assert signin.open_actor(empty) is None  # two people: who is acting?
    assert not signin.state(empty).needs_sign_in and signin.cli_actor(empty) is not None
    # the admin cannot give someone a password before having one
    with pytest.raises(ValidationError) as err:
        add_person(empty, admin, "lisi", "李四", "officer", _city(empty), password=PW)
    assert "your own password first" in err.value.render("en")
    reset_password(empty, admin, admin.id, PW)  # their own: not a one-time password
    add_person(empty, admin, "lisi", "李四", "officer", _city(empty), password=PW)
    assert signin.state(empty).needs_sign_in and signin.cli_actor(empty) is None
    assert not sign_in(empty, "zhangsan", PW).must_change_password
    assert sign_in(empty, "lisi", PW).must_change_password  # set by an admin: one-time


def _city(store):
    from crm.reference import reference

    return reference(store).id_of("city", "future")


@pytest.fixture
def two(empty):
    admin = signin.first_admin(empty, "zhangsan", "张三", PW)
    person, _ = add_person(empty, admin, "lisi", "李四", "officer", _city(empty), password=PW)
    return empty, admin, person


def test_a_failure_says_the_same_whatever_was_wrong(two):
    store, _admin, _p = two
    messages = set()
    for name, pw in (("lisi", "wrong-password"), ("nobody", PW), ("lisi", ""), ("", ""),
                     ("lisi", "x" * 10_000), ("系统", PW), ("system", PW)):  # fmt: skip
        with pytest.raises(SignInError) as err:
            sign_in(store, name, pw)
        messages.add(err.value.render("en"))
    assert messages == {"The name or the password is wrong."}


def test_repeated_failures_grow_a_pause(two):
    store, _admin, person = two
    assert [signin.pause_s(n) for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert signin.pause_s(100) == 300
    now = utcnow()
    for n in range(3):
        with pytest.raises(SignInError) as err:
            sign_in(store, "lisi", "wrong-password", now=now + timedelta(seconds=n))
        assert err.value.wait_s == 0
    with pytest.raises(SignInError) as err:  # after three, a pause of 1 s (it has passed)
        sign_in(store, "lisi", "wrong-password", now=now + timedelta(seconds=3))
    assert err.value.wait_s == 0
    with pytest.raises(SignInError) as err:  # after four, 2 s: even the right password waits
        sign_in(store, "lisi", PW, now=now + timedelta(seconds=3.5))
    assert err.value.wait_s == 2 and "try again in 2 seconds" in err.value.render("en")
    ok = sign_in(store, "lisi", PW, now=now + timedelta(seconds=5))
    assert ok.actor.id == person.id
    with store.read() as s:
        u = s.get(User, person.id)
        assert (u.failed_logins, u.last_failed_at) == (0, None)
        failed = s.exec(
            select(AuditLog).where(AuditLog.action == "sign_in_failed", AuditLog.entity_id == u.id)
        ).all()
        assert len(failed) == 4


def test_a_stranger_meets_the_same_pause(two):
    store, _a, _p = two
    now = utcnow()
    for n in range(4):
        with pytest.raises(SignInError):
            sign_in(store, "stranger-x", PW, now=now + timedelta(seconds=n))
    with pytest.raises(SignInError) as err:
        sign_in(store, "stranger-x", PW, now=now + timedelta(seconds=3.2))
    assert err.value.wait_s == 2


def test_a_disabled_person_is_told_only_with_the_right_password(two):
    store, admin, person = two
    set_active(store, admin, person.id, False)
    with pytest.raises(SignInError) as err:
        sign_in(store, "lisi", "wrong-password")
    assert err.value.render("en") == "The name or the password is wrong."
    with pytest.raises(SignInError) as err:
        sign_in(store, "lisi", PW)
    assert "disabled" in err.value.render("en") and "停用" in err.value.render("zh_CN")


def test_a_weaker_hash_is_made_stronger_at_sign_in(two):
    store, _admin, person = two
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PW)
    with store.write() as s:
        s.get(User, person.id).password_hash = weak
    sign_in(store, "lisi", PW)
    with store.read() as s:
        stored = s.get(User, person.id).password_hash
    assert stored != weak and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert not passwords.needs_rehash(stored) and passwords.needs_rehash(weak)


def test_no_password_or_hash_is_written_to_the_audit_log(two):
    store, admin, person = two
    reset_password(store, admin, person.id, "another-Secret-1")
    with store.read() as s:
        text = " ".join(f"{r.old} {r.new}" for r in s.exec(select(AuditLog)))
        hashes = [u.password_hash for u in s.exec(select(User)) if u.password_hash]
    assert PW not in text and "another-Secret-1" not in text
    assert not any(h in text for h in hashes) and "$argon2" not in text


def test_the_system_user_cannot_sign_in(two):
    store, _a, _p = two
    assert system_actor(store).administers
    with pytest.raises(SignInError):
        sign_in(store, "system", "")


def test_a_read_only_store_checks_the_password_and_writes_nothing(tmp_path):
    path = tmp_path / "ro.sqlite"
    st = open_store(path)
    signin.first_admin(st, "zhangsan", "张三", PW)
    st.dispose()
    ro = open_store(path, readonly=True)
    try:
        assert signin.sign_in_read_only(ro, "ZhangSan", PW).actor.username == "zhangsan"
        with pytest.raises(SignInError) as err:
            signin.sign_in_read_only(ro, "zhangsan", PW + "x")
        assert err.value.render("en") == "The name or the password is wrong."
        with ro.read() as s:
            u = s.exec(select(User).where(User.username == "zhangsan")).one()
            assert (u.failed_logins, u.last_sign_in_at) == (0, None)
    finally:
        ro.dispose()

"""Fixtures for the app's accounts: people with passwords, an in-memory keyring, and a way
to answer the modal dialogs a flow opens (as a person would: typing and clicking)."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from crm.accounts.admin import add_person
from crm.accounts.users import system_actor

PW = "城西-2026-secret"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict (the OS keyring's stand-in)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not kept")


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def team(store, people):
    """孙管理 (admin) and 王五 (officer of 紫金港) with passwords: everyone signs in."""
    system = system_actor(store)
    from crm.accounts.admin import reset_password

    for who in (people.admin, people.wang):
        reset_password(store, system, who.id, PW, one_time=False)
    return people


def add(store, username, name, role="officer", city=None, password=PW, one_time=False):
    person, _ = add_person(
        store, system_actor(store), username, name, role, city, password=password, one_time=one_time
    )
    return person


def visible(cls):
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None
    )


def when_shown(cls, then, seen: list | None = None, tries: int = 3000):
    """Once a dialog of ``cls`` is showing, call ``then(dialog)`` (a modal dialog's exec()
    runs its own event loop: the timer fires in it). It looks for a minute: on a busy
    machine the flow may take seconds before its dialog shows."""

    def poll(left=tries):
        dlg = visible(cls)
        if dlg is None:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        if seen is not None:
            seen.append(dlg)
        try:
            then(dlg)
        except BaseException:
            for w in QApplication.topLevelWidgets():  # no modal dialog left waiting
                if isinstance(w, QDialog) and w.isVisible():
                    w.reject()
            raise

    QTimer.singleShot(0, poll)

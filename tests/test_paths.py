"""Where the CRM writes: per-user folders from platformdirs, the portable folder beside a built
app's executable, CRM_DATA_DIR for tests and scripts; and a folder it cannot use is a clear
error that names it."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from crm import paths
from crm.errors import StoreError


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    """No CRM_DATA_DIR, and the user's folders under tmp_path (platformdirs reads XDG_* on
    Linux; elsewhere the OS is asked, so these tests run on Linux)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG folders are Linux's")
    monkeypatch.delenv("CRM_DATA_DIR", raising=False)
    for var, sub in (
        ("XDG_DATA_HOME", "share"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(tmp_path / "home" / sub))
    return tmp_path / "home"


@pytest.fixture
def built_app(tmp_path, monkeypatch):
    """As the PyInstaller build runs: sys.frozen set, the executable in its own folder."""
    folder = tmp_path / "招商 系统"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "crm"))
    return folder


def test_an_override_keeps_everything_in_one_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "mine"))
    loc = paths.locations()
    assert loc.mode == paths.OVERRIDE
    assert (loc.data, loc.settings, loc.logs, loc.backups, loc.cache) == (
        tmp_path / "mine",
        tmp_path / "mine" / "ui-settings.ini",
        tmp_path / "mine" / "logs",
        tmp_path / "mine" / "backups",
        tmp_path / "mine" / "cache",
    )
    assert paths.default_store_path() == tmp_path / "mine" / "crm.sqlite"
    assert paths.log_dir().is_dir() and paths.backup_dir().is_dir()


def test_by_default_each_kind_goes_to_the_users_own_folder(user_folders):
    loc = paths.locations()
    assert loc.mode == paths.USER
    assert loc.data == user_folders / "share" / "CorridorCRM"
    assert loc.settings == user_folders / "config" / "CorridorCRM" / "ui-settings.ini"
    assert loc.logs == user_folders / "state" / "CorridorCRM" / "log"
    assert loc.backups == user_folders / "share" / "CorridorCRM" / "backups"
    assert loc.cache == user_folders / "cache" / "CorridorCRM"
    assert not loc.data.exists()  # asking where is not creating
    assert paths.default_store_path() == loc.data / "crm.sqlite"


def test_a_built_app_without_portable_txt_uses_the_users_folders(user_folders, built_app):
    assert paths.install_dir() == built_app
    assert paths.portable_root() is None
    assert paths.locations().data == user_folders / "share" / "CorridorCRM"


def test_portable_txt_keeps_everything_beside_the_executable(user_folders, built_app):
    (built_app / "portable.txt").write_text("", encoding="utf-8")
    loc = paths.locations()
    assert loc.mode == paths.PORTABLE
    assert loc.data == built_app / "data"
    assert loc.settings == built_app / "data" / "ui-settings.ini"
    assert loc.logs == built_app / "data" / "logs"
    assert paths.default_store_path() == built_app / "data" / "crm.sqlite"
    assert not (user_folders / "share").exists()


def test_portable_txt_may_name_the_folder(user_folders, built_app):
    (built_app / "portable.txt").write_text(
        "\ufeff# 数据放在 U 盘上\n\n  共享 数据  \n", encoding="utf-8"
    )
    assert paths.locations().data == built_app / "共享 数据"
    (built_app / "portable.txt").write_text("../数据\n", encoding="utf-8")
    assert paths.locations().data == built_app.parent / "数据"


def test_a_source_run_ignores_portable_txt(user_folders, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    assert paths.install_dir() is None and paths.locations().mode == paths.USER


def test_a_settings_file_left_in_the_data_folder_moves_to_the_settings_folder(user_folders):
    old = user_folders / "share" / "CorridorCRM" / "ui-settings.ini"
    old.parent.mkdir(parents=True)
    old.write_text("[ui]\nuser_id=7\n", encoding="utf-8")
    new = paths.settings_file()
    assert new == user_folders / "config" / "CorridorCRM" / "ui-settings.ini"
    assert new.read_text(encoding="utf-8") == "[ui]\nuser_id=7\n" and not old.exists()


def test_a_folder_that_cannot_be_made_is_named_in_the_error(tmp_path, monkeypatch):
    blocker = tmp_path / "一个文件"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CRM_DATA_DIR", str(blocker / "数据"))
    with pytest.raises(StoreError) as err:
        paths.data_dir()
    assert err.value.render("en") == (
        f"The CRM cannot write to its folder {blocker / '数据'}: a file of that name is in the "
        "way. Its data, settings and logs are kept there; ask your administrator for write "
        "access to it."
    )
    assert str(blocker / "数据") in err.value.render("zh_CN")
    with pytest.raises(StoreError):
        paths.check_writable()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders"
)
def test_a_read_only_data_folder_is_refused_at_start(tmp_path, monkeypatch):
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o555)
    monkeypatch.setenv("CRM_DATA_DIR", str(folder))
    try:
        with pytest.raises(StoreError) as err:
            paths.check_writable()
        assert "permission denied" in err.value.render("en")
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EROFS, "the drive is read-only"),
        (errno.ENOSPC, "the disk is full"),
        (errno.ENOTDIR, "a file of that name is in the way"),
        (errno.ENAMETOOLONG, "File name too long"),
    ],
)
def test_each_reason_is_said_in_plain_words(code, reason):
    err = paths.folder_error(Path("/x"), OSError(code, os.strerror(code)))
    assert err.render("en").startswith(f"The CRM cannot write to its folder /x: {reason}.")

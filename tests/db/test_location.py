"""Where the store lives: a network share or a cloud-sync folder is warned about, with the
reason; a local disk is not.

The mount table is the real one where a test can make an entry (a tmpfs mounted here is not a
network filesystem); the network types themselves are checked through the classification
over the entries psutil reports on Linux, macOS and Windows. Sync folders are real folders
with the names their clients give them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import namedtuple
from pathlib import Path

import pytest

from crm.db.location import cloud_service, location_warning, network_filesystem

#: the shape psutil.disk_partitions() returns
Part = namedtuple("Part", "device mountpoint fstype opts")
ROOT_FS = Part("/dev/sda1", "/", "ext4", "rw,relatime")


@pytest.mark.parametrize(
    ("fstype", "opts", "reported"),
    [
        ("nfs", "rw,vers=3", "nfs"),
        ("nfs4", "rw,vers=4.2", "nfs4"),
        ("cifs", "rw,vers=3.1.1", "cifs"),
        ("smb3", "rw", "smb3"),
        ("smbfs", "rw,nodev", "smbfs"),  # macOS: a Windows share in Finder
        ("afpfs", "rw,nodev", "afpfs"),  # macOS: an Apple share
        ("webdav", "rw", "webdav"),
        ("fuse.sshfs", "rw,user_id=0", "fuse.sshfs"),
        ("fuse.rclone", "rw", "fuse.rclone"),
        ("9p", "rw,trans=virtio", "9p"),
        ("NTFS", "rw,remote", "ntfs"),  # Windows: a mapped network drive
        ("", "rw,remote", "remote"),
        ("ext4", "rw,relatime", None),
        ("xfs", "rw", None),
        ("btrfs", "rw,subvol=/home", None),
        ("tmpfs", "rw,size=1024k", None),
        ("overlay", "rw,lowerdir=/a", None),
        ("apfs", "rw,local,journaled", None),  # macOS system disk
        ("NTFS", "rw,fixed", None),  # Windows: a local disk
        ("exfat", "rw,removable", None),  # a USB stick: local
        ("fuse.encfs", "rw,remotely_mounted", None),  # "remote" only as a whole option counts
    ],
)
def test_the_filesystem_types_psutil_reports_are_classified(tmp_path, fstype, opts, reported):
    share = tmp_path / "share"
    parts = [ROOT_FS, Part("server:/export", str(share), fstype, opts)]
    assert network_filesystem(share / "crm.sqlite", parts) == reported
    assert network_filesystem(tmp_path / "elsewhere" / "crm.sqlite", parts) is None


def test_the_deepest_mount_holding_the_store_decides(tmp_path):
    nas = tmp_path / "nas"
    parts = [
        ROOT_FS,
        Part("server:/nas", str(nas), "nfs4", "rw"),
        Part("/dev/sdb1", str(nas / "local"), "ext4", "rw"),
    ]
    assert network_filesystem(nas / "crm.sqlite", parts) == "nfs4"
    assert network_filesystem(nas / "local" / "crm.sqlite", parts) is None
    # a folder whose name only begins like the share is not inside it
    assert network_filesystem(tmp_path / "nas2" / "crm.sqlite", parts) is None


def test_of_two_mounts_at_one_place_the_later_is_on_top(tmp_path):
    """Linux lists an automounter's entry, then the share it mounted over it."""
    share = tmp_path / "net" / "nas"
    parts = [
        ROOT_FS,
        Part("auto.net", str(share), "autofs", "rw"),
        Part("nas:/", str(share), "nfs", "rw"),
    ]
    assert network_filesystem(share / "crm.sqlite", parts) == "nfs"
    assert network_filesystem(share / "crm.sqlite", parts[:2]) is None


def test_a_link_into_a_share_counts(tmp_path):
    share = tmp_path / "mnt" / "share"
    share.mkdir(parents=True)
    (tmp_path / "desk").symlink_to(share)
    parts = [ROOT_FS, Part("//server/crm", str(share), "cifs", "rw")]
    assert network_filesystem(tmp_path / "desk" / "crm.sqlite", parts) == "cifs"


@pytest.mark.skipif(os.name != "nt", reason="a UNC path is a Windows path")
def test_a_unc_path_is_a_share():
    assert network_filesystem(Path("\\\\nas\\招商\\crm.sqlite"), [ROOT_FS]) == "smb"


def test_the_real_mount_table_a_tmpfs_is_local(small_disk):
    import psutil

    mounted = [p for p in psutil.disk_partitions(all=True) if p.mountpoint == str(small_disk.root)]
    assert [p.fstype for p in mounted] == ["tmpfs"]  # the entry is really there
    store = small_disk.root / "crm.sqlite"
    assert network_filesystem(store) is None
    assert location_warning(store) is None
    # the same mount point classified as a share is warned about: the entry is what counts
    as_share = [p._replace(fstype="nfs4") for p in mounted]
    assert network_filesystem(store, [*psutil.disk_partitions(all=True), *as_share]) == "nfs4"


@pytest.mark.parametrize(
    ("folders", "service"),
    [
        (("我的坚果云",), "坚果云"),
        (("Nutstore Files", "招商"), "坚果云"),
        (("Nutstore", "wang", "我的坚果云"), "坚果云"),
        (("BaiduSyncdisk",), "百度网盘"),
        (("百度网盘同步空间", "台账"), "百度网盘"),
        (("OneDrive",), "OneDrive"),
        (("OneDrive - 杭州城西科创大走廊管委会", "文档"), "OneDrive"),
        (("Dropbox",), "Dropbox"),
        (("Dropbox (个人)",), "Dropbox"),
        (("iCloud Drive",), "iCloud"),
        (("Library", "Mobile Documents", "com~apple~CloudDocs"), "iCloud"),
        (("Library", "CloudStorage", "OneDrive-Personal"), "OneDrive"),
        (("Library", "CloudStorage", "GoogleDrive-wang@example.com", "My Drive"), "Google Drive"),
        (("Library", "CloudStorage", "Dropbox"), "Dropbox"),
        (("Google Drive",), "Google Drive"),
        (("WPSDrive", "123"), "WPS 云盘"),
    ],
)
def test_sync_folders_are_recognised_by_their_path(tmp_path, folders, service):
    folder = tmp_path.joinpath(*folders)
    folder.mkdir(parents=True)
    store = folder / "crm.sqlite"
    assert cloud_service(store) == service
    warning = location_warning(store)
    assert warning is not None
    en, zh = warning.render("en"), warning.render("zh_CN")
    assert f"in a {service} sync folder" in en and str(store) in en and "team server" in en
    assert service in zh and str(store) in zh


@pytest.mark.parametrize(
    "folders",
    [
        ("招商", "台账"),
        ("onedrive-notes",),  # only the clients' own folder names count
        ("my dropbox copy",),
        ("Library", "Mobile"),
    ],
)
def test_ordinary_folders_are_not_sync_folders(tmp_path, folders):
    folder = tmp_path.joinpath(*folders)
    folder.mkdir(parents=True)
    assert cloud_service(folder / "crm.sqlite") is None
    assert cloud_service(folder / "Dropbox.sqlite") is None  # the file's own name is not a folder
    assert location_warning(folder / "crm.sqlite") is None


def test_a_link_into_a_sync_folder_and_the_onedrive_variable(tmp_path, monkeypatch):
    synced = tmp_path / "Dropbox" / "crm"
    synced.mkdir(parents=True)
    (tmp_path / "crm-here").symlink_to(synced)
    assert cloud_service(tmp_path / "crm-here" / "crm.sqlite") == "Dropbox"
    business = tmp_path / "企业网盘"  # OneDrive for Business under a name of the company's
    business.mkdir()
    assert cloud_service(business / "crm.sqlite") is None
    monkeypatch.setenv("OneDriveCommercial", str(business))
    assert cloud_service(business / "crm.sqlite") == "OneDrive"


def test_the_command_line_warns_and_goes_on(tmp_path):
    folder = tmp_path / "我的坚果云"
    folder.mkdir()
    store = folder / "crm.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "crm", "--lang", "en", "--db", str(store), "db", "upgrade"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == location_warning(store).render("en")
    assert store.exists()

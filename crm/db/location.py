"""Is the store in a place where SQLite is unsafe? A network share (SQLite's WAL needs shared
memory that network filesystems do not provide, and their locks are unreliable) or a
cloud-sync folder (the sync client copies the file and its -wal separately, mid-write, and
may put an older copy back). Returns a translated warning, or None.

Network filesystems come from the mount table (psutil: Windows marks them "remote");
cloud-sync folders are recognised by the names their clients give them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from crm.i18n import QT_TRANSLATE_NOOP, Message

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.davfs2",
    "fuse.gvfsd-fuse",
    "fuse.s3fs",
    "webdav",
    "afpfs",  # macOS: an Apple (AFP) share
    "smb",
    "lustre",
}
#: folder names of sync clients (lower case): OneDrive, Dropbox, iCloud, Google Drive,
#: 坚果云 (Nutstore), 百度网盘同步空间, WPS 云盘, 阿里云盘, 腾讯微云
CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "我的坚果云": "坚果云",
    "nutstore": "坚果云",
    "nutstore files": "坚果云",
    "坚果云": "坚果云",
    "baidusyncdisk": "百度网盘",
    "百度网盘同步空间": "百度网盘",
    "百度网盘": "百度网盘",
    "wpsdrive": "WPS 云盘",
    "wps网盘": "WPS 云盘",
    "wps云盘": "WPS 云盘",
    "阿里云盘": "阿里云盘",
    "微云同步盘": "腾讯微云",
}


def _real(path: Path) -> Path:
    """The path with links followed (a link into a share or a sync folder counts)."""
    return Path(os.path.realpath(Path(path).expanduser().absolute()))


def cloud_service(path: Path) -> str | None:
    """The sync service whose folder holds ``path`` (or the folder a link points into)."""
    given = Path(path).expanduser().absolute()
    for candidate in dict.fromkeys((given, _real(given))):
        service = _cloud_service(candidate)
        if service:
            return service
    return None


def _cloud_service(resolved: Path) -> str | None:
    for env in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = os.environ.get(env)
        if root and _under(resolved, Path(root)):
            return "OneDrive"
    parts = [p.lower() for p in resolved.parts[:-1]]
    for i, name in enumerate(parts):
        if name in CLOUD_FOLDERS:
            return CLOUD_FOLDERS[name]
        if name.startswith("onedrive - ") or name.startswith("dropbox ("):
            return "OneDrive" if name.startswith("onedrive") else "Dropbox"
        if name == "cloudstorage" and i + 1 < len(parts):
            # macOS 12.3+: ~/Library/CloudStorage/OneDrive-Personal, GoogleDrive-a@b.com …
            provider = resolved.parts[i + 1].split("-")[0]
            return CLOUD_FOLDERS.get(provider.lower(), provider)
    return None


def _under(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def network_filesystem(path: Path, partitions: list[Any] | None = None) -> str | None:
    """The network filesystem type holding ``path`` ("nfs4", "cifs", "remote"…), if any.
    ``partitions``: psutil.disk_partitions(all=True) (given by tests)."""
    given = str(Path(path).expanduser().absolute())
    if given.startswith("\\\\"):  # a UNC path: \\server\share
        return "smb"
    resolved = str(_real(Path(given)))
    if partitions is None:
        try:
            import psutil  # late: the mount table only when a store's location is checked

            partitions = psutil.disk_partitions(all=True)
        except Exception:  # noqa: BLE001 - no mount table (sandbox): nothing to warn about
            return None
    best = None
    for p in partitions:
        mount = p.mountpoint.rstrip("/\\") or p.mountpoint
        inside = resolved == mount or resolved.startswith(mount.rstrip("/\\") + os.sep)
        # the deepest mount holds it; of two at one place the later is on top (autofs, then
        # the share it mounted)
        if inside and (best is None or len(p.mountpoint) >= len(best.mountpoint)):
            best = p
    if best is None:
        return None
    fstype = (best.fstype or "").lower()
    remote = "remote" in (best.opts or "").split(",")  # Windows: a mapped network drive
    if fstype in NETWORK_FS or fstype.startswith("nfs") or remote:
        return fstype or "remote"
    return None


def location_warning(path: Path | None) -> Message | None:
    if path is None:
        return None
    fs = network_filesystem(path)
    if fs:
        return QT_TRANSLATE_NOOP(
            "Location",
            "The store {name} is on a network share ({fs}). SQLite cannot keep a store safe "
            "there: its write-ahead log needs one computer's shared memory and network locks are "
            "unreliable, so two computers can damage it. Keep the store on this computer's disk "
            "(backups may go to the share), or use the team server.",
        ).format(name=str(path), fs=fs)
    service = cloud_service(path)
    if service:
        return QT_TRANSLATE_NOOP(
            "Location",
            "The store {name} is in a {service} sync folder. The sync client copies the store "
            "and its write-ahead log separately, in the middle of writes, and may put an older "
            "copy back: the store can be damaged or lose work. Keep the store outside the sync "
            "folder (backups may go into it), or use the team server.",
        ).format(name=str(path), service=service)
    return None

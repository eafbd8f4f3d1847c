"""Helpers for the store tests: file fingerprints and a process that is not root."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest


def file_state(path: Path) -> dict[str, str]:
    """The bytes of a store file and of its -wal/-shm companions (absent ones left out)."""
    out = {}
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists():
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def run_unprivileged(fn, *args, **kwargs):
    """Run ``fn(*args, **kwargs)`` where file permissions apply: in a forked child that gave up root
    (root ignores read-only modes), or here when we are not root. Returns what it returned
    or raises what it raised."""
    if os.geteuid() != 0:
        return fn(*args, **kwargs)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            result = ("ok", fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - sent to the parent
            result = ("error", exc)
        with os.fdopen(write, "wb") as fh:
            try:
                pickle.dump(result, fh)
            except Exception as exc:  # noqa: BLE001
                pickle.dump(("error", RuntimeError(repr(exc))), fh)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "error":
        raise value
    return value


@pytest.fixture
def shared_dir(tmp_path_factory):
    """A folder another user can enter (pytest's own tmp folders are private to root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="crm-ro-"))
    folder.chmod(0o755)
    yield folder
    for p in folder.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    folder.chmod(0o755)
    shutil.rmtree(folder)


# ---------------------------------------------------------------- a small disk that fills up


class SmallDisk:
    """A tmpfs of ``size_kib`` mounted at ``root`` (as root, else through ``sudo -n``), and a
    filler file that takes all its space, or all but ``leave`` bytes, until freed."""

    def __init__(self, root: Path, size_kib: int):
        self.root, self.size_kib = root, size_kib
        self.filler = root / "filler.bin"

    def _sudo(self, *cmd: str) -> list[str]:
        return list(cmd) if os.geteuid() == 0 else ["sudo", "-n", *cmd]

    def mount(self) -> str | None:
        """None when mounted, else why it could not be."""
        import shutil
        import subprocess

        if os.name != "posix" or shutil.which("mount") is None:
            return "no mount command on this system"
        self.root.mkdir(parents=True, exist_ok=True)
        opts = f"size={self.size_kib}k,mode=1777"
        try:
            done = subprocess.run(
                self._sudo("mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(self.root)),
                capture_output=True,
                text=True,
                timeout=30,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return f"mount failed: {exc}"
        if done.returncode != 0:
            return f"cannot mount a tmpfs (needs root or sudo): {done.stderr.strip()}"
        return None

    def unmount(self) -> None:
        import subprocess

        subprocess.run(self._sudo("umount", "-l", str(self.root)), capture_output=True, timeout=30)

    def fill(self, leave: int = 0) -> None:
        """Take every free byte (then give ``leave`` bytes back)."""
        import errno

        self.free()
        with open(self.filler, "wb", buffering=0) as fh:
            for chunk in (1 << 20, 64 << 10, 4 << 10):
                block = b"\0" * chunk
                while True:
                    try:
                        fh.write(block)
                    except OSError as exc:
                        if exc.errno != errno.ENOSPC:
                            raise
                        break
        if leave:
            os.truncate(self.filler, max(0, self.filler.stat().st_size - leave))
        assert self.free_bytes() <= leave + 8192

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def free_bytes(self) -> int:
        st = os.statvfs(self.root)
        return st.f_bavail * st.f_frsize


def small_disk_or_skip(root: Path, size_kib: int):
    """Mount a SmallDisk, or skip with the reason. In CI (CRM_TEST_REQUIRE_PG=1) a disk that
    cannot be made fails the test instead: the full-disk tests must not vanish silently."""
    disk = SmallDisk(root, size_kib)
    why = disk.mount()
    if why is not None:
        if os.environ.get("CRM_TEST_REQUIRE_PG") == "1":
            pytest.fail(f"the full-disk tests need a small filesystem: {why}")
        pytest.skip(why)
    return disk


@pytest.fixture
def small_disk(tmp_path):
    disk = small_disk_or_skip(tmp_path / "small-disk", 20 * 1024)
    yield disk
    disk.unmount()

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

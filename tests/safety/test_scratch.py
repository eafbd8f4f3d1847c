"""Scratch folders (the report preview's PDFs) of an app that was killed, or ended without
Python's teardown, are removed by a later start; a running app's folder is not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from crm.safety.scratch import LEGACY_AGE_SECONDS, PREVIEW, scratch_folder, sweep_scratch

pytestmark = pytest.mark.skipif(os.name != "posix", reason="killed with SIGKILL")

APP = """
import time
from crm.safety.scratch import PREVIEW, scratch_folder
folder = scratch_folder(PREVIEW)
(folder / "preview-1a2b3c4d.pdf").write_bytes(b"%PDF-1.4 a week's report")
print(folder, flush=True)
time.sleep(120)
"""


class App:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", APP], stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.folder = Path(self.proc.stdout.readline().strip())

    def kill(self) -> Path:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        return self.folder


def test_the_preview_folders_of_apps_that_ended_are_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the system's temporary folder
    older, recent = tmp_path / "crm-preview-01g836_t", tmp_path / "crm-preview-y6ylv7vk"
    for folder in (older, recent):
        folder.mkdir()
        (folder / "preview-5e6f7a8b.pdf").write_bytes(b"%PDF")
    then = time.time() - LEGACY_AGE_SECONDS - 60
    os.utime(older, (then, then))
    theirs = tmp_path / "other-program-folder"
    theirs.mkdir()
    os.utime(theirs, (then, then))
    ended = App().kill()
    running = App()
    mine = scratch_folder(PREVIEW)
    try:
        assert sorted(sweep_scratch()) == sorted([ended, older])
        assert all(f.is_dir() for f in (running.folder, mine, recent, theirs))
        assert (running.folder / "preview-1a2b3c4d.pdf").exists()
    finally:
        running.kill()
    assert sweep_scratch() == [running.folder]

"""A process writing a file through crm.tempfiles.Temporary, stopped before it renames it — to be
killed with SIGKILL (no cleanup at all), as a power cut or the task manager would."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

WRITER = """
import sys, time
from crm.tempfiles import Temporary
tmp = Temporary(sys.argv[1], sys.argv[2])
tmp.path.write_bytes(b"half a file" * 1000)
print(tmp.path, flush=True)
time.sleep(120)
"""


class TemporaryWriter:
    """Writing ``target`` (its temporary file named with ``tag``), stopped mid-write."""

    def __init__(self, target: Path, tag: str = "part"):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), tag], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.path = Path(self.proc.stdout.readline().strip())
        assert self.path.exists()

    def kill(self) -> Path:
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait(30) == -signal.SIGKILL
        return self.path

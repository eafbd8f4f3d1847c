#!/usr/bin/env python3
"""Smoke test of the built app, as an officer's desktop would run it.

    python packaging/smoke_test.py [dist/CorridorCRM] [--keep]

Needs only Python's standard library (any Python 3.8+, not the project's venv): CI runs it on
Linux; on Windows and macOS run it after building there. The app folder is copied to a
temporary folder whose path has Chinese characters and spaces, made read-only (as Program Files
is), and run with no virtual environment on PATH and the user's folders redirected to a
temporary home. It checks: ``--version``; ``about``; ``demo`` into a new store; ``report weekly``
with PDF and workbook; ``import`` of an Excel ledger; ``db check``; the window opened offscreen
for a few seconds with no error in its log; two copies started at once; an unwritable user data
folder (a clear message naming it, from the command and from the app); a store written by a
newer version (refused, left untouched); portable mode (a portable.txt keeps everything in the
app's folder); and that nothing was written beside the executable.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

WINDOWS = os.name == "nt"
LINUX = sys.platform.startswith("linux")
EXE = ".exe" if WINDOWS else ""
#: Qt's offscreen platform has no window manager: these warnings are about that, not the app
BENIGN = ("does not support propagateSizeHints", "does not support raise")
WINDOW_SECONDS = 3


class Smoke:
    def __init__(self, source: Path, keep: bool):
        self.keep = keep
        self.tmp = Path(tempfile.mkdtemp(prefix="crm-smoke-"))
        self.app = self.tmp / "招商 CRM 冒烟测试" / source.name
        shutil.copytree(source, self.app, symlinks=True)
        self.home = self.tmp / "用户 主目录"
        self.home.mkdir()
        self.work = self.tmp / "工作 文件"
        self.work.mkdir()
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.wrap: list[str] = []  # runs a command with the app folder read-only (Linux, root)

    # ------------------------------------------------------------------ running
    def exe(self, app: Path | None = None, windowed: bool = False) -> Path:
        app = app or self.app
        gui = app / f"CorridorCRM{EXE}"
        return gui if windowed and gui.exists() else app / f"crm{EXE}"

    def env(self, home: Path | None = None, **extra: str) -> dict[str, str]:
        """The environment of a desktop with no Python: no virtual environment or Python
        variables, the user's folders under ``home``, Qt offscreen."""
        home = home or self.home
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("CRM_", "QT_", "XDG_", "PYTHON", "WIN_PD_OVERRIDE_"))
            and k not in ("VIRTUAL_ENV", "CONDA_PREFIX", "LD_LIBRARY_PATH")
        }
        env["PATH"] = os.pathsep.join(
            p for p in os.environ.get("PATH", "").split(os.pathsep) if p and not _in_venv(Path(p))
        )
        env["QT_QPA_PLATFORM"] = "offscreen"
        if WINDOWS:
            env["USERPROFILE"] = str(home)
            for name, sub in (("LOCAL_APPDATA", "AppData/Local"), ("APPDATA", "AppData/Roaming")):
                env["WIN_PD_OVERRIDE_" + name] = str(home / sub)
        else:
            env["HOME"] = str(home)
        env.update(extra)
        return env

    def run(self, args, *, env=None, app=None, timeout=180, windowed=False, wrap=True):
        cmd = [str(self.exe(app, windowed)), *map(str, args)]
        if wrap and self.wrap and app is None:
            cmd = [*self.wrap, *cmd]
        return subprocess.run(
            cmd,
            env=env or self.env(),
            cwd=self.work,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )

    def start(self, args, *, env, app=None, windowed=True):
        cmd = [str(self.exe(app, windowed)), *map(str, args)]
        if self.wrap and app is None:
            cmd = [*self.wrap, *cmd]
        return subprocess.Popen(
            cmd,
            env=env,
            cwd=self.work,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        (self.passed if ok else self.failed).append(name)
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f"\n     {detail.strip()}"))
        sys.stdout.flush()
        return ok

    # ------------------------------------------------------------------ helpers
    def about(self, env=None, app=None) -> dict[str, str]:
        out = self.run(["--lang", "en", "about"], env=env, app=app)
        rows = {}
        for line in out.stdout.splitlines():
            label, _, value = line.partition(": ")
            rows[label.strip()] = value.strip()
        return rows

    def officer(self, store) -> str:
        con = sqlite3.connect(str(store))
        try:
            (name,) = con.execute(
                "SELECT username FROM app_user WHERE role = 'officer' AND active ORDER BY id LIMIT 1"
            ).fetchone()
        finally:
            con.close()
        return name

    def window(self, name, store: Path, log: Path, *, env=None, app=None, copies=1):
        """Open the window offscreen ``copies`` times at once for a few seconds; each copy must
        show its window and close by itself, or still be showing a message (one writer per
        store), and the log must have no error."""
        env = env or self.env()
        env["CRM_QUIT_AFTER_SHOWN_MS"] = str(WINDOW_SECONDS * 1000)
        start = log.stat().st_size if log.exists() else 0
        # signed in as the store's first officer (the demo's password, README "Accounts")
        env = {**env, "CRM_PASSWORD": "demo-2026"}
        who = ["--user", self.officer(store)]
        procs = [self.start(["--db", store, *who], env=env, app=app) for _ in range(copies)]
        problems = []
        shown_pids = set()
        for proc in procs:
            try:
                _out, err = proc.communicate(timeout=45 + WINDOW_SECONDS)
                if proc.returncode != 0:
                    problems.append(f"exit {proc.returncode}: {err[-2000:]}")
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
        text = log.read_text(encoding="utf-8", errors="replace")[start:] if log.exists() else ""
        for line in text.splitlines():
            m = re.match(r"\S+ \S+ (\d+) (\w+) (\S+): (.*)", line)
            if m and "main window shown" in m.group(4):
                shown_pids.add(m.group(1))
        bad = [
            line
            for line in text.splitlines()
            if (" ERROR " in line or " CRITICAL " in line or "Traceback" in line)
            or (" WARNING qt: " in line and not any(b in line for b in BENIGN))
        ]
        if not shown_pids:
            problems.append("no window was shown")
        problems += bad
        self.check(name, not problems, "\n".join(problems[:20]) + f"\nlog: {log}")
        return text

    # ------------------------------------------------------------------ the checks
    def make_read_only(self) -> str:
        """The copied app folder made read-only as far as this system allows."""
        if WINDOWS:
            return "read-only: not enforced on Windows here; checked that nothing is written"
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            if LINUX and shutil.which("unshare"):
                wrap = [
                    "unshare",
                    "-m",
                    "sh",
                    "-c",
                    'mount --bind -o ro "$0" "$0" && exec "$@"',
                    str(self.app),
                ]
                probe = subprocess.run(
                    [*wrap, "touch", str(self.app / "probe")], capture_output=True
                )
                if probe.returncode != 0 and not (self.app / "probe").exists():
                    self.wrap = wrap
                    return "read-only: a read-only bind mount (running as root)"
            return "read-only: not enforced for root; checked that nothing is written"
        for path in [self.app, *self.app.rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        return "read-only: chmod a-w"

    def run_all(self) -> int:
        before = _snapshot(self.app)
        print(f"app copied to {self.app}")
        print(self.make_read_only())
        store = self.work / "演示 数据.sqlite"

        out = self.run(["--version"])
        self.check("--version", out.returncode == 0 and out.stdout.startswith("crm "), _why(out))

        rows = self.about()
        data = Path(rows.get("Data folder", ""))
        self.check(
            "about: data in the user's folders, not beside the executable",
            _inside(data, self.home) and not _inside(data, self.app),
            f"data folder: {data}",
        )

        out = self.run(["--db", store, "demo", "--leads", "300", "--activities", "3000"])
        self.check("demo into a new store", out.returncode == 0 and store.exists(), _why(out))

        pdf, xlsx = self.work / "周报 W.pdf", self.work / "周报 W.xlsx"
        out = self.run(
            [
                "--db",
                store,
                "--user",
                "committee_1",
                "report",
                "weekly",
                "--pdf",
                pdf,
                "--xlsx",
                xlsx,
            ],
            env={**self.env(), "CRM_PASSWORD": "demo-2026"},
        )
        self.check(
            "report weekly: PDF and workbook",
            out.returncode == 0 and _is_pdf(pdf) and _workbook_has(xlsx, "概览"),
            _why(out),
        )
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True, encoding="utf-8"
            ).stdout
            self.check("report PDF text is Chinese", "周报" in text, text[:300])

        ledger = self.work / "招商 台账.xlsx"
        write_ledger(ledger)
        out = self.run(
            ["--db", store, "--user", "committee_1", "import", ledger],
            env={**self.env(), "CRM_PASSWORD": "demo-2026"},
        )
        self.check(
            "import of an Excel ledger",
            out.returncode == 0 and _lead_count(store) == 302,
            _why(out) + f"\nleads: {_lead_count(store)}",
        )

        out = self.run(["--db", store, "db", "check"])
        self.check("db check", out.returncode == 0, _why(out))

        log = Path(rows["Logs"]) / "crm.log"
        self.window("window opened offscreen, no error in the log", store, log)
        self.window("two copies started at once", store, log, copies=2)

        self.unwritable()
        self.newer_store(store)
        self.portable(store)

        after = _snapshot(self.app)
        changed = sorted(set(before.items()) ^ set(after.items()))
        self.check("nothing written beside the executable", not changed, str(changed[:10]))
        print(f"smoke test: {len(self.passed)} checks passed, {len(self.failed)} failed")
        return 1 if self.failed else 0

    def unwritable(self) -> None:
        blocker = self.tmp / "一个文件"
        blocker.write_text("not a folder", encoding="utf-8")
        folder = blocker / "数据"
        env = self.env(CRM_DATA_DIR=str(folder))
        out = self.run(["demo", "--leads", "5", "--activities", "5"], env=env)
        self.check(
            "unwritable data folder: the command names it (exit 2, no traceback)",
            out.returncode == 2 and str(folder) in out.stderr and "Traceback" not in out.stderr,
            _why(out),
        )
        # the user's own folders (platformdirs) blocked the same way
        env = self.env(home=blocker)
        out = self.run(["demo", "--leads", "5", "--activities", "5"], env=env)
        self.check(
            "unwritable user folders: the command names the folder",
            out.returncode == 2 and str(blocker) in out.stderr and "Traceback" not in out.stderr,
            _why(out),
        )
        proc = self.start([], env=self.env(CRM_DATA_DIR=str(folder)), windowed=False)
        err = _read_until(proc, str(folder), 60)
        self.check(
            "unwritable data folder: the app says which folder",
            str(folder) in err and "Traceback" not in err,
            err[-2000:],
        )

    def newer_store(self, store: Path) -> None:
        newer = self.work / "新版本 数据.sqlite"
        src = sqlite3.connect(str(store))
        dst = sqlite3.connect(str(newer))
        src.backup(dst)
        src.close()
        dst.execute("UPDATE alembic_version SET version_num = '9999'")
        dst.commit()
        dst.close()
        digest = _digest(newer)
        out = self.run(["--lang", "en", "--db", newer, "db", "check"])
        self.check(
            "a store of a newer version is refused and left untouched",
            out.returncode == 1 and "newer version" in out.stderr and _digest(newer) == digest,
            _why(out),
        )

    def portable(self, store: Path) -> None:
        app = self.tmp / "便携 版" / self.app.name
        shutil.copytree(self.app, app, symlinks=True)
        for path in [app, *app.rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
        (app / "portable.txt").write_text("", encoding="utf-8")
        home = self.tmp / "另一位 用户"
        home.mkdir()
        env = self.env(home=home)
        rows = self.about(env=env, app=app)
        ok = all(_inside(Path(rows.get(k, "")), app / "data") for k in ("Data folder", "Logs"))
        self.check("portable: about shows the app's own folder", ok, str(rows))
        out = self.run(["demo", "--leads", "50", "--activities", "200"], env=env, app=app)
        self.check(
            "portable: the default store is in the app's folder",
            out.returncode == 0 and (app / "data" / "crm.sqlite").exists(),
            _why(out),
        )
        portable_store = app / "data" / "crm.sqlite"
        self.window(
            "portable: window and log in the app's folder",
            portable_store,
            app / "data" / "logs" / "crm.log",
            env=env,
            app=app,
        )
        leaked = [p for p in home.rglob("*") if "CorridorCRM" in p.name]
        self.check("portable: nothing in the user's folders", not leaked, str(leaked))

    def cleanup(self) -> None:
        if self.keep:
            print(f"kept {self.tmp}")
            return
        for path in [self.tmp, *self.tmp.rglob("*")]:
            if not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.chmod(path.stat().st_mode | stat.S_IWUSR)
        shutil.rmtree(self.tmp, ignore_errors=True)


# ---------------------------------------------------------------------- small helpers
def _in_venv(folder: Path) -> bool:
    return (folder.parent / "pyvenv.cfg").exists()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _why(out: subprocess.CompletedProcess) -> str:
    return f"exit {out.returncode}\nstdout: {out.stdout[-1500:]}\nstderr: {out.stderr[-1500:]}"


def _is_pdf(path: Path) -> bool:
    return path.exists() and path.read_bytes()[:5] == b"%PDF-"


def _workbook_has(path: Path, sheet: str) -> bool:
    if not path.exists():
        return False
    with zipfile.ZipFile(path) as zf:
        return sheet in zf.read("xl/workbook.xml").decode("utf-8")


def _lead_count(store: Path) -> int:
    con = sqlite3.connect(str(store))
    try:
        return con.execute("SELECT count(*) FROM lead").fetchone()[0]
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def _read_until(proc: subprocess.Popen, needle: str, timeout: float) -> str:
    """Standard error of ``proc`` until ``needle`` appears, it exits or time runs out; then
    the process is ended (it may be waiting for someone to close its message)."""
    seen: list[str] = []
    done = threading.Event()

    def pump() -> None:
        for line in proc.stderr:
            seen.append(line)
            if needle in line:
                done.set()
        done.set()

    threading.Thread(target=pump, daemon=True).start()
    done.wait(timeout)
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    time.sleep(0.1)
    return "".join(seen)


def write_ledger(path: Path) -> None:
    """A small ledger as an officer keeps it in Excel (written with the standard library)."""
    rows = [
        ["项目名称", "企业名称", "所属领域", "计划投资额", "落地科技城", "负责人", "当前阶段"],
        [
            "智能传感器研发中心",
            "杭州测点科技有限公司",
            "互联网+",
            "1.2亿",
            "未来科技城",
            "杜静",
            "接洽",
        ],
        [
            "生物医药中试基地",
            "浙江康禾生物医药有限公司",
            "生命健康",
            "5000万",
            "紫金港科技城",
            "董华",
            "线索",
        ],
    ]

    def cell(col: int, row: int, value: str) -> str:
        ref = chr(ord("A") + col) + str(row)
        text = value.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(cell(c, r + 1, v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="招商台账" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{main}"><sheetData>{sheet_rows}</sheetData></worksheet>'
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in files.items():
            zf.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parent.parent / "dist" / "CorridorCRM"
    parser.add_argument("app", nargs="?", type=Path, default=default, help="the built app folder")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if not (args.app / f"crm{EXE}").exists():
        print(f"no built app in {args.app} (build it first: crm build)", file=sys.stderr)
        return 2
    smoke = Smoke(args.app.resolve(), args.keep)
    try:
        return smoke.run_all()
    finally:
        smoke.cleanup()


if __name__ == "__main__":
    sys.exit(main())

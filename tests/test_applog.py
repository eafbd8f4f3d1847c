"""The log people send: a rotating file in the log folder, personal data blanked, and a copy
of the app that cannot rotate the shared file keeps writing to it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm import applog
from crm.paths import locations


@pytest.fixture
def logfile():
    path = applog.setup_logging()
    yield path
    applog.stop_logging()


def _read(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call 13812345678 now", "call <phone> now"),
        ("手机：+86 138-1234-5678。", "手机：<phone>。"),
        ("office 0571-88886666", "office <phone>"),
        ("mail zhang.san@example.com.cn ok", "mail <e-mail> ok"),
        ("身份证 11010519491231002X", "身份证 <id-number>"),
        (
            "IntegrityError\n[SQL: INSERT INTO contact (name, mobile) VALUES (?, ?)]\n"
            "[parameters: ('张三', '13812345678')]\n(Background on this error at: x)",
            "IntegrityError\n[SQL: INSERT INTO contact (name, mobile) VALUES (?, ?)]\n"
            "[parameters: …]\n(Background on this error at: x)",
        ),
        # what the log needs stays: times, ids, amounts, versions
        (
            "2026-05-18 09:30:01,123 lead 1234567 at 1.2亿",
            "2026-05-18 09:30:01,123 lead 1234567 at 1.2亿",
        ),
        ("schema 0001, PySide6 6.11.3", "schema 0001, PySide6 6.11.3"),
    ],
)
def test_personal_data_is_blanked(text, expected):
    assert applog.redact(text) == expected


def test_the_home_folder_becomes_a_tilde():
    assert (
        applog.redact(f"opened {Path.home() / 'crm.sqlite'}")
        == f"opened {Path('~') / 'crm.sqlite'}"
    )


def test_the_log_is_a_file_in_the_log_folder_with_personal_data_blanked(logfile):
    assert logfile == locations().logs / "crm.log"
    logging.getLogger("crm.test").warning("could not reach 13912345678 at li@corp.cn")
    text = _read(logfile)
    assert "could not reach <phone> at <e-mail>" in text
    assert "13912345678" not in text and "li@corp.cn" not in text
    assert applog.setup_logging() == logfile  # a second call adds no second handler
    logging.getLogger("crm.test").warning("once")
    assert _read(logfile).count("once") == 1


def test_the_start_line_says_what_runs_where_without_the_home_folder(monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(Path.home() / "crm-data"))
    line = applog.describe_start()
    assert line.startswith("CRM 0.1.0 (source, folders: override) Python 3.")
    assert f"data {Path('~') / 'crm-data'};" in line and str(Path.home()) not in line


def test_the_log_rotates(logfile, monkeypatch):
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h, applog.SharedRotatingFileHandler)
    )
    monkeypatch.setattr(handler, "maxBytes", 2000)
    for i in range(40):
        logging.getLogger("crm.test").warning("line %d %s", i, "x" * 80)
    assert (logfile.parent / "crm.log.1").exists()
    assert "line 39" in _read(logfile)


def test_a_copy_that_cannot_rotate_the_file_keeps_writing_to_it(logfile, monkeypatch, capsys):
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h, applog.SharedRotatingFileHandler)
    )
    monkeypatch.setattr(handler, "maxBytes", 2000)
    # Windows refuses to rename a file another copy holds open; here the rollover fails the
    # same way (an OSError) because an old backup's name is taken by a folder
    (logfile.parent / "crm.log.3").write_text("old", encoding="utf-8")
    (logfile.parent / "crm.log.4").mkdir()
    (logfile.parent / "crm.log.4" / "x").write_text("", encoding="utf-8")
    for i in range(40):
        logging.getLogger("crm.test").warning("line %d %s", i, "x" * 80)
    text = _read(logfile)
    assert all(f"line {i} " in text for i in range(40))
    assert "Logging error" not in capsys.readouterr().err


def test_a_hard_crash_leaves_its_trace_in_crash_log(tmp_path):
    data = tmp_path / "data"
    code = (
        "import faulthandler\n"
        "from crm.applog import setup_logging\n"
        "setup_logging()\n"
        "faulthandler._sigsegv()\n"
    )
    env = {**os.environ, "CRM_DATA_DIR": str(data)}
    env.pop("PYTHONFAULTHANDLER", None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert done.returncode != 0
    text = (data / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text

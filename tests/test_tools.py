"""tests/tools.py: a missing outside program skips a test on a developer's machine and fails
it in CI (CRM_TEST_REQUIRE_TOOLS=1)."""

from __future__ import annotations

import pytest

from tests.tools import REQUIRE_ENV, require_tool


def test_a_missing_tool_skips_where_not_required(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="pdftotext \\(poppler-utils\\)"):
        require_tool("pdftotext")


def test_a_missing_tool_fails_where_required(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="CRM_TEST_REQUIRE_TOOLS=1 but soffice"):
        require_tool("soffice")


def test_a_present_tool_is_found_by_either_name(tmp_path, monkeypatch):
    program = tmp_path / "libreoffice"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv(REQUIRE_ENV, "1")
    assert require_tool("soffice") == str(program)

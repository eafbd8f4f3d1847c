"""The outside programs some tests read their output with (poppler's pdftotext, LibreOffice).
Where one is missing such a test skips, except in CI: CRM_TEST_REQUIRE_TOOLS=1 (set by
.ci/run, as CRM_TEST_REQUIRE_PG=1 is for PostgreSQL) makes it fail, so the only tests of
reading .xls or the PDF's text cannot pass unseen."""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE_ENV = "CRM_TEST_REQUIRE_TOOLS"
#: what each tool is called and which Debian package has it
TOOLS = {
    "pdftotext": (("pdftotext",), "poppler-utils"),
    "soffice": (("soffice", "libreoffice"), "LibreOffice (libreoffice-calc-nogui)"),
}


def require_tool(tool: str) -> str:
    """The path of ``tool``; else the test skips, or fails under CRM_TEST_REQUIRE_TOOLS=1."""
    names, package = TOOLS[tool]
    for name in names:
        path = shutil.which(name)
        if path is not None:
            return path
    reason = f"{tool} ({package}) is not installed"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {reason}")
    pytest.skip(reason)

"""``crm build``: refuses clearly where it cannot build; the archive keeps links as links.
(The build itself runs in CI, .ci/run, with the smoke test: too slow for the suite.)"""

from __future__ import annotations

import os
import sys
import zipfile

import pytest

from crm.cli import build_cmd
from crm.cli.main import main


def test_a_built_app_cannot_build_itself(monkeypatch, capsys):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert main(["--lang", "en", "build"]) == 2
    assert capsys.readouterr().err == (
        "error: crm build runs from a checkout of the source, where packaging/crm.spec is.\n"
    )


def test_without_pyinstaller_it_says_what_to_install(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "PyInstaller", None)  # import fails as if not installed
    assert main(["--lang", "en", "build"]) == 2
    assert 'pip install -e ".[build]"' in capsys.readouterr().err


def test_the_spec_is_in_the_checkout():
    assert build_cmd.SPEC.is_file() and build_cmd.SPEC.parent.name == "packaging"


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_the_archive_keeps_links_and_sizes_count_them_once(tmp_path):
    app = tmp_path / "CorridorCRM"
    (app / "_internal" / "lib").mkdir(parents=True)
    (app / "crm").write_bytes(b"x" * 1000)
    (app / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"q" * 5000)
    os.symlink("lib/libQt6Core.so.6", app / "_internal" / "libQt6Core.so.6")
    link_size = len("lib/libQt6Core.so.6")
    assert build_cmd.folder_size(app) == 1000 + 5000 + link_size
    archive = build_cmd.write_zip(app, tmp_path / "app.zip")
    assert not (tmp_path / "app.zip.part").exists()
    with zipfile.ZipFile(archive) as zf:
        link = zf.getinfo("CorridorCRM/_internal/libQt6Core.so.6")
        assert (link.external_attr >> 16) & 0o170000 == 0o120000  # a symbolic link
        assert zf.read(link) == b"lib/libQt6Core.so.6"
        assert zf.read("CorridorCRM/_internal/lib/libQt6Core.so.6") == b"q" * 5000

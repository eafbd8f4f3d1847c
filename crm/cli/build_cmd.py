"""``crm build``: the one-folder app for this platform, with PyInstaller and the spec in
``packaging/crm.spec`` (run from a checkout with ``pip install -e ".[build]"``). It prints the
folder's size and, with ``--zip``, writes the archive people download and prints its size too
(the goals: under 250 MB unpacked, under 100 MB zipped)."""

from __future__ import annotations

import os
import platform
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from crm import __version__
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, translate
from crm.paths import is_frozen

if TYPE_CHECKING:
    from argparse import Namespace

    from crm.cli.common import Subparsers

NAME = "CorridorCRM"
CHECKOUT = Path(__file__).resolve().parents[2]
SPEC = CHECKOUT / "packaging" / "crm.spec"


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "build",
        help=translate(
            "CLI", "build the app for this platform into one folder (from a checkout, PyInstaller)"
        ),
    )
    p.add_argument(
        "--dist",
        metavar="FOLDER",
        default=None,
        help=translate("CLI", "where the built folder goes (default: dist/ in the checkout)"),
    )
    p.add_argument(
        "--zip",
        action="store_true",
        help=translate("CLI", "also write the zip archive to hand out, and print its size"),
    )
    p.set_defaults(func=run)


def run(args: Namespace) -> int:
    if is_frozen() or not SPEC.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "CLI", "crm build runs from a checkout of the source, where packaging/crm.spec is."
            )
        )
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise UserError(
            QT_TRANSLATE_NOOP("CLI", 'PyInstaller is not installed; run: pip install -e ".[build]"')
        ) from None
    dist = Path(args.dist).expanduser().resolve() if args.dist else CHECKOUT / "dist"
    work = dist.parent / "build" if args.dist else CHECKOUT / "build"
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if subprocess.run(command, cwd=CHECKOUT).returncode != 0:
        raise UserError(QT_TRANSLATE_NOOP("CLI", "the build failed; PyInstaller said why above"))
    folder = dist / NAME
    print(
        translate("CLI", "built {folder}: {size} MB").format(
            folder=folder, size=f"{folder_size(folder) / 1e6:.0f}"
        )
    )
    if args.zip:
        archive = dist / f"{NAME}-{__version__}-{platform_tag()}.zip"
        write_zip(folder, archive)
        print(
            translate("CLI", "zipped {file}: {size} MB").format(
                file=archive, size=f"{archive.stat().st_size / 1e6:.0f}"
            )
        )
    return 0


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder`` as they are stored (links counted as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def write_zip(folder: Path, archive: Path) -> Path:
    """The folder as a zip, its symbolic links kept as links (a Linux build links Qt's
    libraries; followed, they would be stored twice); written under a temporary name and
    renamed, so a failed run leaves no half archive."""
    tmp = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so the mode below means "symbolic link"
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, name)
    tmp.replace(archive)
    return archive

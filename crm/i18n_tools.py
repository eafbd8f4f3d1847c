"""The project's own translation commands (``crm i18n …``): extract strings into the ``.ts``
sources with Qt's lupdate, list what is untranslated, fill translations, and compile ``.qm``
files with lrelease (done at app start into the cache directory; ``.qm`` is never committed).

Each area has its own ``resources/translations/<area>_zh_CN.ts`` so work on different parts
of the app does not collide. English is the source language, so it needs no catalog.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from crm.i18n import ZH, reload_catalogs
from crm.paths import resource

ROOT = Path(__file__).resolve().parent
#: area → source folders/files (relative to the crm package)
AREAS: dict[str, list[str]] = {
    "core": [
        "*.py",
        "accounts",
        "attachments",
        "cli",
        "db",
        "demo",
        "followups",
        "leadlist",
        "leads",
        "pipeline",
        "safety",
        "targets",
        "team",
        "values",
    ],
    "ui": ["ui"],
    "reports": ["reports", "analytics"],
    "io": ["importing", "exporting"],
}
TARGET_LANGS = (ZH,)


def ts_path(area: str, lang: str = ZH) -> Path:
    return resource("translations", f"{area}_{lang}.ts")


def _sources(area: str) -> list[Path]:
    out: list[Path] = []
    for pattern in AREAS[area]:
        if pattern.endswith(".py"):
            out.extend(sorted(p for p in ROOT.glob(pattern) if p.name != "i18n_tools.py"))
        else:
            folder = ROOT / pattern
            if folder.is_dir():
                out.extend(sorted(folder.rglob("*.py")))
    return out


def _qt_tool(name: str) -> str:
    import PySide6  # the package only: its folder holds Qt's lupdate/lrelease

    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))
    if not exe.exists():
        raise FileNotFoundError(f"{name} is not part of this PySide6 installation")
    return str(exe)


def update(areas: list[str] | None = None) -> list[Path]:
    """Run lupdate: new strings appear as unfinished, vanished ones are dropped."""
    written = []
    for area in areas or list(AREAS):
        files = _sources(area)
        if not files:
            continue
        for lang in TARGET_LANGS:
            ts = ts_path(area, lang)
            ts.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    _qt_tool("lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    lang,
                    *map(str, files),
                    "-ts",
                    str(ts),
                ],
                check=True,
            )
            tree = ET.parse(ts)
            # lupdate takes every "#:" comment (our attribute docs) for a translator's note on
            # the next string; they only mislead here
            for message in tree.getroot().iter("message"):
                for note in message.findall("extracomment"):
                    message.remove(note)
            _write(tree, ts)  # one layout, whatever lupdate's version writes
            written.append(ts)
    reload_catalogs()
    return written


def missing(areas: list[str] | None = None, lang: str = ZH) -> list[tuple[str, str, str]]:
    """(area, context, source) of every message without a translation."""
    out = []
    for area in areas or list(AREAS):
        ts = ts_path(area, lang)
        if not ts.exists():
            continue
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                    out.append((area, name, m.findtext("source") or ""))
    return out


def apply(area: str, translations: dict[tuple[str, str] | str, str], lang: str = ZH) -> int:
    """Fill translations into an area's .ts: keys are (context, source) or just source.
    Returns how many messages were filled."""
    ts = ts_path(area, lang)
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            src = m.findtext("source") or ""
            value = translations.get((name, src), translations.get(src))
            if value is None:
                continue
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            tr.text = value
            tr.attrib.pop("type", None)
            n += 1
    _write(tree, ts)
    reload_catalogs()
    return n


def _write(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    ET.indent(tree, space="    ")
    with ts.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)


def shipped(lang: str = ZH) -> list[Path]:
    """The compiled catalogs a frozen build carries beside their .ts sources (it has no
    lrelease to compile them at start); empty in a checkout."""
    return sorted(resource("translations").glob(f"*_{lang}.qm"))


def build(dest: Path, lang: str = ZH) -> list[Path]:
    """Compile every ``*_<lang>.ts`` into ``dest`` (only when the .ts is newer)."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for ts in sorted(resource("translations").glob(f"*_{lang}.ts")):
        qm = dest / (ts.stem + ".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


if __name__ == "__main__":  # python -m crm.i18n_tools update|missing
    cmd = sys.argv[1] if len(sys.argv) > 1 else "missing"
    if cmd == "update":
        print("\n".join(map(str, update(sys.argv[2:] or None))))
    else:
        for area, ctx, src in missing(sys.argv[2:] or None):
            print(f"{area}\t{ctx}\t{src}")

"""Qt-free translation for services, the command line and the reports.

The catalog is the same set of Qt Linguist ``.ts`` files the Qt interface compiles to ``.qm``:
one source of truth. Services return :class:`Message` objects (context, English source,
parameters) that are rendered in the language current when they are shown, so a language
switch re-renders an error that is already on screen.

``QT_TRANSLATE_NOOP`` and ``translate`` carry the names Qt's ``lupdate`` extracts from Python.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from crm.paths import cache_dir, resource

ZH = "zh_CN"
EN = "en"
LANGUAGES = (ZH, EN)
DEFAULT_LANGUAGE = ZH

_env_language = os.environ.get("CRM_LANG", "")
_current = _env_language if _env_language in LANGUAGES else DEFAULT_LANGUAGE


def normalise_language(value: str | None) -> str:
    """Accept zh, zh_CN, zh-CN, cn, en, en_US … and return one of LANGUAGES."""
    if not value:
        return DEFAULT_LANGUAGE
    v = value.strip().lower().replace("-", "_")
    if v.startswith("en"):
        return EN
    if v.startswith(("zh", "cn")):
        return ZH
    raise ValueError(value)


def set_language(lang: str) -> None:
    global _current
    _current = normalise_language(lang)


def current_language() -> str:
    return _current


#: separates a message's context from its source in the compiled catalog's keys
_KEY_SEPARATOR = "\x04"


@cache
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation, merged from every ``*_<lang>.ts`` file.

    Parsing the four catalogs takes 20–30 ms, which every start of the app and of every
    command would pay: the merged table is kept as JSON in the cache directory, rebuilt when
    a .ts file changes (like the .qm files Qt's side compiles)."""
    folder = resource("translations")
    if lang == EN or not folder.is_dir():
        return {}
    files = sorted(folder.glob(f"*_{lang}.ts"))
    stamp = hashlib.sha1(
        repr([(f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files]).encode()
    ).hexdigest()[:16]
    try:
        compiled = cache_dir() / "catalogs" / f"{lang}-{stamp}.json"
    except Exception as exc:  # noqa: BLE001 - narrowed below (crm.errors imports this module)
        from crm.errors import StoreError

        if not isinstance(exc, StoreError):
            raise
        # No usable cache folder: parse each time. Raising here would recurse, since the
        # error that names the folder is itself translated.
        return _parse(files)
    try:
        return _read_compiled(compiled)
    except (OSError, ValueError):
        pass
    table = _parse(files)
    try:
        compiled.parent.mkdir(parents=True, exist_ok=True)
        for old in compiled.parent.glob(f"{lang}-*.json"):
            old.unlink(missing_ok=True)
        tmp = compiled.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(
            json.dumps({_KEY_SEPARATOR.join(k): v for k, v in table.items()}, ensure_ascii=False),
            encoding="utf-8",
        )
        tmp.replace(compiled)
    except OSError:  # a read-only cache: parse each time
        pass
    return table


def _read_compiled(compiled: Path) -> dict[tuple[str, str], str]:
    """The merged table as :func:`_catalog` stored it; ValueError when it is not that (a file
    cut short or written by another version), so the caller parses the catalogs again."""
    stored: object = json.loads(compiled.read_text(encoding="utf-8"))
    if not isinstance(stored, dict):
        raise ValueError(compiled)
    table: dict[tuple[str, str], str] = {}
    for key, value in stored.items():
        context, separator, source = str(key).partition(_KEY_SEPARATOR)
        if not separator or not isinstance(value, str):
            raise ValueError(compiled)
        table[(context, source)] = value
    return table


def _parse(files: Iterable[Path]) -> dict[tuple[str, str], str]:
    """The catalogs themselves (our own files, trusted, so the standard XML parser is fine)."""
    import xml.etree.ElementTree as ET  # late: only when the cached catalogs are stale

    table: dict[tuple[str, str], str] = {}
    for ts in files:
        root = ET.parse(ts).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                src = m.findtext("source")
                tr = m.find("translation")
                if src is None or tr is None:
                    continue
                if tr.get("type") in ("vanished", "obsolete"):
                    continue
                text = (tr.text or "").strip("\n") if tr.text else ""
                if text:
                    table[(name, src)] = text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """Translate now, in ``lang`` or the current language; unknown text falls back to English."""
    return _catalog(lang or _current).get((context, text), text)


def reload_catalogs() -> None:
    _catalog.cache_clear()


@dataclass(frozen=True)
class Message:
    """A translatable message that is rendered when shown."""

    context: str
    text: str
    params: tuple[tuple[str, Any], ...] = field(default=())

    def format(self, **params: Any) -> Message:
        return Message(self.context, self.text, tuple(params.items()))

    def render(self, lang: str | None = None) -> str:
        out = translate(self.context, self.text, lang)
        if not self.params:
            return out
        values = {
            k: (v.render(lang) if isinstance(v, (Message, Localized)) else v)
            for k, v in self.params
        }
        try:
            return out.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return self.text.format(**values)

    def __str__(self) -> str:
        return self.render()

    def stored(self) -> str:
        """The message as JSON text, to be rendered later in either language (an audit row
        says why an action was refused in the reader's language, not the writer's)."""
        params = {
            k: (
                {"zh": v.render(ZH), "en": v.render(EN)}
                if isinstance(v, (Message, Localized))
                else v
            )
            for k, v in self.params
        }
        return json.dumps(
            {"context": self.context, "text": self.text, "params": params},
            ensure_ascii=False,
            default=str,
        )


def stored_message(text: str | None) -> Message | None:
    """The message kept by :meth:`Message.stored`, or None for any other text."""
    if not text or not text.startswith("{"):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or set(data) != {"context", "text", "params"}:
        return None
    if not isinstance(data["params"], dict):
        return None
    params = tuple(
        (
            str(k),
            Localized(str(v.get("zh", "")), str(v.get("en", ""))) if isinstance(v, dict) else v,
        )
        for k, v in data["params"].items()
    )
    return Message(str(data["context"]), str(data["text"]), params)


@dataclass(frozen=True)
class Localized:
    """A value that has its own Chinese and English names (a city, a stage …), for use as a
    Message parameter: it is rendered in the message's language."""

    zh: str
    en: str

    def render(self, lang: str | None = None) -> str:
        return self.en if (lang or _current) == EN else self.zh

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 - lupdate's name
    """Mark ``text`` for translation in ``context`` and return it as a deferred Message."""
    return Message(context, text)

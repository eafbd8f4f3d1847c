"""Plain values from what people type or ledgers hold: text cleaned to one line, whole
numbers, numbers and yes/no, each with a translated reason when it cannot be read."""

from __future__ import annotations

import re
import unicodedata

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP

MAX_INT = 10_000_000
MAX_NUMBER = 1e9
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: a line break (with any spaces around it) between two Chinese characters or full-width marks
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK_IN_CJK = re.compile(rf"(?<=[{_CJK}])[^\S\n\r]*[\n\r]\s*(?=[{_CJK}])")


def join_lines(text: str) -> str:
    """One line of text: a break Excel's wrapping put inside Chinese ("杭州云帆\n智能科技") joins
    without a space; any other run of spaces and breaks becomes one space."""
    if "\n" in text or "\r" in text:
        text = _BREAK_IN_CJK.sub("", text)
    return " ".join(text.split())


# a ledger's X is ×, "no" (√ marks yes)
_TRUE = {"1", "true", "yes", "y", "是", "√", "✓", "✔", "on", "有", "对"}
_FALSE = {"0", "false", "no", "n", "否", "×", "✗", "x", "off", "无", "不是", "-"}


def parse_int(raw: object) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a whole number"))
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a whole number"))
        raw = int(raw)
    if isinstance(raw, int):
        value = raw
    else:
        text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "")
        text = re.sub(r"(人|个|名|位|家)$", "", text).strip()
        text = re.sub(r"^(约|大约|近|超过|超)", "", text)
        if not re.fullmatch(r"-?\d+(\.0+)?", text):
            raise ParseError(
                QT_TRANSLATE_NOOP("Parse", "'{text}' is not a whole number").format(
                    text=str(raw)[:40]
                )
            )
        value = int(float(text))
    if value < 0:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "cannot be negative"))
    if value > MAX_INT:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "is implausibly large"))
    return value


def parse_number(raw: object) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a number"))
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = unicodedata.normalize("NFKC", str(raw)).strip().lower().replace(",", "")
        text = re.sub(r"(亩|平方米|平米|㎡|m2|m²|平)$", "", text).strip()
        text = re.sub(r"^(约|大约|近|超过|超)", "", text)
        if not re.fullmatch(r"-?\d+(\.\d+)?", text):
            raise ParseError(
                QT_TRANSLATE_NOOP("Parse", "'{text}' is not a number").format(text=str(raw)[:40])
            )
        value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a number"))
    if value < 0:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "cannot be negative"))
    if value > MAX_NUMBER:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "is implausibly large"))
    return round(value, 4)


def parse_bool(raw: object) -> bool:
    if raw is None or raw == "":
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw != 0
    text = unicodedata.normalize("NFKC", str(raw)).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE or not text:
        return False
    raise ParseError(
        QT_TRANSLATE_NOOP("Parse", "'{text}' is not yes or no").format(text=str(raw)[:40])
    )


def clean_text(raw: object, max_length: int | None, *, multiline: bool = False) -> str | None:
    if raw is None:
        return None
    text = str(raw)
    text = _CONTROL.sub("", text)
    if not multiline:
        text = join_lines(text)
    text = text.strip()
    if not text:
        return None
    if max_length and len(text) > max_length:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "is too long ({count} characters, at most {limit})").format(
                count=len(text), limit=max_length
            )
        )
    return text


#: a run of Latin words (with the marks English headers use) in a header
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9 .,/&'()\-]*[A-Za-z0-9.)]|[A-Za-z]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def bilingual_parts(text: str) -> list[str]:
    """The languages of a cell written twice over ('企业名称\nCompany', 'Stage 阶段',
    'Zhang Wei 张伟'): its lines, and within a line that mixes Chinese with Latin words the
    Chinese and the Latin part; one part for a cell in one language."""
    parts: list[str] = []
    for line in str(text).splitlines():
        line = line.strip()
        if not line:
            continue
        latin = [m.group(0).strip() for m in _LATIN_WORDS.finditer(line)]
        latin = [w for w in latin if len(w) > 1]
        chinese = _LATIN_WORDS.sub(" ", line).strip()
        if _HAN.search(line) and latin and _HAN.search(chinese) and _separate(line):
            parts += [chinese, *latin]
        else:
            parts.append(line)
    return parts


def _separate(line: str) -> bool:
    """The Latin words stand apart from the Chinese (a space or line between), not inside one
    name the way 'AI芯片' or '计划投资(USD)' carry them."""
    return bool(re.search(r"[\u3400-\u9fff]\s+[A-Za-z]|[A-Za-z.)]\s+[\u3400-\u9fff]", line))

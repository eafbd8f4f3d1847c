"""``crm report verify FILE``: does a PDF, workbook or .docx say what the store's closed week
says? The file names its week, scope, language, the moment it was made and its fingerprint
(PDF and .docx keywords, a line of the workbook's summary sheet). The week's frozen report is
drawn again with those, and compared with the file: the PDF byte for byte (reportlab writes the
same bytes for the same report), the workbook cell by cell, the .docx paragraph by paragraph.
A figure edited by hand, a week reopened since, or a summary rewritten since all say so.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

from crm import __version__
from crm.analytics.period import Period
from crm.analytics.weeks import closed_info, report_of_week
from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, Message

PDF, XLSX, DOCX = "pdf", "xlsx", "docx"


@dataclass(frozen=True)
class Verdict:
    matches: bool
    message: Message


@dataclass(frozen=True)
class Identity:
    week: str
    scope: str
    lang: str
    generated: datetime
    fingerprint: str
    store: str
    version: str


def _kind(path: Path) -> str:
    head = path.read_bytes()[:4] if path.is_file() else b""
    if head.startswith(b"%PDF"):
        return PDF
    if head.startswith(b"PK"):
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
    raise UserError(
        QT_TRANSLATE_NOOP("Report", "{name} is not a PDF, Excel workbook or Word document.").format(
            name=path.name
        )
    )


def _from_keywords(text: str) -> Identity | None:
    m = re.search(r"crm-weekly;([^)<]*)", text)
    if not m:
        return None
    pairs = dict(p.split("=", 1) for p in m.group(1).split(";") if "=" in p)
    if not pairs.get("fingerprint"):
        return None
    return Identity(pairs["week"], pairs["scope"], pairs["lang"],
                    datetime.fromisoformat(pairs["generated"]), pairs["fingerprint"],
                    unquote(pairs.get("store", "")), pairs.get("version", ""))  # fmt: skip


def _identity(path: Path, kind: str) -> Identity | None:
    if kind == PDF:
        return _from_keywords(path.read_bytes().decode("latin-1"))
    if kind == DOCX:
        from docx import Document  # late: each reader loads for its own kind of file

        return _from_keywords(Document(str(path)).core_properties.keywords or "")
    from openpyxl import load_workbook  # late: as above

    wb = load_workbook(path, read_only=True)
    try:
        for row in wb.worksheets[0].iter_rows(max_row=60, max_col=1, values_only=True):
            text = str(row[0] or "")
            if "crm:" in text:
                week, scope, lang, made, store, version = text.split("crm:", 1)[1].split(";")
                fp = re.search(r"([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})", text)
                return Identity(week, scope, lang, datetime.fromisoformat(made),
                                fp.group(1) if fp else "", unquote(store), version)  # fmt: skip
    finally:
        wb.close()
    return None


def _contents(path: Path, kind: str) -> object:
    """What the file says, to compare with another (bytes, texts or sheets' rows)."""
    if kind == PDF:
        return path.read_bytes()
    if kind == DOCX:
        from docx import Document  # late: each reader loads for its own kind of file

        doc = Document(str(path))
        texts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            texts += [c.text for row in t.rows for c in row.cells]
        return texts
    from openpyxl import load_workbook  # late: as above

    wb = load_workbook(path, read_only=True)
    try:
        return {
            ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets
        }
    finally:
        wb.close()


def verify_file(store: Store, path: str | Path) -> Verdict:
    path = Path(path)
    kind = _kind(path)
    ident = _identity(path, kind)
    if ident is None:
        return Verdict(False, QT_TRANSLATE_NOOP(
            "Report", "{name} names no closed week: it is not a closed week's report made by "
            "this app.").format(name=path.name))  # fmt: skip
    period = Period.parse_week(ident.week)
    info = closed_info(store, period)
    if info is None:
        return Verdict(False, QT_TRANSLATE_NOOP(
            "Report", "Does not match: {week} is not closed in this store (it may have been "
            "reopened).").format(week=ident.week))  # fmt: skip
    if info.fingerprint != ident.fingerprint:
        return Verdict(False, QT_TRANSLATE_NOOP(
            "Report", "Does not match: the file's fingerprint {file} is not the closed week's "
            "{week_fp} (the week was closed again, or its summary rewritten, since).").format(
            file=ident.fingerprint, week_fp=info.fingerprint))  # fmt: skip

    report = report_of_week(store, period, with_rows=kind == XLSX)
    report = replace(report, generated_at=ident.generated, store_name=ident.store)
    with tempfile.TemporaryDirectory(prefix="crm-verify-") as tmp:
        again = Path(tmp) / f"again.{kind}"
        from crm.reports import render_docx, render_pdf, render_xlsx  # late: one renderer loads

        if kind == PDF:
            render_pdf(report, again, lang=ident.lang)
        elif kind == XLSX:
            render_xlsx(report, again, lang=ident.lang)
        else:
            render_docx(report, again, lang=ident.lang)
        same = _contents(again, kind) == _contents(path, kind)
    if same:
        return Verdict(True, QT_TRANSLATE_NOOP(
            "Report", "Matches the closed week {week} (fingerprint {fp}).").format(
            week=ident.week, fp=info.fingerprint))  # fmt: skip
    if ident.version and ident.version != __version__:
        return Verdict(False, QT_TRANSLATE_NOOP(
            "Report", "Does not match: the file was made by version {file} of the CRM and this is "
            "{app}, which draws the report differently; check it with that version.").format(
            file=ident.version, app=__version__))  # fmt: skip
    return Verdict(False, QT_TRANSLATE_NOOP(
        "Report", "Does not match: the file says something the closed week {week} does not (it "
        "was changed after it was made).").format(week=ident.week))  # fmt: skip

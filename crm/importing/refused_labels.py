"""The two columns a refused-rows workbook adds (crm.importing.refused writes them); the header
matcher knows them, so the fixed file imports without them (crm.importing.header_match)."""

from __future__ import annotations

from crm.i18n import QT_TRANSLATE_NOOP

ROW_LABEL = QT_TRANSLATE_NOOP("Import", "Row in original file")
REASON_LABEL = QT_TRANSLATE_NOOP("Import", "Why it was refused")

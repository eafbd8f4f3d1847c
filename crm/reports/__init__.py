"""The weekly report's renderers (no Qt): PDF (reportlab) and Excel workbook (openpyxl).

Both take the analytics result (``crm.analytics.weekly_report``) and nothing else from the
database, accept ``progress(fraction)`` and ``cancelled() -> bool`` callbacks, and write the
file only once it is complete.
"""

from crm.analytics.weekly import Cancelled
from crm.reports.output import OutputError, check_writable
from crm.reports.pdf import render_pdf
from crm.reports.xlsx import render_xlsx

__all__ = ["Cancelled", "OutputError", "check_writable", "render_pdf", "render_xlsx"]

"""The weekly report's renderers (no Qt): PDF (reportlab), Excel workbook (crm.exporting.xlsx)
and Word (python-docx), all three drawing one layout (crm.reports.layout).

Both take the analytics result (``crm.analytics.weekly_report``) and nothing else from the
database, accept ``progress(fraction)`` and ``cancelled() -> bool`` callbacks, and write the
file only once it is complete.

The renderers are imported when first asked for: the PDF one registers the CJK font with
reportlab (some 30 MB and a tenth of a second), which the app should not pay for at start when
nobody has opened the Reports page yet.
"""

from typing import TYPE_CHECKING

from crm.analytics.weekly import Cancelled
from crm.reports.output import OutputError, check_writable

if TYPE_CHECKING:  # the checker sees them; at run time __getattr__ imports them when asked
    from crm.reports.pdf import render_pdf
    from crm.reports.word import render_docx
    from crm.reports.xlsx import render_xlsx

__all__ = ["Cancelled", "OutputError", "check_writable", "render_docx", "render_pdf", "render_xlsx"]


def __getattr__(name: str) -> object:
    if name == "render_pdf":
        from crm.reports.pdf import render_pdf

        return render_pdf
    if name == "render_xlsx":
        from crm.reports.xlsx import render_xlsx

        return render_xlsx
    if name == "render_docx":
        from crm.reports.word import render_docx

        return render_docx
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

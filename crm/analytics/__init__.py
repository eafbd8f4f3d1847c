"""Report analytics (no Qt): every figure of the weekly report for a period and a scope, each
with the lead-list filter (or activity filter) behind it. The PDF, the workbook and the
managers' dashboard render these results and nothing else.

Entry points: ``weekly_report`` (everything), ``funnel``, ``trend``; ``Period`` and ``Scope``
say what to compute for.
"""

from crm.analytics.activity import ActivityFilter, count_activities
from crm.analytics.figures import Figure, merge
from crm.analytics.funnel import FunnelStage, funnel
from crm.analytics.period import Period, Scope
from crm.analytics.trend import TrendPoint, trend
from crm.analytics.weekly import Cancelled, WeeklyReport, weekly_report

__all__ = [
    "ActivityFilter",
    "Cancelled",
    "Figure",
    "FunnelStage",
    "Period",
    "Scope",
    "TrendPoint",
    "WeeklyReport",
    "count_activities",
    "funnel",
    "merge",
    "trend",
    "weekly_report",
]

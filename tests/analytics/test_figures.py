"""A figure and the leads behind it (crm.analytics.figures)."""

from __future__ import annotations

from datetime import date

import pytest

from crm.analytics.activity import ActivityFilter
from crm.analytics.figures import Figure, leads_of
from crm.leadlist.query import LeadFilter


def test_a_lead_figure_gives_its_leads():
    flt = LeadFilter(key_project=True, stages=("signed",))
    assert leads_of(Figure(3, leads=flt)) is flt


def test_a_figure_of_activities_has_no_leads_to_list():
    acts = Figure(7, activities=ActivityFilter(date(2026, 5, 11), date(2026, 5, 17)))
    with pytest.raises(ValueError, match="a figure of activities has no leads behind it"):
        leads_of(acts)

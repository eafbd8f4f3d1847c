"""The lead list's model reads the store once when its page is built (the header's sort is
set up before the first query and only noted), and a sort asked for afterwards re-reads."""

from __future__ import annotations

from PySide6.QtCore import Qt

import crm.ui.models.lead_table as lead_table
from crm.ui.settings import PAGE
from tests.ui.conftest import close_quietly, seed_leads


def test_the_list_is_read_once_when_its_page_is_built(controller, store, people, monkeypatch):
    seed_leads(store, people.wang, 3)
    calls = []
    real = lead_table.list_leads

    def counted(*args, **kwargs):
        calls.append(args[3])  # the sort keys
        return real(*args, **kwargs)

    monkeypatch.setattr(lead_table, "list_leads", counted)
    controller.settings.set(PAGE, "leads")
    window = controller.build(people.wang)
    try:
        assert calls == [(("updated_at", True),)]
        model = window.leads.model
        company = next(i for i, c in enumerate(model.columns) if c.key == "company_name")
        window.leads.table.sortByColumn(company, Qt.SortOrder.AscendingOrder)
        assert calls[-1] == (("company_name", False),) and len(calls) == 2
        names = [model.data(model.index(r, company)) for r in range(model.rowCount())]
        assert names == [
            "杭州云帆生物医药有限公司",
            "上海智源新材料股份有限公司",
            "浙江星河智能科技有限公司",
        ]
    finally:
        close_quietly(window)

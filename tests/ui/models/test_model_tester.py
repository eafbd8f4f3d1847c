"""The models of the history, the audit page, the refused leads and the reference lists pass
pytest-qt's model tester with real rows in them."""

from __future__ import annotations

from crm import history
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leads import bulk_steps
from crm.leads import edit as leads
from crm.reference import reference
from crm.ui.leads.bulk_run import RefusedModel
from crm.ui.models.audit_entries import AUDIT_COLUMNS, AuditEntriesModel
from crm.ui.reference.values_model import ValuesModel
from tests.ui.conftest import seed_leads


def test_history_audit_refused_and_reference_models_pass_qtmodeltester(
    app, store, people, qtmodeltester
):
    ids = seed_leads(store, people.wang, 2)
    leads.update_lead(store, people.wang, ids[0], {"notes": "补充"})
    audit = AuditEntriesModel(AUDIT_COLUMNS)
    audit.set_entries(history.audit_page(store, people.zhao).entries)
    assert audit.rowCount() >= 5
    qtmodeltester.check(audit)
    refused = RefusedModel(
        [("杭州云帆", bulk_steps.Refused(ids[0], QT_TRANSLATE_NOOP("Bulk", "x")).reason.render())]
    )
    qtmodeltester.check(refused)
    values = ValuesModel()
    values.load(reference(store), "subfield")
    assert values.columnCount() == 4 and values.rowCount() > 5
    qtmodeltester.check(values)


def test_the_window_s_models_pass_qtmodeltester(window, store, people, qtmodeltester):
    seed_leads(store, people.wang, 5)
    window.leads.apply_filter()
    qtmodeltester.check(window.leads.model)
    window.leads.detail.contacts.model.set_rows([])
    qtmodeltester.check(window.leads.detail.contacts.model)

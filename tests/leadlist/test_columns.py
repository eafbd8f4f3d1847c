"""The one registry of lead columns: the list, its sorting, the export and the import read the
same label, unit and key for a column, in both languages."""

from __future__ import annotations

import pytest

from crm import fields as F
from crm.exporting.columns import COLUMNS as EXPORTED
from crm.exporting.columns import DEFAULT_COLUMNS
from crm.importing.header_match import match
from crm.leadlist import columns as LC
from crm.leadlist.sort import SORT_KEYS, sort_expression
from crm.reference import reference


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_column_imports_back_under_its_own_header(lang):
    for col in LC.COLUMNS.values():
        m = match(col.header(lang))
        assert (m.target, m.how, m.score) == (col.target, "exact", 1.0), col.key


def test_a_field_has_one_label_everywhere():
    for spec in F.LEAD_FIELDS:
        col = LC.COLUMNS[spec.name]
        assert (col.label, col.unit, col.kind) == (spec.label, spec.unit, spec.kind)
    assert LC.COLUMNS["planned_investment"].header("zh_CN") == "计划投资额（万元）"
    assert LC.COLUMNS["planned_investment"].header("en") == "Planned investment (10k yuan)"
    assert LC.COLUMNS["source"].header("en") == "Source channel"


def test_the_list_the_sort_and_the_export_use_the_same_keys(store):
    ref = reference(store)
    listed = LC.list_columns()
    assert [c.key for c in listed][:3] == ["is_key", "company_name", "project_name"]
    for col in listed:
        assert col.list_width > 0
        if col.sort is not None:
            assert col.sort in SORT_KEYS
            sort_expression(ref, col.sort)  # every sort key has its SQL
    assert LC.COLUMNS["days_in_stage"].sort == "stage_date"
    assert "days_in_stage" not in EXPORTED and "days_in_stage" not in DEFAULT_COLUMNS
    assert DEFAULT_COLUMNS[0] == "id" and set(DEFAULT_COLUMNS) <= set(EXPORTED)


def test_the_lists_visible_columns_export_with_the_id_first():
    assert LC.export_columns(["company", "stage", "days_in_stage", "company_name"]) == [
        "id",
        "company_name",
        "stage",
    ]


def test_keys_saved_by_older_versions_still_name_their_column():
    assert LC.column("company") is LC.COLUMNS["company_name"]
    with pytest.raises(ValueError):
        LC.column("no_such_column")

"""Annual targets to and from Excel: a round trip keeps every target, a filled-in sheet replaces
the year's targets (audited, all or nothing), wrong cells are reported by row and column, and
hostile files are refused before openpyxl parses them."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from crm.i18n import set_language
from crm.reference import reference
from crm.targets.annual import list_targets, replace_targets, set_target
from crm.targets.sheets import TargetSheetError, export_targets, read_targets
from tests.services import audit_rows


def _values(store, year):
    return {(t.city_id, t.field_id, t.metric): t.value for t in list_targets(store, year)}


def test_round_trip(store, people, tmp_path):
    z = people.zhao
    set_target(store, z, 2026, "signed_projects", 10)
    set_target(store, z, 2026, "signed_investment", 120000)
    set_target(store, z, 2026, "jobs", 800, city_id=people.city_future)
    path = tmp_path / "targets.xlsx"
    assert export_targets(store, path, 2026) == 3
    ws = load_workbook(path).active
    assert ws["A1"].value == "年度" and ws["B2"].value == "全部"
    assert read_targets(store, path).years == {2026: _values(store, 2026)}


def test_import_replaces_the_year_in_one_audited_transaction(store, people, tmp_path):
    z = people.zhao
    set_target(store, z, 2026, "jobs", 500)
    set_target(store, z, 2026, "signed_projects", 3, city_id=people.city_qingshan)
    wb = Workbook()
    ws = wb.active
    ws.append(["Targets for 2026"])  # a title row above the header is skipped
    ws.append(["Year", "Sci-tech city", "Field", "Signed projects", "Signed investment (10k yuan)"])
    ws.append([2026, "All", "", 12, "1.2亿"])
    ws.append(["2026年", "未来科技城", "生命健康", 4, 30000])
    ws.append([None, None, None, None, None])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    sheet = read_targets(store, path)
    assert sheet.count == 4
    fut, health = people.city_future, reference(store).id_of("field", "health")
    changes = replace_targets(store, z, 2026, sheet.years[2026])
    assert changes.targets
    values = _values(store, 2026)
    assert values[(None, None, "signed_projects")] == 12
    assert values[(None, None, "signed_investment")] == 12000  # 1.2亿 in 万元
    assert values[(fut, health, "signed_projects")] == 4
    assert len(values) == 4  # jobs and 青山湖's target are gone: the sheet is the year
    actions = [r.action for r in audit_rows(store, "target")]
    assert actions.count("delete") == 2 and actions.count("create") == 2 + 4
    # the same sheet again changes nothing
    assert replace_targets(store, z, 2026, sheet.years[2026]).empty


def test_wrong_cells_are_named_and_nothing_is_read(store, people, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["年度", "科技城", "领域", "签约项目数", "签约投资额（万元）"])
    ws.append([2026, "火星科技城", "全部", 3, "很多"])
    ws.append([1999, "全部", "全部", 1, 1])
    ws.append([2026, "全部", "全部", -1, 100])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    set_language("en")
    with pytest.raises(TargetSheetError) as caught:
        read_targets(store, path)
    problems = [p.render() for p in caught.value.problems]
    assert problems[0] == "Row 2, Sci-tech city: is not a known value"
    assert problems[1].startswith("Row 2, Signed investment: '很多' is not an amount")
    assert problems[2] == "Row 3, Year: must be a year between 2000 and 2100"
    assert problems[3] == "Row 4, Signed projects: cannot be negative"
    assert "nothing was imported" in caught.value.render()


def test_hostile_files_are_refused(store, tmp_path):
    not_excel = tmp_path / "targets.xlsx"
    not_excel.write_bytes(b"%PDF-1.4 not a workbook\x00\x01")
    with pytest.raises(TargetSheetError):
        read_targets(store, not_excel)
    csv = tmp_path / "targets.csv"
    csv.write_text("Year,Signed projects\n2026,3\n", encoding="utf-8")
    with pytest.raises(TargetSheetError):
        read_targets(store, csv)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", "0" * (50 * 1024 * 1024))
    with pytest.raises(TargetSheetError):
        read_targets(store, bomb)
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"PK\x03\x04" + b"\x00" * (3 * 1024 * 1024))
    with pytest.raises(TargetSheetError, match="太大"):
        read_targets(store, big)


def test_formula_like_names_are_written_as_text(store, people, tmp_path):
    from crm.db.models import RefItem
    from crm.reference import invalidate

    with store.write() as s:
        s.add(
            RefItem(kind="city", code="evil", name_zh='=HYPERLINK("x")', name_en="=1+1", tag="core")
        )
    invalidate(store)
    path = tmp_path / "t.xlsx"
    export_targets(store, path, 2026)
    ws = load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    evil = [c for c in cells if c.value.startswith("=")]
    assert evil and all(c.data_type == "s" for c in evil)

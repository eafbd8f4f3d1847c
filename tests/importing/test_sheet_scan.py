"""The look at a worksheet's XML before any parser: its reach (a dense reader must not be
handed a sheet spanning billions of cells), its hidden rows and columns, DTDs refused."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from crm.importing import guard
from crm.importing.sheet_scan import MAX_DENSE_CELLS, scan_sheet, sheet_parts
from crm.importing.xlsx_book import XlsxBook

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _zip(sheet_xml: str) -> zipfile.ZipFile:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return zipfile.ZipFile(buf)


def _scan(sheet_xml: str):
    def too_many(rows):
        raise AssertionError(rows)

    return scan_sheet(_zip(sheet_xml), "xl/worksheets/sheet1.xml", 1000, too_many)


def test_an_ordinary_sheet_is_bounded_cheaply():
    rows = "".join(
        f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="Q{n}"><v>2</v></c></row>'
        for n in range(1, 101)
    )
    shape = _scan(f"<worksheet {NS}><sheetData>{rows}</sheetData></worksheet>")
    assert (shape.rows, shape.cells, shape.cells_placed) == (100, 200, 200)
    assert shape.widest == 26 and shape.farthest is None
    assert shape.dense_cells() == 99_999 * 26 <= MAX_DENSE_CELLS


def test_a_stray_cell_far_away_is_seen():
    xml = (
        f'<worksheet {NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
        f'<row r="2"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
    )
    shape = _scan(xml)
    assert shape.widest == 16384 and shape.farthest == 1_048_576
    assert shape.dense_cells() == 16384 * 1_048_576


def test_prefixed_tags_and_cells_without_a_reference():
    xml = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<x:sheetData>"
        + '<x:row r="1">'
        + "<x:c><x:v>1</x:v></x:c>" * 500
        + "</x:row>"
        + '<x:row r="2" hidden="1"><x:c r="A2"><x:v>1</x:v></x:c></x:row>'
        + "</x:sheetData></x:worksheet>"
    )
    shape = _scan(xml)
    assert (shape.rows, shape.cells, shape.cells_placed) == (2, 501, 1)
    assert shape.dense_cells() == 99_999 * 501  # a row may be as long as all its cells
    assert shape.hidden_rows == {2}
    assert _scan("<garbage/>").dense_cells() > MAX_DENSE_CELLS  # nothing known: not dense


def test_hidden_rows_and_columns_of_a_saved_workbook(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for n in range(1, 6):
        ws.append([n, n, n, n])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["B"].hidden = True
    ws.column_dimensions.group("C", "D", hidden=True)
    wb.create_sheet("第二页")
    path = tmp_path / "h.xlsx"
    wb.save(path)
    checked = guard.inspect_file(path)
    with zipfile.ZipFile(path) as z:
        assert sheet_parts(z) == {
            "Sheet": "xl/worksheets/sheet1.xml",
            "第二页": "xl/worksheets/sheet2.xml",
        }
    book = XlsxBook(path, checked)
    assert book.hidden_rows("Sheet") == {3}
    assert book.hidden_columns("Sheet") == {1, 2, 3}
    assert book.hidden_rows("第二页") == set()


def test_a_far_cell_is_read_by_streaming_not_in_one_block(tmp_path, monkeypatch):
    wb = openpyxl.Workbook()
    wb.active.append(["企业名称", "项目名称"])
    wb.active["XFD20"] = "x"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    book = XlsxBook(path, guard.inspect_file(path))
    monkeypatch.setattr("crm.importing.xlsx_book.MAX_DENSE_CELLS", 100_000)
    called = []
    monkeypatch.setattr(book, "_calamine", lambda sheet: called.append(sheet))
    assert list(book.rows("Sheet")) == [("企业名称", "项目名称")]  # column XFD is past the read
    assert called == []


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_xml_with_a_document_type_is_refused(tmp_path, doctype):
    wb = openpyxl.Workbook()
    wb.active.append(["企业名称", "项目名称"])
    src = tmp_path / "src.xlsx"
    wb.save(src)
    path = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<worksheet", doctype.encode() + b"<worksheet", 1)
            zout.writestr(info, data)
    with pytest.raises(guard.ImportFileError) as err:
        guard.inspect_file(path)
    assert "document type declaration" in err.value.message.render("en")


def test_references_after_any_white_space_are_seen(tmp_path):
    """The fast search looks after a plain space; a part that puts a tab or a line break
    before r= is searched the careful way, so its reach is not missed."""
    import zipfile

    from crm.importing.sheet_scan import scan_sheet

    for sep in (" ", "\t", "\n"):
        path = tmp_path / f"s{ord(sep)}.zip"
        xml = (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData><row{sep}r="1"><c{sep}r="A1"/></row>'
            f'<row{sep}r="250000"><c{sep}r="AB250000"/></row></sheetData></worksheet>'
        )
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("xl/worksheets/sheet1.xml", xml)
        with zipfile.ZipFile(path) as z:
            shape = scan_sheet(z, "xl/worksheets/sheet1.xml", 10**6, lambda n: None)
        assert (shape.widest, shape.farthest) == (28, 250000), repr(sep)

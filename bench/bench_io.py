"""Excel in and out (issue 5), each against the raw library in the same run:

* importing a 10,000-row ledger (read, dry run, import in one transaction) into a copy of an
  empty store, for three files of the same ledger as offices have them: written with inline
  strings (as openpyxl's write-only mode saves it), as Excel and WPS save it (one shared
  string table, a <dimension>), and re-saved by LibreOffice headless (its shared strings and
  styles). The floor is the fastest well-kept reader, python-calamine, reading the same file
  (the ratio is what planning and writing cost on top of reading); the goal of issue 5,
  ≤ 2× openpyxl's read-only read of the same file, is kept on a line of its own;
* exporting is measured in bench_export (the chosen writer's own floor).

``BENCH_IO_ROWS`` changes the ledger size, ``BENCH_IO_REPEAT`` the repetitions; ``--quick``
uses 1,000 rows and one repetition.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from bench.common import DATA, QUICK, Result, env_int  # noqa: E402

SUITE = "io"
HEADERS = [
    "序号",
    "企业名称",
    "统一社会信用代码",
    "项目名称",
    "产业领域",
    "拟落户",
    "投资额(亿元)",
    "注册资本（万元）",
    "当前阶段",
    "进展日期",
    "下次跟进日期",
    "是否重点项目",
    "联系人",
    "联系电话",
    "来源",
    "项目类型",
    "备注",
]
FIELDS = ["生物医药", "数字经济", "新材料", "人工智能", "集成电路", "医疗器械", "高端装备"]
CITIES = ["紫金港", "未来科技城", "青山湖", "临平区", "富阳"]
STAGES = ["初步接洽", "在谈", "考察", "线索", "已签约"]
AMOUNTS = ["1.2亿", "约3亿元", "5000万", 2.5, "3,000万", 0.8]


def _credit_code(n: int) -> str:
    from crm.values.credit_code import check_character

    first = f"91330106MA{n:07d}"
    return first + check_character(first)


def ledger(rows: int) -> Path:
    """A ledger as officers keep them (title, 填报单位 line, synonyms, mixed units and dates)."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"ledger-{rows}.xlsx"
    if path.exists():
        return path
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("2026年台账")
    ws.append(["紫金港科技城2026年招商项目台账"])
    ws.append(["填报单位：紫金港科技城管委会"])
    ws.append(HEADERS)
    start = date(2025, 1, 1)
    for n in range(1, rows + 1):
        day = start + timedelta(days=n % 400)
        stage = STAGES[n % len(STAGES)]
        ws.append(
            [
                n,
                f"杭州第{n}号科技有限公司",
                _credit_code(n) if n % 3 else None,
                f"项目{n}",
                FIELDS[n % len(FIELDS)],
                CITIES[n % len(CITIES)],
                AMOUNTS[n % len(AMOUNTS)],
                f"{100 + n % 900}万",
                stage,
                (
                    day
                    if n % 3 == 0
                    else f"{day.year}.{day.month}.{day.day}"
                    if n % 3 == 1
                    else f"{day.year}年{day.month}月{day.day}日"
                ),
                day + timedelta(days=60),
                "是" if n % 7 == 0 else "否",
                f"联系人{n % 97}",
                f"138{n:08d}",
                "以商招商",
                "产业项目",
                f"第{n}行的备注",
            ]
        )
    ws.append(["合计"])
    wb.save(path)
    return path


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def excel_style(path: Path) -> Path:
    """The same ledger as Excel (and WPS) save it: every text cell an index into one shared
    string table (xl/sharedStrings.xml, each distinct text once) and a <dimension> element.
    openpyxl 3.1 writes each text inline in its cell and no <dimension> in write-only mode;
    it reads an Excel file faster (the floor is shorter), so this ratio is the stricter one."""
    from lxml import etree

    out = path.with_name(path.stem + "-excel.xlsx")
    if out.exists():
        return out
    tmp = path.with_name(path.stem + "-dimension.xlsx")
    openpyxl.load_workbook(path).save(tmp)  # the normal writer adds <dimension>
    m = f"{{{_MAIN}}}"
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        sheet = etree.fromstring(zin.read("xl/worksheets/sheet1.xml"))
        index: dict[str, int] = {}
        count = 0
        for cell in sheet.iter(f"{m}c"):
            if cell.get("t") != "inlineStr":
                continue
            text = "".join(cell.find(f"{m}is").itertext())
            cell.remove(cell.find(f"{m}is"))
            cell.set("t", "s")
            etree.SubElement(cell, f"{m}v").text = str(index.setdefault(text, len(index)))
            count += 1
        sst = etree.Element(f"{m}sst", nsmap={None: _MAIN})
        sst.set("count", str(count))
        sst.set("uniqueCount", str(len(index)))
        for text in index:
            etree.SubElement(etree.SubElement(sst, f"{m}si"), f"{m}t").text = text
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = etree.tostring(sheet, xml_declaration=True, encoding="UTF-8")
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_TYPE}"/>'
                    "</Types>".encode(),
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdStrings" Type="{_SST_REL}" '
                    'Target="sharedStrings.xml"/></Relationships>'.encode(),
                )
            zout.writestr(info, data)
        zout.writestr(
            "xl/sharedStrings.xml", etree.tostring(sst, xml_declaration=True, encoding="UTF-8")
        )
    tmp.unlink()
    return out


def _once(setup, fn) -> float:
    state = setup()
    gc.collect()
    t = time.perf_counter()
    fn(state)
    return (time.perf_counter() - t) * 1000


def libreoffice_saved(path: Path) -> Path | None:
    """The same ledger opened and saved again by LibreOffice headless (None without soffice)."""
    out = path.with_name(path.stem + "-libreoffice.xlsx")
    if out.exists():
        return out
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, str(path)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        shutil.move(str(Path(tmp) / path.name), out)
    return out


def _paired(floor, ours, repeat: int) -> tuple[float, float]:
    """Medians of the floor and of ours, run alternately so both see the same machine load
    (other work on a shared machine moves single timings by ±20%)."""
    a, b = _in_turn([floor, ours], repeat)
    return a, b


def _in_turn(runs: list[tuple], repeat: int) -> list[float]:
    """Medians of each (setup, fn), run in turn — a, b, c, a, b, c … — so all see the same
    machine load."""
    samples: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for i, (setup, fn) in enumerate(runs):
            samples[i].append(_once(setup, fn))
    return [statistics.median(s) for s in samples]


def bench_import(work: Path, repeat: int) -> list[Result]:
    from python_calamine import CalamineWorkbook

    from crm.accounts.users import system_actor
    from crm.db import open_store
    from crm.importing.api import plan_import, read_table, run_import

    rows = env_int("BENCH_IO_ROWS", 1_000 if QUICK else 10_000)
    empty = work / "empty.sqlite"
    open_store(empty).dispose()

    def fresh():
        target = work / "import.sqlite"
        for p in work.glob("import.sqlite*"):
            p.unlink()
        shutil.copy(empty, target)
        return open_store(target)

    files = [
        (ledger(rows), "inline strings"),
        (excel_style(ledger(rows)), "shared strings (Excel)"),
        (libreoffice_saved(ledger(rows)), "re-saved by LibreOffice"),
    ]
    out = []
    for path, what in files:
        if path is None:
            out.append(Result(SUITE, f"import ledger, {what}", float("nan"), None, "", None,
                              note="not measured: LibreOffice (soffice) is not installed"))  # fmt: skip
            continue

        def calamine(_state, path=path):
            sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
            return sheet.to_python()

        def openpyxl_read(_state, path=path):
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
            for _row in wb.worksheets[0].iter_rows(values_only=True):
                pass
            wb.close()

        def run(store, path=path):
            actor = system_actor(store)
            plan = plan_import(store, actor, read_table(path))
            result = run_import(store, actor, plan)
            assert result.counts.created == rows, result.counts
            store.dispose()

        # the floor reads every row of the ledger (its title lines, header and total too)
        assert len(calamine(None)) == rows + 4, (path, len(calamine(None)))
        _once(lambda: None, openpyxl_read)  # warm the file cache and imports
        floor, op_floor, ours = _in_turn(
            [(lambda: None, calamine), (lambda: None, openpyxl_read), (fresh, run)], repeat
        )
        label = f"import {rows:,} rows, {what}"
        out.append(Result(SUITE, label, ours, floor,
                          "", None,
                          note="dry run + import in one transaction; floor: python-calamine "
                               "reading the same file"))  # fmt: skip
        out.append(Result(SUITE, "  the same, against openpyxl's read", ours, op_floor,
                          "≤ 2× openpyxl read-only read", ours <= 2 * op_floor))  # fmt: skip
    return out


def run(store_path: Path) -> list[Result]:
    repeat = env_int("BENCH_IO_REPEAT", 1 if QUICK else 3)
    with tempfile.TemporaryDirectory(prefix="bench-io-") as tmp:
        work = Path(tmp)
        return bench_import(work, repeat)  # exporting: bench_export


if __name__ == "__main__":
    from bench.common import demo_store, print_table

    print_table(
        run(demo_store(env_int("BENCH_LEADS", 100_000), env_int("BENCH_ACTIVITIES", 1_000_000)))
    )

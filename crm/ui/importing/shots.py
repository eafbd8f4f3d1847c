"""Screenshots of the import wizard (``python -m crm.ui.screenshots``): a ledger written the
way officers keep them — title row, 填报单位 line, their own header names, 1.2亿, a company
another city already follows, two bad rows, a 合计 row — taken through every step. The
import is undone at the end, so the demo store is left as it was for the next language."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QPainter

HEADERS = [
    "序号",
    "企业名称",
    "统一社会信用代码",
    "项目名称",
    "所属领域",
    "投资额(亿元)",
    "项目进展",
    "进展日期",
    "对接人",
    "备注",
]


def write_demo_ledger(path: Path, followed_company: str) -> Path:
    import openpyxl
    from openpyxl.worksheet.worksheet import Worksheet

    from crm.values.credit_code import check_character

    def code(n: int) -> str:
        first = f"91330110MA{n:07d}"
        return first + check_character(first)

    # a ledger's cells: text, amounts as written, or empty
    rows: list[tuple[str | float | None, ...]] = [
        (
            "杭州星河生物科技有限公司",
            code(11),
            "创新药研发中心",
            "生物医药",
            "1.2亿",
            "在谈",
            "2026.5.18",
            "张伟",
            "关注人才政策",
        ),
        (
            "浙江云帆数字科技股份有限公司",
            code(12),
            "数字经济总部",
            "数字经济",
            "约3亿元",
            "已签约",
            "2026年5月18日",
            "李娜",
            None,
        ),
        (
            followed_company,
            None,
            "华东研发中心",
            "数字经济",
            "5000万",
            "初步接洽",
            "2026/05/20",
            None,
            "展会对接",
        ),
        (
            "杭州青岚新材料有限公司",
            None,
            "高分子材料产线",
            "新材料",
            "3000-5000万",
            "初步接洽",
            "2026/05/18",
            None,
            None,
        ),
        (
            "杭州智芯微电子有限公司",
            "91330110MA00000010",
            "芯片设计中心",
            "集成电路",
            2.5,
            "考察",
            "2026-04-02",
            "王强",
            None,
        ),
        (
            "杭州澄源医疗器械有限公司",
            code(14),
            "高端影像设备",
            "医疗器械",
            0.8,
            "线索",
            "2026-05-12",
            None,
            None,
        ),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = "2026年台账"
    ws.cell(1, 1, "未来科技城2026年招商项目台账")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws.cell(2, 1, "填报单位：未来科技城招商服务局      填报日期：2026年5月20日")
    for c, h in enumerate(HEADERS, start=1):
        ws.cell(3, c, h)
    for i, row in enumerate(rows, start=1):
        ws.cell(3 + i, 1, i)
        for c, v in enumerate(row, start=2):
            ws.cell(3 + i, c, v)
    ws.cell(4 + len(rows), 1, "合计")
    info = wb.create_sheet("填表说明")
    info["A1"] = "投资额以亿元为单位。"
    wb.save(path)
    return path


def _followed_company(window) -> str:
    from crm.leadlist.query import LeadFilter, list_leads

    ref = window.ctx.ref
    other = next(c.id for c in ref.kind("city") if c.id != window.ctx.actor.city_id)
    rows = list_leads(
        window.ctx.store, window.ctx.actor, LeadFilter(cities=(other,)), limit=50
    ).rows
    return next(r.company for r in rows if r.company.endswith("有限公司"))


def wizard_screens(window, app):
    from PySide6.QtTest import QTest

    from crm.importing.api import undo_import
    from crm.ui.importing import open_wizard
    from crm.ui.screenshots import _settle

    state: dict = {}

    def settle() -> None:
        window.ctx.tasks.wait()
        for _ in range(10):
            _settle(app)
            QTest.qWait(20)

    def composed():
        wizard = state["wizard"]
        shot = window.grab()
        inner = wizard.grab()
        p = QPainter(shot)
        p.fillRect(shot.rect(), QColor(20, 30, 45, 110))
        p.drawPixmap(
            (shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 2, inner
        )
        p.end()
        return shot

    def open_it():
        window.show_page("leads")
        settle()
        state["wizard"] = open_wizard(window)
        state["wizard"].resize(1120, 690)

    def read_it():
        folder = Path(tempfile.mkdtemp(prefix="crm-ledger-"))
        path = write_demo_ledger(folder / "未来科技城招商台账2026.xlsx", _followed_company(window))
        state["wizard"].file_page.open_file(str(path))

    def plan_it():
        state["wizard"].next()

    def import_it():
        state["wizard"].next()  # Import

    steps = [open_it, read_it, plan_it, import_it]
    done: list[int] = []

    def shot(k: int):
        def grab():
            while len(done) < k:
                steps[len(done)]()
                done.append(1)
                settle()
            img = composed()
            if k == len(steps):
                wizard = state["wizard"]
                if wizard.result is not None and wizard.result.batch_id is not None:
                    undo_import(window.ctx.store, window.ctx.actor, wizard.result.batch_id)
                wizard.done(0)
                settle()
            return img

        return grab

    return [
        ("import-file", shot(1)),
        ("import-mapping", shot(2)),
        ("import-preview", shot(3)),
        ("import-result", shot(4)),
    ]

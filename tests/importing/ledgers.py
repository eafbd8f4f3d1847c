"""Ledgers written the way officers keep them: a merged title row, a 填报单位 line, headers
named in their own words, mixed units and date styles, stages and fields in everyday words,
a 合计 row with a formula, notes below the table and an explanatory second sheet."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from crm.values.credit_code import check_character

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
    "备注",
]


def code(n: int) -> str:
    """A valid credit code (GB 32100 check character) numbered ``n``."""
    first = f"91330106MA{n:07d}"
    return first + check_character(first)


# company, credit code, project, field, city, investment, capital, stage, stage day,
# next follow-up, key, contact, phone, notes
ROWS = [
    (
        "杭州星河生物科技有限公司",
        code(1),
        "创新药研发中心",
        "生物医药",
        "紫金港",
        "1.2亿",
        "5000万",
        "在谈",
        46160,
        "2026.6.1",
        "是",
        "张伟",
        "13812345678",
        "对方关注人才政策",
    ),
    (
        "浙江云帆数字科技股份有限公司",
        code(2),
        "数字经济总部",
        "数字经济",
        "未来科技城",
        "约3亿元",
        3000,
        "已签约",
        "2026年5月18日",
        "2026/06/15",
        "否",
        "李娜",
        "13900001111",
        None,
    ),
    (
        "杭州青岚新材料有限公司",
        None,
        "高分子材料产线",
        "新材料",
        "青山湖",
        "5000万",
        "3,000",
        "初步接洽",
        "2026/05/18",
        None,
        None,
        None,
        None,
        "=SUM(1,2) 不是公式",
    ),
    (
        "杭州智芯微电子有限公司",
        code(4),
        "芯片设计中心",
        "集成电路",
        None,
        2.5,
        None,
        "考察",
        datetime(2026, 4, 2),
        date(2026, 6, 30),
        "是",
        None,
        None,
        None,
    ),
]


def write_ledger(path: Path, rows=ROWS, *, total=True, second_sheet=True, title=True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年台账"
    n = 1
    if title:
        ws.cell(1, 1, "紫金港科技城2026年招商项目台账").font = Font(bold=True, size=16)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        ws.cell(2, 1, "填报单位：紫金港科技城管委会投资促进局      填报日期：2026年5月20日")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
        n = 3
    for c, h in enumerate(HEADERS, start=1):
        ws.cell(n, c, h)
    first = n + 1
    for i, row in enumerate(rows, start=1):
        ws.cell(n + i, 1, i)
        for c, v in enumerate(row, start=2):
            cell = ws.cell(n + i, c, v)
            if isinstance(v, str) and v.startswith("=") and HEADERS[c - 1] == "备注":
                cell.data_type = "s"  # a note that merely starts with "=" is text
    last = n + len(rows)
    if total:
        ws.cell(last + 1, 1, "合计")
        ws.cell(last + 1, 7, f"=SUM(G{first}:G{last})")
    ws.cell(last + 3, 1, "注：投资额单位为亿元，阶段按管委会口径填写。")
    if second_sheet:
        info = wb.create_sheet("填表说明")
        info["A1"] = "填表说明"
        info["A2"] = "1. 企业名称请填写营业执照上的全称。"
        info["A3"] = "2. 投资额以亿元为单位。"
    wb.save(path)
    return path


def _csv_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    text = str(v)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


def write_csv(path: Path, encoding: str, rows=ROWS, delimiter: str = ",") -> Path:
    """The same ledger as CSV, as Excel or WPS saves it (title lines included)."""
    lines = [
        "紫金港科技城2026年招商项目台账",
        "填报单位：紫金港科技城管委会",
        delimiter.join(HEADERS),
    ]
    for i, row in enumerate(rows, start=1):
        lines.append(delimiter.join([str(i), *(_csv_text(v) for v in row)]))
    lines.append(delimiter.join(["合计"] + [""] * (len(HEADERS) - 1)))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path

"""The floor of the app's cold start: a bare Qt window showing the lead list's first page.

Written with PySide6 and sqlite3 alone, independently of the app's code (nothing from crm
is imported): one hand-written query for the page the app opens on — the 200 live leads last
changed, with their company (a confidential project of another city under its codename), the
names of their city, field, sub-field, stage and owner, amounts and dates, the follow-up
state worked out from the date — and one count; a QTableWidget holding them in a main window
of the app's first-start size. When its first frame is on screen it prints one JSON line
(time.monotonic(), resident memory) and quits: the same moment bench_start takes for the app.

    python bench/bare_window.py STORE.sqlite USERNAME [CLOSE_AFTER_MS]
    BARE_LIBRARIES=1 python bench/bare_window.py STORE.sqlite USERNAME

With BARE_LIBRARIES=1 it is the floor of the app's chosen stack: the same window, its query run
through a SQLAlchemy engine, with SQLAlchemy's ORM and SQLModel imported as the app imports them
(no model of ours is defined): what the libraries alone cost a start.

With CLOSE_AFTER_MS it closes its window that long after the first frame instead (the line then
also has the ``close`` moment): the floor of "close right after open".
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

PAGE = 200
HEADERS = ["重点", "企业", "项目", "科技城", "领域", "细分领域", "阶段", "进入阶段",
           "负责人", "计划投资（万元）", "下次跟进", "跟进状态", "最近跟进"]  # fmt: skip
OPEN_STAGES = (
    "lead",
    "contact",
    "visit",
    "negotiation",
    "signed",
    "landed",
    "construction",
    "on_hold",
)
FIRST_PAGE_SQL = """
SELECT l.is_key,
       CASE WHEN l.confidential AND l.city_id != :city THEN l.codename ELSE c.name END,
       l.project_name, city.name_zh, field.name_zh, sub.name_zh, stage.name_zh, l.stage_date,
       u.display_name, l.planned_investment, l.next_followup, l.stage, l.last_activity_on
FROM lead AS l
JOIN company AS c ON c.id = l.company_id
JOIN ref_item AS city ON city.id = l.city_id
JOIN ref_item AS field ON field.id = l.field_id
LEFT JOIN ref_item AS sub ON sub.id = l.subfield_id
LEFT JOIN ref_item AS stage ON stage.kind = 'stage' AND stage.code = l.stage
JOIN app_user AS u ON u.id = l.owner_id
WHERE l.deleted_at IS NULL
ORDER BY l.updated_at DESC, l.id DESC
LIMIT :page
"""
COUNT_SQL = "SELECT count(*) FROM lead WHERE deleted_at IS NULL"


def followup(next_day: str | None, stage: str, today: date) -> str:
    if next_day is None or stage not in OPEN_STAGES:
        return "未安排"
    late = (today - date.fromisoformat(next_day)).days
    if late < 0:
        return "已安排"
    if late == 0:
        return "今日到期"
    return "有风险" if late >= 7 else f"逾期 {late} 天"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _read_through_sqlalchemy(path: str, username: str) -> tuple[int, list, int]:
    import sqlalchemy.orm  # noqa: F401 - imported as the app's stack imports it
    import sqlmodel  # noqa: F401
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    with engine.connect() as con:
        city = con.execute(
            text("SELECT city_id FROM app_user WHERE username = :u"), {"u": username}
        ).scalar_one()
        rows = con.execute(text(FIRST_PAGE_SQL), {"city": city, "page": PAGE}).all()
        total = con.execute(text(COUNT_SQL)).scalar_one()
    return city, rows, total


def main(path: str, username: str, close_after: int | None = None) -> None:
    """Show the first page; then quit, or (``close_after`` ms after the first frame) close the
    window and let the process end as an app's does."""
    app = QApplication(sys.argv[:1])
    if os.environ.get("BARE_LIBRARIES") == "1":
        city, rows, total = _read_through_sqlalchemy(path, username)
    else:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        (city,) = con.execute(
            "SELECT city_id FROM app_user WHERE username = ?", (username,)
        ).fetchone()
        rows = con.execute(FIRST_PAGE_SQL, {"city": city, "page": PAGE}).fetchall()
        (total,) = con.execute(COUNT_SQL).fetchone()
    today = date.today()
    window = QMainWindow()
    window.setWindowTitle(f"线索 共 {total:,} 条")
    table = QTableWidget(len(rows), len(HEADERS), window)
    table.setHorizontalHeaderLabels(HEADERS)
    for r, row in enumerate(rows):
        key, company, project, city_name, field, sub, stage, since, owner, planned = row[:10]
        next_day, stage_code, last = row[10:]
        values = ["★" if key else "", company, project, city_name, field, sub or "", stage,
                  since, owner, f"{planned:,.0f}" if planned is not None else "", next_day or "",
                  followup(next_day, stage_code, today), last or ""]  # fmt: skip
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    window.setCentralWidget(table)
    free = window.screen().availableGeometry()
    window.resize(min(1360, free.width()), min(820, free.height() - 40))

    class FirstFrame(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        record = {"first_frame": time.monotonic(), "rss_mb": rss_mb(), "rows": len(rows)}
        if close_after is None:
            print(json.dumps(record))
            app.quit()
        else:
            QTimer.singleShot(close_after, lambda: close(record))

    def close(record: dict) -> None:  # closed as a person closes it; the process then ends
        record["close"] = time.monotonic()
        print(json.dumps(record), flush=True)
        window.close()

    watcher = FirstFrame(window)
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)

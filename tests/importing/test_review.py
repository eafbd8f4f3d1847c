"""Which values kept out of a lead make it one to review (crm.importing.review.flags): a value
the ledger gives that the import could not take; not a value the ledger says is not known
yet, nor a lost project's missing reason."""

from __future__ import annotations

from datetime import date

from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing.api import ImportOptions, plan_import, read_table
from crm.importing.review import Kept, flags

WHY = QT_TRANSLATE_NOOP("Parse", "not known yet")


def test_flags_follow_the_kept_cells_own_mark():
    unread = Kept(3, "投资额", "planned_investment", WHY, "3000-5000万")
    quiet = Kept(3, "投资额", "planned_investment", WHY, "待定", flag=False)
    source = Kept(4, "来源", "source", WHY, "校友资源")
    assert flags([unread]) and flags([quiet, unread])
    assert not flags([quiet]) and not flags([source, quiet]) and not flags([])
    # no "needs review" on a quiet note (Chinese, the default language)
    assert quiet.note().startswith("投资额“待定”：") and "需核实" not in quiet.note()
    assert unread.note().startswith("需核实")


def test_not_known_yet_and_a_lost_reason_untold_need_no_review(store, people, tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(
        "企业名称,项目名称,产业领域,拟落户,当前阶段,投资额（万元）\n"
        "杭州甲科技有限公司,甲项目,数字经济,紫金港,洽谈,待定\n"
        "杭州乙科技有限公司,乙项目,数字经济,紫金港,洽谈,面议\n"
        "杭州丙科技有限公司,丙项目,数字经济,紫金港,流失,3000\n"
        "杭州丁科技有限公司,丁项目,数字经济,紫金港,洽谈,3000-5000万\n",
        encoding="utf-8",
    )
    plan = plan_import(
        store, people.wang, read_table(path), options=ImportOptions(today=date(2026, 5, 20))
    )
    pending, negotiable, lost, ranged = plan.rows
    for row in (pending, negotiable):
        assert row.action == "create" and not row.needs_review and not row.clean["needs_review"]
        assert "planned_investment" not in row.clean or row.clean["planned_investment"] is None
    assert "待定" in pending.clean["notes"] and "面议" in negotiable.clean["notes"]
    assert lost.clean["stage"] == "lost" and not lost.needs_review
    assert ranged.needs_review and ranged.clean["needs_review"]  # a range is a value to check
    assert plan.needs_review == 1


def test_only_a_wrong_check_character_refuses_a_code():
    from crm.importing.review import wrong_check_character
    from tests.importing.ledgers import code

    good = code(5)
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    assert wrong_check_character(wrong)
    assert wrong_check_character("".join(chr(ord(c) + 0xFEE0) for c in wrong))  # full width
    assert not wrong_check_character(good)
    assert not wrong_check_character(wrong[:17])  # a character missing: kept, flagged
    assert not wrong_check_character(wrong[:5] + "O" + wrong[6:])  # O for 0: kept, flagged
    assert not wrong_check_character(wrong[:2] + "A" + wrong[3:])  # no region's digits

"""A damaged store, as a failing disk leaves it: 4 KB of noise written into the file at 10, 30,
50, 70 and 90 % of its length. ``crm db check`` says in plain words what it found and exits 1
(never a traceback), records the verdict, and ``crm import`` then refuses to write into it,
leaving the file byte for byte as it was."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys

import pytest

from crm.cli.main import main
from crm.db import open_store
from crm.db.health import StoreDamaged, damage_note
from crm.db.integrity import DAMAGED, FOREIGN_KEY, INDEX, SPACE, UNREADABLE, check_file, explain
from crm.demo import generate
from tests.services import TODAY

OFFSETS = (10, 30, 50, 70, 90)


@pytest.fixture(scope="module")
def sound_store(tmp_path_factory, template_store):
    path = tmp_path_factory.mktemp("sound") / "crm.sqlite"
    shutil.copy(template_store, path)
    st = open_store(path)
    generate(st, leads=1500, activities=15000, seed=5, today=TODAY)
    st.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def overwrite(path, percent: int, seed: int = 1) -> None:
    """4 KB of noise at ``percent`` % of the file (not aligned to a page, like a bad sector
    straddling two)."""
    size = path.stat().st_size
    noise = random.Random(seed * 100 + percent).randbytes(4096)
    with path.open("r+b") as fh:
        fh.seek(size * percent // 100 + 1000)
        fh.write(noise)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_store_passes(sound_store, capsys):
    assert check_file(sound_store, full=True).ok
    assert main(["--lang", "en", "--db", str(sound_store), "db", "check"]) == 0
    captured = capsys.readouterr()
    assert captured.out.rstrip().endswith("ok") and captured.err == ""


@pytest.mark.parametrize("percent", OFFSETS)
def test_damage_is_found_told_and_refused(sound_store, tmp_path, percent, capsys):
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    overwrite(path, percent)
    report = check_file(path, full=False)
    assert not report.ok  # the quick check at start finds it too
    assert main(["--lang", "en", "--db", str(path), "db", "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out.rstrip().endswith("problems found")
    problems = [line for line in captured.err.splitlines() if line.startswith("problem: ")]
    assert problems and all("Traceback" not in line for line in captured.err.splitlines())
    assert any(word in captured.err for word in ("Damaged data in", "damaged", "An index of")), (
        captured.err
    )
    if damage_note(path) is None:
        # only an index was hit (where the noise lands depends on the demo data's layout): no
        # data is lost, it is told as repairable, and --repair rebuilds it from its table
        assert all("An index of" in line and "--repair" in line for line in problems), problems
        assert main(["--lang", "en", "--db", str(path), "db", "check", "--repair"]) == 0
        capsys.readouterr()
        assert check_file(path, full=True).ok
        return

    ledger = tmp_path / "ledger.csv"
    ledger.write_text(
        "项目名称,企业名称,所属领域,落地城市\n新项目,杭州新测试科技有限公司,互联网+,未来科技城\n",
        encoding="utf-8",
    )
    before = digest(path)
    assert main(["--lang", "en", "--db", str(path), "import", str(ledger)]) == 2
    err = capsys.readouterr().err
    assert "failed its integrity check" in err and "crm db restore" in err
    assert digest(path) == before
    with pytest.raises(StoreDamaged):
        open_store(path)


def test_the_import_checks_first_even_without_a_verdict(sound_store, tmp_path):
    """A separate process, as a user runs it: the first writer to come finds the damage."""
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    overwrite(path, 50)
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(
        "项目名称,企业名称,所属领域,落地城市\n新,杭州新一科技有限公司,互联网+,未来科技城\n"
    )
    before = digest(path)
    done = subprocess.run(
        [sys.executable, "-m", "crm", "--lang", "en", "--db", str(path), "import", str(ledger)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "failed its integrity check" in done.stderr
    assert digest(path) == before and damage_note(path) is not None


def test_a_check_that_passes_again_clears_the_verdict(sound_store, tmp_path, capsys):
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    path.with_name("crm.sqlite.damaged").write_text('{"found_at": "2026-05-18T10:00:00"}')
    with pytest.raises(StoreDamaged):
        open_store(path)
    assert main(["--lang", "en", "--db", str(path), "db", "check"]) == 0
    assert damage_note(path) is None
    open_store(path).dispose()


def test_plain_words_name_the_data_hurt():
    lines = [
        "*** in database main ***",
        "Page 40: btreeInitPage() returns error code 11",
        "On tree page 41 cell 3: invalid page number 99999",
        "row 17 missing from index ix_activity_lead_id",
        "Page 77 is never used",
    ]
    pages = {40: "activity", 41: "activity"}
    owners = {"ix_activity_lead_id": "activity"}
    found = explain(lines, pages, owners)
    assert [f.kind for f in found] == [DAMAGED, INDEX, SPACE]
    assert found[0].render("en") == (
        "Damaged data in the follow-up records (2 places in the file): some of it may be "
        "unreadable or lost."
    )
    assert found[0].render("zh_CN").startswith("跟进记录")
    assert found[1].repairable and "ix_activity_lead_id" in found[1].render("en")
    assert found[2].repairable and not found[0].repairable


# ---------------------------------------------------------------- the verdict, pinned


def _said(findings) -> list[tuple[str, bool, str | None, str]]:
    return [(f.kind, f.repairable, f.subject, f.render("en")) for f in findings]


def test_every_line_counts_toward_what_it_hurts():
    lines = [
        "*** in database main ***",
        "Page 40: btreeInitPage() returns error code 11",
        "On tree page 41 cell 3: invalid page number 99999",
        "On tree page 12 cell 0: Rowid 7 out of order",
        "NULL value in contact.name",
        "NULL value in contact.mobile",
        "Page 900: never seen before",  # a page no table claims
        "Tree 5 page 901 cell 2: something odd",
        "row 5 missing from index ix_activity_lead_day",
        "wrong # of entries in index ix_lead_updated_at",
        "non-unique entry in index ix_unknown",
        "Page 50: btreeInitPage() returns error code 11",  # a page of an index
        "Page 77 is never used",
        "Freelist: size is 3 but should be 4",
        "2nd reference to page 9 (freelist)",
        "an unexpected line from a newer SQLite",
    ]
    roots = {40: "activity", 41: "activity", 12: "lead", 50: "ix_contact_lead_id"}
    owners = {
        "ix_activity_lead_day": "activity",
        "ix_lead_updated_at": "lead",
        "ix_contact_lead_id": "contact",
    }
    assert _said(explain(lines, roots, owners)) == [
        (
            DAMAGED,
            False,
            "activity",
            "Damaged data in the follow-up records (2 places in the file): some of it may be "
            "unreadable or lost.",
        ),
        (
            DAMAGED,
            False,
            "contact",
            "Damaged data in the contacts (2 places in the file): some of it may be "
            "unreadable or lost.",
        ),
        (
            DAMAGED,
            False,
            "lead",
            "Damaged data in the leads (1 places in the file): some of it may be unreadable or "
            "lost.",
        ),
        (DAMAGED, False, None, "Parts of the file are damaged (3 places)."),
        (
            INDEX,
            True,
            "ix_activity_lead_day",
            "An index of the follow-up records (ix_activity_lead_day) is damaged or out of "
            "step with its rows; no data is lost and it can be rebuilt (crm db check --repair).",
        ),
        (
            INDEX,
            True,
            "ix_contact_lead_id",
            "An index of the contacts (ix_contact_lead_id) is damaged or out of step with its "
            "rows; no data is lost and it can be rebuilt (crm db check --repair).",
        ),
        (
            INDEX,
            True,
            "ix_lead_updated_at",
            "An index of the leads (ix_lead_updated_at) is damaged or out of step with its "
            "rows; no data is lost and it can be rebuilt (crm db check --repair).",
        ),
        (
            INDEX,
            True,
            "ix_unknown",
            "An index of ? (ix_unknown) is damaged or out of step with its rows; no data is "
            "lost and it can be rebuilt (crm db check --repair).",
        ),
        (
            SPACE,
            True,
            None,
            "The record of free space in the file is inconsistent (3 pages); no data is lost "
            "and it can be rebuilt (crm db check --repair).",
        ),
    ]


def test_pages_nobody_can_walk_belong_to_the_one_object_that_cannot_be_walked():
    lines = ["Page 300: btreeInitPage() returns error code 11", "Page 301: bad"]
    # one table whose pages cannot be walked: the unclaimed pages are its
    found = explain(lines, {-1: "activity"}, {})
    assert _said(found) == [
        (
            DAMAGED,
            False,
            "activity",
            "Damaged data in the follow-up records (2 places in the file): some of it may be "
            "unreadable or lost.",
        )
    ]
    # two of them: each is damaged (it cannot be walked), and nobody can say whose pages
    # the lines name
    assert [(f.kind, f.subject) for f in explain(lines, {-1: "activity", -2: "lead"}, {})] == [
        (DAMAGED, "activity"),
        (DAMAGED, "lead"),
        (DAMAGED, None),
    ]
    assert "(2 places)" in explain(lines, {-1: "activity", -2: "lead"}, {})[2].render("en")
    # an index that cannot be walked is rebuilt; the search index's own tables say nothing
    found = explain(
        [], {-1: "ix_lead_updated_at", -2: "lead_fts_data"}, {"ix_lead_updated_at": "lead"}
    )
    assert [(f.kind, f.subject) for f in found] == [(INDEX, "ix_lead_updated_at")]
    # a table that cannot be walked, with no line naming it, is damaged all the same
    found = explain(["*** in database main ***"], {-1: "contact"}, {})
    assert [(f.kind, f.subject) for f in found] == [(DAMAGED, "contact")]
    assert "(1 places in the file)" in found[0].render("en")


def test_the_report_s_words():
    from crm.db.integrity import Finding, IntegrityReport
    from crm.i18n import QT_TRANSLATE_NOOP

    sound = IntegrityReport(full=True)
    assert sound.ok and not sound.damaged
    assert sound.summary().render("en") == "the file is sound"
    assert sound.summary().render("zh_CN") == "文件完好"
    index = Finding(INDEX, QT_TRANSLATE_NOOP("Integrity", "indexes rebuilt"), True, "ix")
    lost = Finding(DAMAGED, QT_TRANSLATE_NOOP("Integrity", "free-space record rebuilt"))
    only_index = IntegrityReport(full=True, findings=[index])
    assert not only_index.ok and not only_index.damaged  # nothing lost: repairable
    both = IntegrityReport(full=True, findings=[index, lost])
    assert both.damaged and both.summary().render("en") == "indexes rebuilt"


def test_the_search_index_s_tables_are_the_search_index():
    from crm.db.integrity import _word

    assert _word("lead_fts_data").render("en") == "the search index"
    assert _word("lead_fts_idx").render("zh_CN") == _word("lead_fts").render("zh_CN")
    assert _word("lead").render("en") == "the leads"
    assert _word("mystery_table") == "mystery_table"  # named as it is


def _orphans(path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    for _ in range(2):
        con.execute(
            "INSERT INTO activity (lead_id, occurred_on, type_id, user_id, summary, version, "
            "created_at, updated_at) VALUES (999999, '2026-05-18', (SELECT min(id) FROM "
            "ref_item), 1, 'x', 1, '2026-05-18 00:00:00', '2026-05-18 00:00:00')"
        )
    con.execute(
        "INSERT INTO contact (lead_id, name, version, created_at, updated_at) VALUES (999999, "
        "'孤儿', 1, '2026-05-18 00:00:00', '2026-05-18 00:00:00')"
    )
    con.commit()
    con.close()


def test_rows_whose_parent_is_gone_are_found_by_the_full_check_only(store_path):
    _orphans(store_path)
    full = check_file(store_path)  # the full check is the default
    assert full.full and _said(full.findings) == [
        (
            FOREIGN_KEY,
            False,
            None,
            "2 the follow-up records refer to the leads that no longer exist.",
        ),
        (FOREIGN_KEY, False, None, "1 the contacts refer to the leads that no longer exist."),
    ]
    assert full.damaged
    quick = check_file(store_path, full=False)
    assert not quick.full and quick.ok  # the quick check at start looks at pages only


def test_a_damaged_page_is_named_by_the_table_it_belongs_to(sound_store, tmp_path):
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    _smash(path, "activity")
    for full in (True, False):
        report = check_file(path, full=full)
        assert [(f.kind, f.subject) for f in report.findings] == [(DAMAGED, "activity")], full
        assert (
            report.findings[0]
            .render("en")
            .startswith("Damaged data in the follow-up records (1 places in the file)")
        )
        assert report.raw[0] == "*** in database main ***"


def _smash(path, name: str) -> None:
    """4 KB of noise over one whole leaf page of ``name``."""
    con = sqlite3.connect(path)
    pages = [
        r[0]
        for r in con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (name,)
        )
    ]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * size)
        fh.write(b"\xa5" * size)


def test_a_file_that_is_no_database_and_one_whose_schema_is_gone(tmp_path):
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(random.Random(1).randbytes(8192))
    report = check_file(noise)
    assert _said(report.findings) == [
        (UNREADABLE, False, None, "The file is not a readable database: its header is damaged.")
    ]
    assert report.findings[0].render("zh_CN") == "该文件不是可读的数据库：文件头已损坏。"
    assert report.damaged and report.raw == ["file is not a database"]
    schema_gone = tmp_path / "schema.sqlite"
    con = sqlite3.connect(schema_gone)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    data = bytearray(schema_gone.read_bytes())
    data[100:1000] = b"\xa5" * 900  # page 1's b-tree (the schema), not the header
    schema_gone.write_bytes(bytes(data))
    found = check_file(schema_gone).findings
    assert [f.kind for f in found] == [UNREADABLE]
    assert (
        found[0]
        .render("en")
        .startswith("The file's structure is damaged so badly that SQLite cannot read it through (")
    )


def test_a_relative_path_is_checked_like_any_other(store_path, monkeypatch):
    monkeypatch.chdir(store_path.parent)
    assert check_file(type(store_path)(store_path.name)).ok


def test_the_verdict_reads_in_chinese_too_and_the_most_hurt_comes_first():
    lines = [
        "Page 10: bad",
        "Page 11: bad",
        "Page 12: bad",
        "Page 20: bad",
        "Page 99: nobody's",
        "row 1 missing from index ix_lead_updated_at",
        "Page 77 is never used",
    ]
    roots = {10: "lead", 11: "lead", 12: "lead", 20: "activity"}
    found = explain(lines, roots, {"ix_lead_updated_at": "lead"})
    assert [(f.kind, f.subject) for f in found] == [
        (DAMAGED, "lead"),  # 3 places before 1, though "activity" sorts first
        (DAMAGED, "activity"),
        (DAMAGED, None),
        (INDEX, "ix_lead_updated_at"),
        (SPACE, None),
    ]
    assert [f.render("zh_CN") for f in found] == [
        "线索的数据已损坏（文件中 3 处）：部分内容可能无法读取或已丢失。",
        "跟进记录的数据已损坏（文件中 1 处）：部分内容可能无法读取或已丢失。",
        "文件的部分内容已损坏（1 处）。",
        "线索的一个索引（ix_lead_updated_at）已损坏或与数据不一致；数据没有丢失，可以重建"
        "（crm db check --repair）。",
        "文件中的空闲空间记录不一致（1 页）；数据没有丢失，可以重建（crm db check --repair）。",
    ]


def test_an_index_that_cannot_be_walked_names_its_table():
    found = explain([], {-1: "ix_lead_updated_at"}, {"ix_lead_updated_at": "lead"})
    assert found[0].render("en").startswith("An index of the leads (ix_lead_updated_at) is")


def test_rows_without_parent_in_chinese(store_path):
    _orphans(store_path)
    assert [f.render("zh_CN") for f in check_file(store_path).findings] == [
        "有 2 条跟进记录引用的线索已不存在。",
        "有 1 条联系人引用的线索已不存在。",
    ]


def out_of_step(path) -> None:
    """An index whose definition changed behind its entries' back (the entries stay): only
    the full check, which compares every index with its table, sees it."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "UPDATE sqlite_master SET sql = replace(sql, '(updated_at)', '(created_by)') "
        "WHERE name = 'ix_lead_updated_at'"
    )
    con.commit()
    con.close()


def test_an_index_out_of_step_is_seen_by_the_full_check_only(sound_store, tmp_path):
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    out_of_step(path)
    full = check_file(path)
    assert [(f.kind, f.subject, f.repairable) for f in full.findings] == [
        (INDEX, "ix_lead_updated_at", True)
    ]
    assert full.raw[0] == "row 1 missing from index ix_lead_updated_at"
    assert check_file(path, full=False).ok


def test_a_damaged_page_of_an_index_is_the_index_s_not_its_table_s(sound_store, tmp_path):
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    _smash(path, "ix_activity_lead_day")
    for full in (True, False):
        report = check_file(path, full=full)
        assert [(f.kind, f.subject) for f in report.findings] == [(INDEX, "ix_activity_lead_day")]
        assert not report.damaged  # nothing lost: the rows are in the table
        assert (
            report.findings[0]
            .render("en")
            .startswith("An index of the follow-up records (ix_activity_lead_day)")
        )


def test_a_table_whose_root_page_is_damaged(sound_store, tmp_path):
    """Its pages cannot even be walked: the damaged page is its, its orphaned pages free."""
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xa5" * size)
    report = check_file(path)
    assert [(f.kind, f.subject) for f in report.findings] == [
        (DAMAGED, "contact"),
        (SPACE, None),
    ]
    assert (
        report.findings[0]
        .render("en")
        .startswith("Damaged data in the contacts (1 places in the file)")
    )
    assert report.damaged


def test_a_file_that_cannot_be_opened_says_so(store_path):
    from tests.db.conftest import run_unprivileged

    store_path.parent.chmod(0o755)
    store_path.chmod(0o600)  # root's alone

    def check(path):
        report = check_file(path)
        return [(f.kind, f.render("en")) for f in report.findings]

    assert run_unprivileged(check, store_path) == [
        (
            UNREADABLE,
            "The file cannot be opened for reading (no permission, or it is gone).",
        )
    ]


def test_a_damaged_schema_page_stops_every_check_and_is_told_so(sound_store, tmp_path):
    """Both checks give up at every length asked for: the file is reported unreadable (not
    sound, and no traceback)."""
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    con = sqlite3.connect(path)
    page = con.execute(
        "SELECT min(pageno) FROM dbstat WHERE name = 'sqlite_schema' AND pageno > 1"
    ).fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xa5" * size)
    for full in (True, False):
        report = check_file(path, full=full)
        assert _said(report.findings) == [
            (
                UNREADABLE,
                False,
                None,
                "The file's structure is damaged so badly that SQLite cannot read it through "
                "(database disk image is malformed).",
            )
        ]
        assert report.raw == ["database disk image is malformed"]
        assert report.findings[0].render("zh_CN") == (
            "文件结构损坏严重，SQLite 无法完整读取（database disk image is malformed）。"
        )


def test_a_file_that_is_gone_says_so(tmp_path):
    report = check_file(tmp_path / "gone" / "crm.sqlite")
    assert [(f.kind, f.render("en")) for f in report.findings] == [
        (UNREADABLE, "The file cannot be opened for reading (no permission, or it is gone).")
    ]
    assert report.findings[0].render("zh_CN") == "无法读取该文件（没有权限，或文件已不存在）。"


def test_only_the_full_check_takes_a_large_page_cache(store_path, monkeypatch):
    """The app runs the quick check after every start: a 64 MB page cache there made no
    difference to its speed (each page is read once) and kept the app's memory 60 MB higher
    on a 100,000-lead store (issue 18). The full check revisits pages and keeps it."""
    from crm.db import integrity

    statements: list[str] = []
    opened = integrity.connect_readonly

    def traced(path):
        con = opened(path)
        con.set_trace_callback(statements.append)
        return con

    monkeypatch.setattr(integrity, "connect_readonly", traced)
    assert check_file(store_path, full=False).ok
    assert not any("cache_size" in s for s in statements)
    assert any("quick_check" in s for s in statements)
    statements.clear()
    assert check_file(store_path, full=True).ok
    assert "PRAGMA cache_size=-65536" in statements

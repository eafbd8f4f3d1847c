"""Help ▸ About and ``crm about`` tell the same thing: version, store and schema, folders."""

from __future__ import annotations

from crm.about import about
from crm.db.migrate import head_revision
from crm.i18n import QT_TRANSLATE_NOOP
from crm.paths import locations

HEAD = head_revision()


def test_about_an_open_store(any_store):
    info = about(any_store)
    assert info.version == "0.1.0" and info.store_schema == HEAD and info.app_schema == HEAD
    rows = dict(info.lines("en"))
    assert rows["Version"] == "0.1.0 (run from source)"
    assert rows["Store"] == any_store.describe() and "password" not in rows["Store"]
    assert rows["Store schema"] == f"{HEAD} (this app: {HEAD})"
    assert rows["Folders"] == "the folder CRM_DATA_DIR names"
    assert rows["Data folder"] == str(locations().data)
    assert rows["Logs"] == str(locations().logs)
    assert rows["Backups"] == str(locations().backups)
    assert "Program folder" not in rows  # only a built app has one
    assert dict(info.lines("zh_CN"))["数据库结构版本"] == f"{HEAD}（本程序：{HEAD}）"


def test_about_a_store_that_could_not_be_opened(tmp_path):
    problem = QT_TRANSLATE_NOOP("Store", "There is no store at {name}.").format(name="x.sqlite")
    info = about(None, target="x.sqlite", problem=problem)
    assert info.store_schema is None
    text = info.text("en")
    assert "Store: x.sqlite\nStore schema: There is no store at x.sqlite.\n" in text

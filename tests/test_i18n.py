"""Translations: every area with a .ts file is complete in Chinese (English is the source),
and messages render in the language asked for."""

from __future__ import annotations

from crm import i18n_tools
from crm.i18n import QT_TRANSLATE_NOOP, Localized, normalise_language, set_language, translate


def test_every_area_is_translated():
    areas = [a for a in i18n_tools.AREAS if i18n_tools.ts_path(a).exists()]
    assert "core" in areas
    missing = i18n_tools.missing(areas)
    assert missing == [], "\n".join(f"{a} · {c} · {s}" for a, c, s in missing[:40])


def test_messages_render_in_either_language():
    msg = QT_TRANSLATE_NOOP("Errors", "{field}: {problem}").format(
        field=QT_TRANSLATE_NOOP("Fields", "Company name"),
        problem=QT_TRANSLATE_NOOP("Errors", "is required"),
    )
    assert msg.render("en") == "Company name: is required"
    assert msg.render("zh_CN") == "企业名称：必须填写"
    set_language("en")
    assert str(msg) == "Company name: is required"
    set_language("zh")
    assert str(msg) == "企业名称：必须填写"


def test_reference_values_follow_the_message_language():
    city = Localized("未来科技城", "Future Sci-Tech City")
    msg = QT_TRANSLATE_NOOP(
        "Dedup", "{company} is already followed by {owner} ({city}) since {day}."
    )
    msg = msg.format(company="云帆", owner="李四", city=city, day="2026-05-18")
    assert msg.render("en").endswith("(Future Sci-Tech City) since 2026-05-18.")
    assert "（未来科技城）" in msg.render("zh_CN")


def test_unknown_text_falls_back_to_english():
    assert translate("Nowhere", "Not a known source", "zh_CN") == "Not a known source"


def test_language_names():
    assert [normalise_language(v) for v in ("zh", "zh-CN", "cn", "en_US", "EN", None)] == [
        "zh_CN",
        "zh_CN",
        "zh_CN",
        "en",
        "en",
        "zh_CN",
    ]


def test_every_source_file_belongs_to_a_translation_area():
    """A package left out of every area loses its strings at the next `crm i18n update`."""
    from pathlib import Path

    from crm import i18n_tools

    root = Path(i18n_tools.__file__).resolve().parent
    covered = {p.resolve() for area in i18n_tools.AREAS for p in i18n_tools._sources(area)}
    every = {p.resolve() for p in root.rglob("*.py") if "migrations" not in p.parts}
    every.discard(Path(i18n_tools.__file__).resolve())
    assert sorted(str(p.relative_to(root)) for p in every - covered) == []


def test_the_catalog_is_compiled_once_and_again_when_a_file_changes(tmp_path, monkeypatch):
    """Parsing the .ts files costs every start 20-30 ms: the merged catalog is kept in the
    cache directory and read back, until a .ts file changes."""
    import shutil

    from crm import i18n
    from crm.paths import resource

    folder = tmp_path / "translations"
    shutil.copytree(resource("translations"), folder)
    monkeypatch.setattr(i18n, "resource", lambda *_a: folder)
    parsed = []
    real_parse = i18n._parse
    monkeypatch.setattr(i18n, "_parse", lambda files: parsed.append(1) or real_parse(files))

    def fresh(context, text):
        i18n._catalog.cache_clear()
        return translate(context, text, "zh_CN")

    try:
        assert fresh("Followup", "At risk") == "有风险" and parsed == [1]
        assert fresh("Followup", "At risk") == "有风险" and parsed == [1]  # read back
        ts = folder / "core_zh_CN.ts"
        ts.write_text(ts.read_text(encoding="utf-8").replace(">有风险<", ">风险<"), "utf-8")
        assert fresh("Followup", "At risk") == "风险" and parsed == [1, 1]
    finally:
        i18n._catalog.cache_clear()


def test_a_damaged_compiled_catalog_is_parsed_again(tmp_path, monkeypatch):
    """The compiled catalog in the cache folder is a file anyone (or a full disk) can spoil:
    JSON that is not the table (a list, a key without its context) made every translation
    raise AttributeError, or silently lost the Chinese; now the .ts files are parsed again."""
    import shutil

    from crm import i18n
    from crm.paths import resource

    folder = tmp_path / "translations"
    shutil.copytree(resource("translations"), folder)
    monkeypatch.setattr(i18n, "resource", lambda *_a: folder)

    def fresh() -> str:
        i18n._catalog.cache_clear()
        return translate("Followup", "At risk", "zh_CN")

    try:
        assert fresh() == "有风险"
        (compiled,) = (i18n.cache_dir() / "catalogs").glob("zh_CN-*.json")
        for damaged in ("[]", '{"At risk": "有风险"}', '{"Followup\u0004At risk": 7}'):
            compiled.write_text(damaged, encoding="utf-8")
            assert fresh() == "有风险", damaged
            assert compiled.read_text(encoding="utf-8") != damaged  # written again, whole
    finally:
        i18n._catalog.cache_clear()


def test_no_string_is_translated_without_its_context():
    """lupdate puts a string read through a wrapper (``def tr(t): return translate("Ctx", t)``)
    under an empty context, where Qt never looks it up: it stays English in the app although
    the .ts has its Chinese (the data-safety dialogs did). Write the literal call."""
    import re

    for area in i18n_tools.AREAS:
        path = i18n_tools.ts_path(area)
        if path.exists():
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"<name\s*/>|<name>\s*</name>", text), f"{path.name}"


def test_a_leads_field_is_its_industry_field_in_chinese():
    """The word Field is 领域 where it is the lead's industry (the form, the targets) and 字段 only
    where it names a changed column (history, audit): a translation restored by source alone
    had made the lead form say 字段."""
    assert translate("Fields", "Field", "zh_CN") == "领域"
    assert translate("Targets", "Field", "zh_CN") == "领域"
    assert translate("History", "Field", "zh_CN") == "字段"

"""Files kept with a lead: stored piece by piece and read back the same; names made safe or
refused with a reason; empty and oversized files refused with nothing stored; executables
kept and flagged; who may add and see them; gone with the lead's purge; in backups.
SQLite and PostgreSQL where the store matters."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
from sqlalchemy import text

from crm.attachments import files as A
from crm.db import backup as bk
from crm.errors import NotFound, PermissionDenied, UserError, ValidationError
from crm.leads.edit import create_lead, delete_lead
from tests.importing.helpers import store_hash
from tests.services import TODAY, lead_data


def test_constants_pinned():
    assert (A.CHUNK, A.MAX_BYTES, A.MAX_NAME) == (1024 * 1024, 50 * 1024 * 1024, 200)


@pytest.fixture
def lead(any_store, any_people):
    return create_lead(any_store, any_people.wang, lead_data(), today=TODAY).lead_id


def _file(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_file_goes_in_and_comes_out_the_same_in_pieces(any_store, any_people, lead, tmp_path):
    data = os.urandom(A.CHUNK * 2 + 12345)  # three pieces
    src = _file(tmp_path, "可研报告.pdf", data)
    seen = []
    result = A.add_file(
        any_store, any_people.wang, lead, src, progress=lambda done, n: seen.append(done)
    )
    assert result.renamed_from is None and result.changes.leads == {lead}
    info = result.attachment
    assert (info.name, info.size, info.sha256) == (
        "可研报告.pdf",
        len(data),
        hashlib.sha256(data).hexdigest(),
    )
    assert seen == [A.CHUNK, 2 * A.CHUNK, len(data)]
    with any_store.read() as s:
        sizes = s.execute(
            text("SELECT length(data) FROM attachment_chunk WHERE attachment_id = :a ORDER BY seq"),
            {"a": info.id},
        ).scalars()
        assert list(sizes) == [A.CHUNK, A.CHUNK, 12345]
    assert A.read_bytes(any_store, any_people.li, info.id) == data  # another city reads it
    (tmp_path / "out").mkdir()
    out = A.save_to(any_store, any_people.wang, info.id, tmp_path / "out" / "copy.pdf")
    assert out.read_bytes() == data and sorted(p.name for p in out.parent.iterdir()) == ["copy.pdf"]
    listed = A.list_attachments(any_store, any_people.zhao, lead)
    assert [(a.id, a.name, a.executable) for a in listed] == [(info.id, "可研报告.pdf", False)]


@pytest.mark.parametrize(
    ("on_disk", "kept"),
    [
        ("a:b?.pdf", "a_b_.pdf"),
        ('合同<终稿>|"签字".docx', "合同_终稿___签字_.docx"),
        ("con.txt", "_con.txt"),
        ("报告. ", "报告"),
        ("p" * 250 + ".jpg", "p" * 196 + ".jpg"),
    ],
)
def test_a_files_own_name_is_made_safe(store, people, tmp_path, on_disk, kept):
    lead = create_lead(store, people.wang, lead_data(), today=TODAY).lead_id
    try:
        src = _file(tmp_path, on_disk, b"x")
    except OSError:
        pytest.skip("this file system does not take that name")
    result = A.add_file(store, people.wang, lead, src)
    assert (result.attachment.name, result.renamed_from) == (kept, on_disk)
    assert len(result.attachment.name) <= A.MAX_NAME


def test_names_typed_by_a_person_are_refused_with_a_reason(store, people, tmp_path):
    lead = create_lead(store, people.wang, lead_data(), today=TODAY).lead_id
    info = A.add_file(store, people.wang, lead, _file(tmp_path, "协议.pdf", b"%PDF")).attachment
    before = store_hash(store)
    reasons = {}
    for bad in (
        "",
        "   ",
        "草稿/协议.pdf",
        "a\\b.pdf",
        "协议?.pdf",
        "协议.pdf.",
        "NUL.pdf",
        "长" * 201,
    ):
        with pytest.raises(ValidationError) as err:
            A.rename_attachment(store, people.wang, info.id, bad)
        reasons[bad] = err.value.errors[0].message.render("en")
    assert reasons[""] == reasons["   "] == "a file needs a name"
    assert (
        reasons["草稿/协议.pdf"]
        == reasons["a\\b.pdf"]
        == "a name cannot contain / or \\ (a folder)"
    )
    assert reasons["协议?.pdf"].startswith("a name cannot contain < > :")
    assert reasons["NUL.pdf"] == "NUL is a device name on Windows"
    assert reasons["长" * 201] == "a name has at most 200 characters"
    assert store_hash(store) == before
    A.rename_attachment(store, people.wang, info.id, "协议（签字版）.pdf")
    assert A.list_attachments(store, people.wang, lead)[0].name == "协议（签字版）.pdf"


def test_empty_and_oversized_files_store_nothing(store, people, tmp_path):
    lead = create_lead(store, people.wang, lead_data(), today=TODAY).lead_id
    before = store_hash(store)
    with pytest.raises(UserError) as err:
        A.add_file(store, people.wang, lead, _file(tmp_path, "空.pdf", b""))
    assert err.value.render("en") == "空.pdf is empty; nothing was attached."
    huge = tmp_path / "航拍.mp4"
    with huge.open("wb") as f:
        f.truncate(A.MAX_BYTES + 1)  # sparse: refused by its size, before a byte is read
    with pytest.raises(UserError) as err:
        A.add_file(store, people.wang, lead, huge)
    assert err.value.render("en") == (
        "航拍.mp4 is 52.4 MB; a file kept with a lead is at most 52.4 MB. Nothing was attached."
    )
    with pytest.raises(UserError) as err:
        A.add_file(store, people.wang, lead, tmp_path / "gone.pdf")
    assert err.value.render("en") == "gone.pdf cannot be attached: the file no longer exists."
    assert store_hash(store) == before


def test_an_executable_is_kept_and_flagged(store, people, tmp_path):
    lead = create_lead(store, people.wang, lead_data(), today=TODAY).lead_id
    info = A.add_file(store, people.wang, lead, _file(tmp_path, "setup.EXE", b"MZ")).attachment
    assert info.executable and A.read_bytes(store, people.wang, info.id) == b"MZ"
    assert not A.is_executable("照片.jpg") and A.is_executable("run.sh")


def test_who_may_add_and_see(store, people, tmp_path):
    lead = create_lead(store, people.wang, lead_data(), today=TODAY).lead_id  # 紫金港
    src = _file(tmp_path, "协议.pdf", b"%PDF")
    with pytest.raises(PermissionDenied):
        A.add_file(store, people.li, lead, src)  # an officer of another city
    secret = create_lead(
        store,
        people.wang,
        lead_data(project_name="保密", confidential=True, codename="X-1"),
        duplicate_reason="保密项目",
        today=TODAY,
    ).lead_id
    info = A.add_file(store, people.wang, secret, src).attachment
    with pytest.raises(NotFound):
        A.list_attachments(store, people.li, secret)
    with pytest.raises(NotFound):
        A.read_bytes(store, people.li, info.id)
    assert [a.id for a in A.list_attachments(store, people.zhao, secret)] == [info.id]


def test_kept_while_the_lead_is_deleted_and_gone_when_it_is_purged(
    any_store, any_people, lead, tmp_path
):
    info = A.add_file(any_store, any_people.wang, lead, _file(tmp_path, "照片.jpg", b"\xff\xd8"))
    delete_lead(any_store, any_people.wang, lead)  # restorable: its files stay
    assert A.count_attachments(any_store, lead) == 1
    with any_store.write() as s:  # a purge removes the lead's row
        s.execute(text("DELETE FROM stage_change WHERE lead_id = :l"), {"l": lead})
        s.execute(text("DELETE FROM lead WHERE id = :l"), {"l": lead})
    with any_store.read() as s:
        left = s.execute(
            text("SELECT count(*) FROM attachment_chunk WHERE attachment_id = :a"),
            {"a": info.attachment.id},
        ).scalar_one()
    assert left == 0 and A.count_attachments(any_store, lead) == 0


def test_a_backup_holds_the_files(store, store_path, people, tmp_path):
    lead = create_lead(store, people.wang, lead_data(), today=TODAY).lead_id
    data = os.urandom(A.CHUNK + 7)
    A.add_file(store, people.wang, lead, _file(tmp_path, "协议.pdf", data))
    info = bk.take_backup(store_path, tmp_path / "backups")
    con = sqlite3.connect(info.path)
    try:
        rows = con.execute(
            "SELECT a.name, c.data FROM attachment a JOIN attachment_chunk c "
            "ON c.attachment_id = a.id ORDER BY c.seq"
        ).fetchall()
    finally:
        con.close()
    assert {r[0] for r in rows} == {"协议.pdf"} and b"".join(r[1] for r in rows) == data

"""The rules for an attachment's name, on their own: a file's name mended, a typed one judged."""

from __future__ import annotations

from crm.attachments.names import MAX_NAME, is_executable, name_problem, safe_name


def test_a_files_name_is_mended():
    assert safe_name("C:\\Users\\王\\合同.pdf") == "合同.pdf"  # a Windows path: its last part
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("报价|终版?.xlsx") == "报价_终版_.xlsx"
    assert safe_name("aux.doc") == "_aux.doc"
    assert safe_name("...") == safe_name("") == "attachment"
    long = safe_name("x" * 300 + ".pdf")
    assert len(long) == MAX_NAME and long.endswith(".pdf")


def test_a_typed_name_is_judged():
    assert name_problem("协议.pdf") is None
    assert name_problem("COM1.txt").render("en") == "COM1 is a device name on Windows"
    assert name_problem("a/b").render("en") == "a name cannot contain / or \\ (a folder)"
    assert name_problem("结尾 ").render("en") == "a name cannot end with a dot or a space"


def test_programs_are_told_by_their_extension():
    assert is_executable("Setup.EXE") and is_executable("a.ps1") and is_executable("b.lnk")
    assert not is_executable("照片.JPG") and not is_executable("exe")

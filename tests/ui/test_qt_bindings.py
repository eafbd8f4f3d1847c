"""The Qt bindings themselves: PySide6 6.12.0 dropped a reference to None on every void call
(QPainter.save, setPen …). On Python 3.11, where None is reference-counted, the app then
aborted with "Fatal Python error: none_dealloc" after enough painting (the pipeline board
paints ~700 such calls per repaint). pyproject.toml keeps PySide6 below 6.12; this test says
so at once if a version with the fault comes back."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage, QPainter


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp):
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.save()
        painter.setPen(QColor("red"))
        painter.restore()
        obj.property("no such property")  # an empty value handed back
    lost = before - sys.getrefcount(None)
    painter.end()
    assert lost < 100, f"the Qt bindings lost {lost} references to None in 2,000 calls"

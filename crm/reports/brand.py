"""The unified brand (大走廊统一招商) as the reports draw it: colours and the logo.

The logo is three slanted bars rising together on a navy tile, the three sci-tech cities
moving as one along the corridor. It is defined once here as geometry, drawn as vector
graphics in the PDF and written to ``resources/brand/logo.svg`` / ``logo.png`` for the app
(``python -m crm.reports.brand`` rewrites them).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Polygon, Rect
from reportlab.lib.colors import HexColor

NAVY = "#163a5f"
BLUE = "#1f5f99"
TEAL = "#1fb5a3"
TEAL_LIGHT = "#7ad9cd"
GREY = "#5b6b7c"
LINE = "#dde3ea"
PALE = "#f1f4f8"

# (fill, points) in a 100 × 100 box, y up
_TILE = (0, 0, 100, 100, 20)
_BARS = (
    (TEAL_LIGHT, (16, 22, 31, 22, 40, 52, 25, 52)),
    (TEAL, (38, 22, 53, 22, 64, 66, 49, 66)),
    ("#ffffff", (60, 22, 75, 22, 88, 80, 73, 80)),
)


def logo(size: float) -> Drawing:
    """The logo as a reportlab drawing of ``size`` × ``size`` points."""
    k = size / 100
    d = Drawing(size, size)
    x, y, w, h, r = _TILE
    d.add(
        Rect(
            x * k,
            y * k,
            w * k,
            h * k,
            rx=r * k,
            ry=r * k,
            fillColor=HexColor(NAVY),
            strokeColor=None,
        )
    )
    for fill, pts in _BARS:
        d.add(Polygon([p * k for p in pts], fillColor=HexColor(fill), strokeColor=None))
    return d


def logo_svg() -> str:
    """The same logo as SVG text (y down)."""
    x, y, w, h, r = _TILE
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">',
        "  <title>大走廊统一招商</title>",
        f'  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="{NAVY}"/>',
    ]
    for fill, pts in _BARS:
        flipped = " ".join(f"{pts[i]},{100 - pts[i + 1]}" for i in range(0, len(pts), 2))
        parts.append(f'  <polygon points="{flipped}" fill="{fill}"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def logo_png(path: Path, size: int = 256) -> None:
    """The logo as a PNG with a transparent background (drawn 4× larger, then reduced, for
    smooth edges)."""
    from PIL import Image, ImageDraw  # late: only to draw the icon files

    big = size * 4
    k = big / 100
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    x, y, w, h, r = _TILE
    draw.rounded_rectangle(
        (x * k, y * k, (x + w) * k - 1, (y + h) * k - 1), radius=r * k, fill=NAVY
    )
    for fill, pts in _BARS:
        draw.polygon(
            [(pts[i] * k, (100 - pts[i + 1]) * k) for i in range(0, len(pts), 2)], fill=fill
        )
    img.resize((size, size), Image.Resampling.LANCZOS).save(path)


def write_files(folder: Path) -> list[Path]:
    """Write logo.svg and logo.png (256 px) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    svg, png = folder / "logo.svg", folder / "logo.png"
    svg.write_text(logo_svg(), encoding="utf-8")
    logo_png(png)
    return [svg, png]


if __name__ == "__main__":  # python -m crm.reports.brand [folder]
    from crm.paths import resource

    for path in write_files(Path(sys.argv[1]) if len(sys.argv) > 1 else resource("brand")):
        print(path)

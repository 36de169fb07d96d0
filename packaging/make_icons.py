"""Draw Undertow's app icon: a breaking wave above an amber current pulling back under it.

One geometry, two renderings: an SVG written as text and PNGs painted with QPainter offscreen, so
the icon is reproducible from the checkout (``python packaging/make_icons.py``) and needs no editor.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"

# Geometry on a 512 x 512 canvas.
TILE = (32, 32, 448, 448, 96)  # x, y, width, height, corner radius
SEA_TOP, SEA_BOTTOM = "#12496b", "#061624"
CREST = "#6fe0ee"
UNDERTOW = "#f5a742"
# The crest: rises from the left, curls over at the right (cubic segments: control, control, end).
CREST_START = (84, 300)
CREST_CURVES = [((150, 196), (262, 170), (336, 214)),
                ((398, 252), (396, 326), (338, 330)),
                ((300, 333), (290, 296), (318, 284))]
CREST_WIDTH = 40
# The undertow: a current running back to the left beneath the wave, ending in an arrowhead.
PULL_START = (424, 392)
PULL_CURVES = [((344, 428), (236, 424), (170, 392))]
PULL_WIDTH = 30
ARROW = [(112, 362), (196, 346), (168, 420)]


def svg_text() -> str:
    x, y, w, h, r = TILE

    def path(start, curves):
        d = f"M {start[0]} {start[1]}"
        for c1, c2, end in curves:
            d += f" C {c1[0]} {c1[1]}, {c2[0]} {c2[1]}, {end[0]} {end[1]}"
        return d

    arrow = " ".join(f"{px},{py}" for px, py in ARROW)
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Undertow</title>
  <defs>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{SEA_TOP}"/>
      <stop offset="1" stop-color="{SEA_BOTTOM}"/>
    </linearGradient>
  </defs>
  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" ry="{r}" fill="url(#sea)"/>
  <path d="{path(CREST_START, CREST_CURVES)}" fill="none" stroke="{CREST}" stroke-width="{CREST_WIDTH}"
        stroke-linecap="round" stroke-linejoin="round"/>
  <path d="{path(PULL_START, PULL_CURVES)}" fill="none" stroke="{UNDERTOW}" stroke-width="{PULL_WIDTH}"
        stroke-linecap="round"/>
  <polygon points="{arrow}" fill="{UNDERTOW}" stroke="{UNDERTOW}" stroke-width="8" stroke-linejoin="round"/>
</svg>
"""


def paint_png(size: int, target: Path) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 512, size / 512)
    x, y, w, h, r = TILE
    sea = QLinearGradient(0, y, 0, y + h)
    sea.setColorAt(0, QColor(SEA_TOP))
    sea.setColorAt(1, QColor(SEA_BOTTOM))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(sea))
    p.drawRoundedRect(x, y, w, h, r, r)

    # Tiny sizes get bolder strokes so the mark stays legible at 16 px.
    boost = 1.35 if size <= 24 else 1.0

    def stroke(start, curves, color, width):
        path = QPainterPath(QPointF(*start))
        for c1, c2, end in curves:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        pen = QPen(QColor(color), width * boost)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    stroke(CREST_START, CREST_CURVES, CREST, CREST_WIDTH)
    stroke(PULL_START, PULL_CURVES, UNDERTOW, PULL_WIDTH)
    pen = QPen(QColor(UNDERTOW), 8)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(QColor(UNDERTOW))
    p.drawPolygon(QPolygonF([QPointF(*pt) for pt in ARROW]))
    p.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/raster need it
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "undertow.svg").write_text(svg_text(), encoding="utf-8")
    for size in SIZES:
        paint_png(size, OUT / f"undertow-{size}.png")
    print(f"wrote {OUT}/undertow.svg and {len(SIZES)} PNGs ({SIZES[0]}..{SIZES[-1]} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

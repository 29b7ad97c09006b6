"""Renders the application icon's PNG sizes, Windows .ico and macOS .icns from its SVG source.

    .venv/bin/python tools/make_app_icons.py

Source: resources/icons/app/casefile.svg (shipped with the app, which uses it as its window
icon). Output: packaging/icons/ (committed; only the builds use them): the hicolor PNG sizes of
the Linux desktop, casefile.ico (Windows: executables and installer) and casefile.icns
(macOS). Each size is rendered from the vector by Qt, not scaled down from a large PNG, so
small sizes stay sharp; Pillow writes the .ico and .icns containers around those renders.
Run it again after changing the SVG, and commit what it writes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app" / "casefile.svg"
OUT = ROOT / "packaging" / "icons"
#: The sizes freedesktop's hicolor theme defines for apps (share/icons/hicolor/NxN/apps).
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = (16, 20, 24, 32, 40, 48, 64, 256)
ICNS = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at size×size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs an application object
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(HICOLOR) | set(ICO) | set(ICNS))
    images = {size: Image.open(io.BytesIO(render(size))).convert("RGBA") for size in sizes}
    for size in HICOLOR:
        images[size].save(OUT / f"casefile-{size}.png", optimize=True)
    largest = images[max(ICO)]
    largest.save(
        OUT / "casefile.ico",
        sizes=[(s, s) for s in ICO],
        append_images=[images[s] for s in ICO if s != max(ICO)],
    )
    images[max(ICNS)].save(
        OUT / "casefile.icns", append_images=[images[s] for s in ICNS if s != max(ICNS)]
    )
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()

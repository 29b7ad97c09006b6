"""The one style sheet of every report, and the DejaVu Sans fonts registered once per process.

DejaVu Sans covers Latin, Cyrillic with the Kyrgyz, Kazakh and Uzbek letters (ң ө ү ә ғ қ ұ һ
і ў ҳ, oʻ), typographic quotes and dashes, so no name prints as a box. The TTFs ship in
resources/fonts with their licence and are embedded as subsets.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casefile.assets import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
FONT_FILES: dict[str, str] = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f4")
MARK = colors.HexColor("#8b1a1a")  # "Confidential" / "Internal — do not share"

PAGE_MARGIN = 18 * mm
HEADER_SPACE = 16 * mm  # above the body frame, for the running header
FOOTER_SPACE = 12 * mm

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the four faces and their family with ReportLab; later calls do nothing."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        # Binary (compressed) streams as they are: ASCII85 only makes files a quarter larger
        # and costs time. Only the reports use ReportLab, so the global setting is ours.
        rl_config.useA85 = 0
        folder = fonts_dir()
        for name, file_name in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered = True


def missing_glyphs(text: str, font_name: str = FONT) -> list[str]:
    """The characters of ``text`` the font has no glyph for (they would print as boxes)."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    covered = font.face.charToGlyph
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in covered})


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    name: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    notice: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    cell_head: ParagraphStyle
    mark: ParagraphStyle


@cache
def stylesheet() -> Styles:
    """The shared styles (fonts registered first)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=3,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11, spaceAfter=0)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10, leading=13, textColor=MUTED, spaceAfter=6
        ),
        name=ParagraphStyle(
            "name", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16, spaceAfter=4
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=14.5,
            spaceBefore=9,
            spaceAfter=4,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        body=body,
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=14, bulletIndent=2, bulletFontName=FONT
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        notice=ParagraphStyle(
            "notice",
            parent=body,
            fontName=FONT_ITALIC,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceAfter=6,
        ),
        cell=cell,
        cell_label=ParagraphStyle("cell_label", parent=cell, fontName=FONT_BOLD, textColor=INK),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD),
        mark=ParagraphStyle(
            "mark", parent=body, fontName=FONT_BOLD, fontSize=10, textColor=MARK, spaceAfter=4
        ),
    )

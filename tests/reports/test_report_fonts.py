"""The bundled DejaVu Sans faces: present, licensed, registered once, and covering our scripts."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from casefile.reports import styles
from casefile.reports.styles import FONT_FILES, fonts_dir, missing_glyphs, register_fonts

#: Latin, Russian, Kyrgyz (ң ө ү), Kazakh (ә ғ қ ұ һ і), Uzbek Cyrillic (ў ҳ) and Latin (oʻ gʻ),
#: typographic quotes, dashes, the numero sign and the WGAD check boxes.
SAMPLE = (
    "Quick brown fox; Съешь же ещё этих мягких французских булок, да выпей чаю. "
    "ҢңӨөҮү Жаңыл Төлөгөнов Үмүт; ӘәҒғҚқҢңӨөҰұҮүҺһІі Құрманғазы; ЎўҚқҒғҲҳ Ўзбекистон; "
    "Oʻzbekiston gʻalaba; «ёлочки» „лапки“ “curly” ‘single’ – — № ☐ ☒ … ½ €"
)


def test_font_files_and_licence_ship_in_resources() -> None:
    for file_name in FONT_FILES.values():
        assert (fonts_dir() / file_name).stat().st_size > 100_000
    licence = (fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence


@pytest.mark.parametrize("face", list(FONT_FILES))
def test_every_character_has_a_glyph(face: str) -> None:
    assert missing_glyphs(SAMPLE, face) == []


def test_a_missing_glyph_is_reported() -> None:
    assert missing_glyphs("A漢") == ["漢"]  # DejaVu Sans has no CJK


def test_fonts_are_registered_once() -> None:
    register_fonts()
    first = pdfmetrics.getFont(styles.FONT)
    register_fonts()
    assert pdfmetrics.getFont(styles.FONT) is first
    assert pdfmetrics.getRegisteredFontNames().count(styles.FONT) == 1

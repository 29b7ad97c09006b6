"""The cover list of a bundle of briefs, and the bundle itself: cover first, briefs after.

Each brief keeps its own "Page X of Y"; the cover lists who is in the bundle and on which
pages of the file each brief is. The briefs come one PDF each (bundle_with_cover), or a few
at a time joined into one PDF that embeds the fonts once (bundle_parts, render_joined): a
batch renders one such part per worker process, so it still uses every core. The bundle
gets the same neutral metadata as every report, and one bookmark per brief with the name
as the brief prints it (initials where consent asks for them).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pypdf
from reportlab.platypus import Flowable

from casefile.errors import BugError
from casefile.reports.common import NEUTRAL_TITLE, RunningText, build_pdf, esc, grid_table, para
from casefile.reports.i18n import Translator


@dataclass(frozen=True)
class CoverEntry:
    """One brief in the bundle, as the cover lists it (texts already redacted)."""

    name: str
    status: str  # CurrentStatus value
    days_in_custody: int
    pdf: bytes = b""  # the brief on its own (bundle_with_cover); empty for bundle_parts


def _pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _cover(
    entries: Sequence[CoverEntry],
    starts: Sequence[int],
    counts: Sequence[int],
    t: Translator,
    recipient: str,
    generated: date,
) -> bytes:
    rows = []
    for n, (entry, start, count) in enumerate(zip(entries, starts, counts, strict=True), 1):
        pages = str(start) if count == 1 else f"{start}–{start + count - 1}"
        status = t.enum("status", entry.status)
        if entry.days_in_custody:
            status += ", " + t("status.days_in_custody", days=entry.days_in_custody)
        rows.append([str(n), esc(entry.name), esc(status), pages])
    story: list[Flowable] = [
        para(t("cover.title"), "title"),
        para(t("cover.intro", count=len(entries)), "subtitle"),
        grid_table(
            [t("cover.no"), t("cover.name"), t("cover.status"), t("cover.pages")],
            rows,
            [0.07, 0.4, 0.38, 0.15],
        ),
    ]
    running = RunningText(
        recipient=t("header.to", recipient=recipient),
        reference=t("cover.reference", count=len(entries)),
        mark=t("mark.confidential"),
        generated=t("footer.generated", date=t.date(generated)),
        page_of=t("footer.page_of", page="{page}", pages="{pages}"),
    )
    return build_pdf(story, running, lang=t.lang)


def bundle_with_cover(
    entries: Sequence[CoverEntry], *, lang: str, recipient: str, generated: date
) -> bytes:
    """One PDF: the cover list, then each brief in order, each from a new page."""
    counts = [_pages(entry.pdf) for entry in entries]
    return _assemble(entries, counts, [e.pdf for e in entries], lang, recipient, generated)


def bundle_parts(
    entries: Sequence[CoverEntry],
    parts: Sequence[tuple[bytes, Sequence[int]]],
    *,
    lang: str,
    recipient: str,
    generated: date,
) -> bytes:
    """bundle_with_cover for briefs joined a few at a time (render_joined): ``parts`` are
    the joined PDFs with each brief's page count, the briefs in the order of ``entries``."""
    counts = [count for _pdf, part_counts in parts for count in part_counts]
    if len(counts) != len(entries):
        raise BugError("the joined parts do not hold one brief per cover entry")
    return _assemble(entries, counts, [pdf for pdf, _ in parts], lang, recipient, generated)


def _assemble(
    entries: Sequence[CoverEntry],
    counts: Sequence[int],
    documents: Sequence[bytes],
    lang: str,
    recipient: str,
    generated: date,
) -> bytes:
    t = Translator(lang)
    cover_pages = 1
    for _attempt in range(5):  # the cover's own length shifts every brief's first page
        starts, page = [], cover_pages + 1
        for count in counts:
            starts.append(page)
            page += count
        cover = _cover(entries, starts, counts, t, recipient, generated)
        if _pages(cover) == cover_pages:
            break
        cover_pages = _pages(cover)
    else:  # wider page numbers can push a row over; it never flips back and forth twice
        raise BugError("the cover list's length does not settle")
    writer = pypdf.PdfWriter()
    writer.append(io.BytesIO(cover), import_outline=False)
    for document in documents:
        writer.append(io.BytesIO(document), import_outline=False)
    for entry, start in zip(entries, starts, strict=True):
        writer.add_outline_item(title=entry.name, page_number=start - 1)
    # The same neutral metadata as a single report: no names, no software fingerprint.
    writer.metadata = None
    writer.add_metadata({"/Title": NEUTRAL_TITLE, "/Author": "", "/Producer": ""})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

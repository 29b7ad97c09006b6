"""Embassy briefs in a batch: worker processes give the same briefs, consent is never
overridden, the bundle has its cover list and neutral metadata, and a stop stops the pool."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

from casefile.demo.build import populate_demo
from casefile.errors import Message, RecordNotFoundError, ValidationError
from casefile.services.reporting.batch import (
    brief_file_names,
    build_briefs,
    bundle,
    detained_people,
    save_briefs,
)
from casefile.vault.vault import Vault
from tests.reports.report_helpers import CaseIds

TODAY = date(2026, 11, 23)


class StopError(Exception):
    pass


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.slow
def test_worker_processes_make_the_same_briefs(vault: Vault) -> None:
    populate_demo(vault, today=TODAY)
    ids = [row.id for row in detained_people(vault, TODAY)]
    here = build_briefs(vault, ids, today=TODAY, workers=0)
    pooled = build_briefs(vault, ids, today=TODAY, workers=2)
    assert here.briefs and here.skipped  # the demo has people without consent for embassies
    assert [b.report.person_ids for b in pooled.briefs] == [
        b.report.person_ids for b in here.briefs
    ]
    assert [_text(b.report.pdf) for b in pooled.briefs] == [
        _text(b.report.pdf) for b in here.briefs
    ]
    assert {s.person_id for s in pooled.skipped} == {s.person_id for s in here.skipped}

    joined = bundle(pooled)
    reader = pypdf.PdfReader(io.BytesIO(joined.pdf))
    assert reader.metadata is not None and reader.metadata.get("/Title") == "Case summary"
    assert not reader.metadata.get("/Producer")
    cover = reader.pages[0].extract_text()
    for brief in pooled.briefs:
        assert brief.printed_name in cover
    assert set(joined.person_ids) == {b.report.person_ids[0] for b in pooled.briefs}
    skipped_names = [s.name for s in pooled.skipped]
    assert not any(name in _text(joined.pdf) for name in skipped_names)


def test_a_stop_ends_the_batch(vault: Vault) -> None:
    populate_demo(vault, today=TODAY)
    ids = [row.id for row in detained_people(vault, TODAY)]
    seen: list[int] = []

    def check() -> None:
        seen.append(1)
        if len(seen) > 2:
            raise StopError

    with pytest.raises(StopError):
        build_briefs(vault, ids, today=TODAY, workers=2, check=check)
    assert len(seen) == 3


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_worker_processes_cannot_dump_core() -> None:
    from casefile.services.reporting.batch import worker_pool
    from casefile.vault.platform import core_dumps_possible

    with worker_pool(1) as pool:
        assert pool.submit(core_dumps_possible).result(timeout=60) is False


def test_briefs_go_only_into_an_empty_folder(
    vault: Vault, case_ids: CaseIds, tmp_path: Path
) -> None:
    result = build_briefs(vault, [case_ids.consenting], today=TODAY, workers=0)
    missing = tmp_path / "missing"
    with pytest.raises(ValidationError) as caught:
        save_briefs(vault, result, missing)
    assert str(caught.value) == f"{missing} is not a folder."
    assert caught.value.message == Message("%1 is not a folder.", (missing,))
    assert caught.value.field == "folder"
    (name,) = brief_file_names(result)
    (tmp_path / name).write_bytes(b"mine")
    with pytest.raises(ValidationError) as caught:
        save_briefs(vault, result, tmp_path)
    assert str(caught.value) == (
        f"{tmp_path} already holds {name}; choose an empty folder so nothing is replaced."
    )
    assert caught.value.message.values == (tmp_path, name)
    assert (tmp_path / name).read_bytes() == b"mine"


def test_workers_render_without_the_vault() -> None:
    # A worker unpickles prepared.render: it must not pay for SQLAlchemy or the vault.
    code = (
        "import sys, casefile.services.reporting.prepared\n"
        "print([m for m in ('sqlalchemy', 'casefile.vault.vault') if m in sys.modules])"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_batch_is_about_people_only(vault: Vault, case_ids: CaseIds) -> None:
    with pytest.raises(RecordNotFoundError, match="No person with this id"):
        build_briefs(vault, [case_ids.consenting, case_ids.case], today=TODAY, workers=0)


@pytest.mark.slow
def test_a_joined_bundle_shares_its_fonts_and_reads_the_same(vault: Vault) -> None:
    populate_demo(vault, today=TODAY)
    ids = [row.id for row in detained_people(vault, TODAY)]
    alone = bundle(build_briefs(vault, ids, today=TODAY, workers=0))
    result = build_briefs(vault, ids, today=TODAY, workers=2, joined=True)
    # At most one part per worker (a part is sent when it holds its share of the people).
    assert 1 <= len(result.parts) <= 2
    together = bundle(result)
    # The same pages, words and bookmarks: each brief keeps its reference and "Page X of Y".
    assert [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(together.pdf)).pages] == [
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(alone.pdf)).pages
    ]
    assert together.person_ids == alone.person_ids
    # A font subset per part (and the cover's), not one per brief.
    # At most regular, bold and italic, for the cover and for each part.
    assert _font_files(together.pdf) <= 3 * (1 + len(result.parts))
    assert _font_files(alone.pdf) >= 3 * len(result.briefs)
    assert len(together.pdf) < len(alone.pdf) / 2


def _font_files(pdf: bytes) -> int:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            descriptor = ref.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.add(descriptor.get_object().raw_get("/FontFile2").idnum)
    return len(found)

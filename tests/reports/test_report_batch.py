"""Embassy briefs in a batch: worker processes give the same briefs, consent is never
overridden, the bundle has its cover list and neutral metadata, and a stop stops the pool."""

from __future__ import annotations

import io
import sys
from datetime import date

import pypdf
import pytest

from casefile.demo.build import populate_demo
from casefile.services.reporting.batch import build_briefs, bundle, detained_people
from casefile.vault.vault import Vault

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

"""Embassy briefs for everyone in detention: one bundle with a cover list, or one file each.

People are gathered and redacted one by one in this process (the vault stays here); the
briefs are rendered in worker processes when there are enough of them to pay for starting
the workers, so a batch uses both cores of a small laptop. Someone whose consent does not
cover embassies is left out and listed in the result, never printed: a batch has no override
(make that person's brief on its own, with a reason, if it must go).
"""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from casefile.domain.enums import CurrentStatus
from casefile.errors import BugError, ValidationError
from casefile.reports.cover import CoverEntry, bundle_parts, bundle_with_cover
from casefile.reports.data import RenderOptions
from casefile.services.lists.listing import PersonRow, list_people
from casefile.services.reporting.disclosures import record_disclosure
from casefile.services.reporting.pipeline import prepare_reports
from casefile.services.reporting.prepared import (
    BuiltReport,
    PreparedReport,
    finish_report,
    render,
    render_together,
)
from casefile.vault.atomic import write_atomic
from casefile.vault.platform import disable_core_dumps
from casefile.vault.schema import Consent, Person
from casefile.vault.vault import Vault

TEMPLATE = "embassy"
#: Statuses that count as "currently detained" for the batch.
DETAINED = frozenset(
    {CurrentStatus.POLICE_CUSTODY, CurrentStatus.PRETRIAL_DETENTION, CurrentStatus.IMPRISONED}
)
#: Below this many briefs, starting worker processes costs more than it saves: a worker's start
#: outweighs the rendering it can overlap with the reading (bench/README.md).
POOL_THRESHOLD = 24
#: Ids per IN (...) list: well inside SQLite's limit on bound parameters.
_ID_CHUNK = 500

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SkippedPerson:
    """Someone left out of the batch (shown in the app only, never printed)."""

    person_id: str
    name: str
    problem: str  # "none" | "withdrawn" | "not_covered"


@dataclass(frozen=True)
class Brief:
    report: BuiltReport
    printed_name: str  # as the brief prints it (initials where consent asks)
    status: str
    days_in_custody: int


@dataclass(frozen=True)
class BatchResult:
    briefs: tuple[Brief, ...]
    skipped: tuple[SkippedPerson, ...]
    lang: str
    recipient: str
    today: date
    #: joined=True: the briefs as a few PDFs (one per worker), each with its briefs' page
    #: counts, in order; the briefs' own ``report.pdf`` are then empty.
    parts: tuple[tuple[bytes, tuple[int, ...]], ...] = ()


def detained_people(vault: Vault, today: date | None = None) -> list[PersonRow]:
    """Everyone in police custody, pre-trial detention or prison today, by name."""
    return [row for row in list_people(vault, today) if row.current_status in DETAINED]


def left_out(
    vault: Vault, person_ids: Sequence[str], today: date | None = None
) -> list[SkippedPerson]:
    """Who a batch of embassy briefs will leave out, and why, before anything is made: the
    same consent rule as the reporting pipeline (none recorded, the latest withdrawn, or one
    in force that does not include embassies), read in bulk."""
    today = today or date.today()
    latest: dict[str, Consent] = {}
    names: dict[str, str] = {}
    with vault.read() as session:
        for start in range(0, len(person_ids), _ID_CHUNK):
            chunk = list(person_ids[start : start + _ID_CHUNK])
            for given in session.scalars(
                select(Consent)
                .where(Consent.person_id.in_(chunk), Consent.deleted_at.is_(None))
                .order_by(Consent.person_id, Consent.given_on, Consent.created_at)
            ):
                latest[given.person_id] = given  # oldest first: the last one stays
            for person_id, name in session.execute(
                select(Person.id, Person.full_name).where(Person.id.in_(chunk))
            ):
                names[person_id] = name
    skipped: list[SkippedPerson] = []
    for person_id in person_ids:
        consent = latest.get(person_id)
        if consent is None:
            problem = "none"
        elif consent.withdrawn_on is not None and consent.withdrawn_on <= today:
            problem = "withdrawn"
        elif not consent.share_with_embassies:
            problem = "not_covered"
        else:
            continue
        skipped.append(SkippedPerson(person_id, names.get(person_id, person_id), problem))
    return skipped


def default_workers(count: int) -> int:
    """Worker processes for ``count`` briefs: 0 (render here) for small batches."""
    cores = os.cpu_count() or 1
    return 0 if count < POOL_THRESHOLD or cores < 2 else min(cores, 4)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """Processes that render briefs. They hold pages of people's files, so they get no core
    dumps either (PR_SET_DUMPABLE does not survive the exec that starts them)."""
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=disable_core_dumps,
    )


def build_briefs(
    vault: Vault,
    person_ids: Sequence[str],
    *,
    lang: str = "en",
    options: RenderOptions | None = None,
    today: date | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
    joined: bool = False,
) -> BatchResult:
    """Embassy briefs for ``person_ids``, in order; people without consent are skipped.

    ``check`` is called between people and may raise to stop (the app's Cancel); worker
    processes are stopped with it. ``progress(done, total)`` counts gathering and rendering.
    ``joined`` (for one bundle): the briefs are rendered a part at a time, one part per
    worker, each part one PDF with its fonts embedded once (BatchResult.parts).
    """
    if joined:
        return _build_joined(vault, person_ids, lang, options, today, workers, progress, check)
    today = today or date.today()
    options = options or RenderOptions()
    workers = default_workers(len(person_ids)) if workers is None else workers
    total = 2 * len(person_ids)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    prepared: list[PreparedReport] = []
    skipped: list[SkippedPerson] = []
    rendering: list[Future[bytes] | bytes] = []
    pool = worker_pool(workers) if workers > 0 else None
    try:
        if check is not None:
            check()
        for one in prepare_reports(
            vault, person_ids, TEMPLATE, lang=lang, options=options, today=today, people_only=True
        ):
            if check is not None:
                check()
            person_id = one.items[0].person.id
            if one.problems:
                skipped.append(SkippedPerson(person_id, "", one.problems[person_id]))
                done += 1  # nothing to render for them
                step()
                continue
            prepared.append(one)
            rendering.append(pool.submit(render, one) if pool is not None else render(one))
            step()
        briefs: list[Brief] = []
        for one, job in zip(prepared, rendering, strict=True):
            if check is not None:
                check()
            pdf = job.result() if isinstance(job, Future) else job
            item = one.items[0]
            briefs.append(
                Brief(
                    report=finish_report(one, pdf),
                    printed_name=item.person.full_name,
                    status=item.status.status,
                    days_in_custody=item.status.days_in_custody,
                )
            )
            step()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    recipient = prepared[0].recipient if prepared else (options.recipient or "")
    skipped = _with_names(vault, skipped)
    return BatchResult(tuple(briefs), tuple(skipped), lang, recipient, today)


def _build_joined(
    vault: Vault,
    person_ids: Sequence[str],
    lang: str,
    options: RenderOptions | None,
    today: date | None,
    workers: int | None,
    progress: Progress | None,
    check: Callable[[], None] | None,
) -> BatchResult:
    """build_briefs(joined=True): a part is sent to render as soon as it is full, so the
    workers render while the rest is read, as for briefs rendered one by one."""
    today = today or date.today()
    options = options or RenderOptions()
    workers = default_workers(len(person_ids)) if workers is None else workers
    per_part = max(1, -(-len(person_ids) // max(1, workers)))
    total = 2 * len(person_ids)
    done = 0

    def step(count: int = 1) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    prepared: list[PreparedReport] = []
    skipped: list[SkippedPerson] = []
    jobs: list[Future[tuple[bytes, tuple[int, ...]]] | tuple[bytes, tuple[int, ...]]] = []
    pending: list[PreparedReport] = []
    pool = worker_pool(workers) if workers > 0 else None

    def send() -> None:
        if pending:
            part = list(pending)
            jobs.append(pool.submit(render_together, part) if pool else render_together(part))
            pending.clear()

    try:
        if check is not None:
            check()
        for one in prepare_reports(
            vault, person_ids, TEMPLATE, lang=lang, options=options, today=today, people_only=True
        ):
            if check is not None:
                check()
            person_id = one.items[0].person.id
            if one.problems:
                skipped.append(SkippedPerson(person_id, "", one.problems[person_id]))
                step(2)
                continue
            prepared.append(one)
            pending.append(one)
            if len(pending) >= per_part:
                send()
            step()
        send()
        parts: list[tuple[bytes, tuple[int, ...]]] = []
        for job in jobs:
            if check is not None:
                check()
            part = job.result() if isinstance(job, Future) else job
            parts.append(part)
            step(len(part[1]))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    briefs = tuple(
        Brief(
            report=finish_report(one, b""),
            printed_name=one.items[0].person.full_name,
            status=one.items[0].status.status,
            days_in_custody=one.items[0].status.days_in_custody,
        )
        for one in prepared
    )
    recipient = prepared[0].recipient if prepared else (options.recipient or "")
    named = tuple(_with_names(vault, skipped))
    return BatchResult(briefs, named, lang, recipient, today, tuple(parts))


def _with_names(vault: Vault, skipped: list[SkippedPerson]) -> list[SkippedPerson]:
    """The skipped people with their names as recorded (for the app's message only)."""
    if not skipped:
        return skipped

    with vault.read() as session:
        found = session.execute(
            select(Person.id, Person.full_name).where(Person.id.in_([s.person_id for s in skipped]))
        ).all()
    names = {person_id: name for person_id, name in found}
    return [dataclasses.replace(s, name=names.get(s.person_id, s.person_id)) for s in skipped]


def bundle(result: BatchResult) -> BuiltReport:
    """All briefs in one PDF behind a cover list; its disclosure covers every person in it."""
    if not result.briefs:
        raise ValidationError("There is no brief to put together: nobody could be included.")
    entries = [
        CoverEntry(b.printed_name, b.status, b.days_in_custody, b.report.pdf) for b in result.briefs
    ]
    if result.parts:
        pdf = bundle_parts(
            entries,
            result.parts,
            lang=result.lang,
            recipient=result.recipient,
            generated=result.today,
        )
    else:
        pdf = bundle_with_cover(
            entries, lang=result.lang, recipient=result.recipient, generated=result.today
        )
    first = result.briefs[0].report
    missing: list[str] = []
    for brief in result.briefs:
        missing += [line for line in brief.report.missing if line not in missing]
    return dataclasses.replace(
        first,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        person_ids=tuple(b.report.person_ids[0] for b in result.briefs),
        case_id=None,
        consent_overridden=(),
        missing=tuple(missing),
    )


def brief_file_names(result: BatchResult) -> list[str]:
    """Neutral file names (no names of people: file names show up in many places)."""
    width = max(2, len(str(len(result.briefs))))
    stamp = result.today.isoformat()
    return [f"embassy-brief-{stamp}-{n:0{width}d}.pdf" for n in range(1, len(result.briefs) + 1)]


def save_bundle(vault: Vault, result: BatchResult, path: Path) -> BuiltReport:
    """Writes the bundle atomically (owner-only) and logs it for everyone in it."""
    report = bundle(result)
    write_atomic(path, report.pdf)
    record_disclosure(vault, report, medium="saved")
    return report


def save_briefs(vault: Vault, result: BatchResult, folder: Path) -> list[Path]:
    """One file per person in ``folder`` (none may exist yet), each logged as saved."""
    if result.parts:
        raise BugError("one file per person needs the briefs rendered one by one")
    if not folder.is_dir():
        raise ValidationError("%1 is not a folder.", folder, field="folder")
    paths = [folder / name for name in brief_file_names(result)]
    taken = [p.name for p in paths if p.exists()]
    if taken:
        raise ValidationError(
            "%1 already holds %2; choose an empty folder so nothing is replaced.",
            folder,
            taken[0],
            field="folder",
        )
    for brief, path in zip(result.briefs, paths, strict=True):
        write_atomic(path, brief.report.pdf)
        record_disclosure(vault, brief.report, medium="saved")
    return paths

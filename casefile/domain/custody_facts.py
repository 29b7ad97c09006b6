"""The facts the UN forms ask about a deprivation of liberty, derived from detention events.

One pure function per fact, shared by the reports and the dossier: the arrest, the periods of
deprivation of liberty (custody, house arrest, disappearance), the present situation and the
release date, whether a hearing concerns a person still deprived of liberty, the verdict and
sentence, and the results of appeals. They build on casefile.domain.detention (its module
docstring defines when a measure ends) and accept any record with the needed attributes (the
reports' plain items, the dossier's rows), returning the caller's own objects where they pick
one.

Episodes
    The WGAD treats custody, house arrest and an enforced disappearance alike as deprivation
    of liberty. An *episode* is a run of such periods that touch or overlap: arrest, ИВС,
    СИЗО, house arrest, СИЗО again is one episode; a release, a travel ban or probation in
    between ends it, and a later arrest starts a new one. A disappearance that ends when the
    person appears in custody is the same episode as that custody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from casefile.domain.dates import PartialDate
from casefile.domain.detention import (
    DetentionSpanInput,
    SpanCategory,
    current_status,
    derive_spans,
    event_extents,
    in_police_custody_longer_than_48h,
)
from casefile.domain.enums import CurrentStatus, DetentionType, HearingKind, HearingOutcome

#: Measures that deprive a person of liberty (the WGAD's sense: house arrest included).
DEPRIVATION = frozenset({SpanCategory.CUSTODY, SpanCategory.HOUSE_ARREST, SpanCategory.DISAPPEARED})
#: Events that describe how a deprivation of liberty began (WGAD section II, WGEID).
ARREST_TYPES = frozenset({DetentionType.ARREST, DetentionType.DISAPPEARANCE})
APPEAL_KINDS = (HearingKind.APPEAL, HearingKind.CASSATION)
FIRST_INSTANCE_KINDS = frozenset({HearingKind.PRELIMINARY, HearingKind.TRIAL_SESSION})


class FactEvent(Protocol):
    """What the derivations read of a detention event."""

    @property
    def type(self) -> str: ...
    @property
    def start(self) -> PartialDate: ...
    @property
    def end(self) -> PartialDate | None: ...
    @property
    def term_until(self) -> date | None: ...
    @property
    def place(self) -> str | None: ...


class FactHearing(Protocol):
    """What the derivations read of a hearing."""

    @property
    def scheduled_date(self) -> date: ...
    @property
    def kind(self) -> str: ...
    @property
    def outcome(self) -> str | None: ...
    @property
    def court(self) -> str | None: ...
    @property
    def notes(self) -> str | None: ...


class FactCharge(Protocol):
    """What the derivations read of a charge."""

    @property
    def status(self) -> str: ...
    @property
    def sentence(self) -> str | None: ...


def _inputs(events: Sequence[FactEvent]) -> list[DetentionSpanInput]:
    return [
        DetentionSpanInput(e.type, e.start, e.end, e.term_until, e.place, str(n))
        for n, e in enumerate(events)
    ]


@dataclass(frozen=True)
class Period:
    """One stretch of one kind of deprivation of liberty (a detention.Span, with its days)."""

    kind: str  # SpanCategory value: custody, house_arrest or disappeared
    start: date
    end: date | None  # last day, inclusive; None: ongoing
    term_until: date | None
    place: str | None
    days: int
    approximate: bool


@dataclass(frozen=True)
class Episode:
    """Touching periods of deprivation of liberty (see the module docstring)."""

    start: date
    end: date | None
    periods: tuple[Period, ...]


def deprivation_periods(events: Sequence[FactEvent], today: date) -> list[Period]:
    """Custody, house-arrest and disappearance periods up to today, by start."""
    return [
        Period(
            s.category,
            s.start,
            s.end,
            s.term_until,
            s.facility,
            s.day_count(today),
            s.approximate,
        )
        for s in derive_spans(_inputs(events), today)
        if s.category in DEPRIVATION
    ]


def episodes(events: Sequence[FactEvent], today: date) -> list[Episode]:
    """The episodes of deprivation of liberty, oldest first."""
    result: list[Episode] = []
    run: list[Period] = []
    run_end: date | None = None
    for period in deprivation_periods(events, today):
        if run and (run_end is None or period.start <= run_end):
            run.append(period)
            run_end = None if run_end is None or period.end is None else max(run_end, period.end)
            continue
        if run:
            result.append(Episode(run[0].start, run_end, tuple(run)))
        run, run_end = [period], period.end
    if run:
        result.append(Episode(run[0].start, run_end, tuple(run)))
    return result


def arrest_event[E: FactEvent](events: Sequence[E], today: date) -> E | None:
    """The event that began the latest deprivation of liberty.

    The first arrest or disappearance of the latest episode; when none was recorded, the
    measure that opened the episode (an ИВС or СИЗО event). Never a later custody event
    merely because it is later: the ИВС holding someone is not who arrested them.
    """
    found = episodes(events, today)
    if not found:
        return None
    episode = found[-1]
    last = episode.end or today
    within = [
        e for e in events if episode.start <= e.start.earliest <= last and e.start.earliest <= today
    ]
    arrests = [e for e in within if e.type in ARREST_TYPES]
    if arrests:
        return min(arrests, key=lambda e: e.start.earliest)
    extents = event_extents(_inputs(events), today)
    opening = [int(x.event_id or 0) for x in extents if x.start == episode.start]
    return events[opening[0]] if opening else None


@dataclass(frozen=True)
class Present:
    """Where the person stands today."""

    status: CurrentStatus
    #: First day of the measure in force (custody stretch, house arrest, travel ban, …).
    since: date | None
    #: The term of the measure in force, when one was set.
    term_until: date | None
    #: The facility holding them (custody only).
    place: str | None
    #: The day the latest deprivation of liberty ended, when it is over.
    released_on: date | None
    #: Days deprived of liberty in the measure in force (custody or house arrest).
    days_now: int
    police_custody_over_48h: bool


def release_date(events: Sequence[FactEvent], today: date) -> date | None:
    """The day the latest deprivation of liberty (custody or house arrest) ended; None while
    it lasts or if there was none."""
    found = episodes(events, today)
    if not found:
        return None
    end = found[-1].end
    return end if end is not None and end <= today else None


def present_situation(events: Sequence[FactEvent], today: date) -> Present:
    """Status, since when, term, place and release date, as of today."""
    inputs = _inputs(events)
    status = current_status(inputs, today)
    category = {
        CurrentStatus.DISAPPEARED: SpanCategory.DISAPPEARED,
        CurrentStatus.POLICE_CUSTODY: SpanCategory.CUSTODY,
        CurrentStatus.PRETRIAL_DETENTION: SpanCategory.CUSTODY,
        CurrentStatus.IMPRISONED: SpanCategory.CUSTODY,
        CurrentStatus.HOUSE_ARREST: SpanCategory.HOUSE_ARREST,
        CurrentStatus.TRAVEL_BAN: SpanCategory.TRAVEL_BAN,
        CurrentStatus.PROBATION: SpanCategory.PROBATION,
    }.get(status)
    span = next(
        (
            s
            for s in reversed(derive_spans(inputs, today))
            if s.category == category and s.in_force_on(today)
        ),
        None,
    )
    in_force = span is not None
    term = span.term_until if span is not None else None
    if status is CurrentStatus.IMPRISONED:
        term = None  # a pre-trial term does not bound a sentence
    return Present(
        status=status,
        since=span.start if span is not None else None,
        term_until=term,
        place=span.facility if span is not None and category is SpanCategory.CUSTODY else None,
        released_on=None if in_force and category in DEPRIVATION else release_date(events, today),
        days_now=(
            span.day_count(today)
            if span is not None and category in DEPRIVATION - {SpanCategory.DISAPPEARED}
            else 0
        ),
        police_custody_over_48h=in_police_custody_longer_than_48h(inputs, today),
    )


def measure_on(events: Sequence[FactEvent], day: date, today: date) -> str | None:
    """The deprivation of liberty a person is under on ``day``: "custody", "house_arrest",
    "disappeared", or None (free, under a travel ban, on probation).

    On a transfer day the measure that begins that day wins: a hearing that moved someone
    from СИЗО to house arrest did not extend their detention.
    """
    periods = [p for p in deprivation_periods(events, today) if p.start <= day]
    starting = [p for p in periods if p.start == day]
    if starting:
        return starting[-1].kind
    held = [p for p in periods if p.end is None or day < p.end]
    return held[-1].kind if held else None


def hearing_concerns(
    hearing: FactHearing, events: Sequence[FactEvent], today: date
) -> tuple[bool, str | None]:
    """Whether a hearing of the person's case concerns them, and under which measure.

    A detention-extension hearing concerns only the defendants then in custody or under
    house arrest; the others of a group case had been released or moved before it. Other
    hearings concern every defendant. The second value is the measure on that day.
    """
    measure = measure_on(events, hearing.scheduled_date, today)
    if hearing.kind == HearingKind.DETENTION_EXTENSION:
        return measure in {SpanCategory.CUSTODY, SpanCategory.HOUSE_ARREST}, measure
    return True, measure


@dataclass(frozen=True)
class Verdict:
    """The first-instance verdict, or the conviction pronounced on appeal."""

    result: str  # ChargeStatus value: convicted, acquitted, dropped
    on: date | None
    court: str | None
    sentences: tuple[str, ...]
    on_appeal: bool
    notes: str | None = None


def verdict(
    events: Sequence[FactEvent],
    charges: Sequence[FactCharge],
    hearings: Sequence[FactHearing],
) -> Verdict | None:
    """The verdict and sentence, from the charges, the conviction event and the hearings.

    None while no charge is decided and no verdict or conviction is recorded. A conviction
    whose day is that of an appeal decision, or an appeal decision with no first-instance
    verdict before it, is a conviction on appeal.
    """
    statuses = [c.status for c in charges]
    convictions = [e for e in events if e.type == DetentionType.CONVICTION]
    decided = [h for h in hearings if h.outcome == HearingOutcome.VERDICT]
    first = [h for h in decided if h.kind in FIRST_INSTANCE_KINDS]
    appeals = [h for h in decided if h.kind in APPEAL_KINDS]
    if "convicted" in statuses or convictions:
        result = "convicted"
    elif statuses and all(s == "acquitted" for s in statuses):
        result = "acquitted"
    elif statuses and all(s in {"dropped", "acquitted"} for s in statuses):
        result = "dropped"
    elif first:
        result = "pending"  # a verdict hearing without the charges updated: say so, no result
    else:
        return None
    on: date | None = None
    court: str | None = None
    notes: str | None = None
    on_appeal = False
    if convictions:
        event = convictions[-1]
        on, court = event.start.earliest, event.place
        on_appeal = any(h.scheduled_date == on for h in appeals)
        match = next((h for h in decided if h.scheduled_date == on), None)
        if match is not None:
            court, notes = court or match.court, match.notes
    elif first:
        on, court, notes = first[-1].scheduled_date, first[-1].court, first[-1].notes
    elif appeals and result == "convicted":
        on, court, notes, on_appeal = (
            appeals[0].scheduled_date,
            appeals[0].court,
            appeals[0].notes,
            True,
        )
    if not on_appeal and on is not None and result == "convicted":
        on_appeal = not any(h.scheduled_date <= on for h in first) and any(
            h.scheduled_date == on for h in appeals
        )
    sentences = tuple(dict.fromkeys(c.sentence for c in charges if c.sentence))
    return Verdict(result, on, court, sentences, on_appeal, notes)


@dataclass(frozen=True)
class AppealResult:
    """Where one instance of appeal stands: decided (on a day, by a court) or pending."""

    kind: str  # HearingKind value: appeal or cassation
    decided: bool
    on: date | None  # the decision's day, or the next hearing's while pending
    court: str | None
    notes: str | None
    hearings: int  # hearings held or set at this instance, postponements included


def appeal_results(hearings: Sequence[FactHearing], today: date) -> list[AppealResult]:
    """One line per instance (appeal, cassation): its decision, or that it is pending.

    A postponement is not a result: an instance is decided by a hearing with the outcome
    "verdict" (the appeal court's decision); until then it is pending, with its next hearing.
    """
    results = []
    for kind in APPEAL_KINDS:
        own = sorted((h for h in hearings if h.kind == kind), key=lambda h: h.scheduled_date)
        if not own:
            continue
        decision = next((h for h in reversed(own) if h.outcome == HearingOutcome.VERDICT), None)
        if decision is not None:
            results.append(
                AppealResult(
                    kind, True, decision.scheduled_date, decision.court, decision.notes, len(own)
                )
            )
            continue
        upcoming = [h for h in own if h.scheduled_date >= today and h.outcome is None]
        shown = upcoming[0] if upcoming else own[-1]
        results.append(
            AppealResult(
                kind,
                False,
                shown.scheduled_date if upcoming else None,
                shown.court,
                None,
                len(own),
            )
        )
    return results

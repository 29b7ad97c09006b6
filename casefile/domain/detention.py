"""Current liberty status and days in custody, derived from a person's detention events.

This module is the specification the dashboard, person pages and reports rely on.

Events
    Each DetentionSpanInput is either a *measure* (it lasts) or a *point* (it happens on a day).
    Only the types below have meaning; any other code (user-added vocabulary) is accepted and
    ignored entirely: it neither starts, ends nor counts as anything. Events whose start is after
    the reference day ("today") are ignored too: they do not count *yet*, nor do they end
    anything. Every PartialDate is used through its ``earliest`` day ("2023-05" means 1 May
    2023), so partial dates give approximate results; Span.approximate says so.

    Measures, by category:
        custody       arrest, police_custody, pretrial_detention, pretrial_extension,
                      imprisonment
        house_arrest  house_arrest
        travel_ban    travel_ban
        probation     probation
        disappeared   disappearance
    Points: release, release_on_bail, probation_revoked, conviction, expulsion,
    deprivation_of_citizenship.

Order
    Events are ordered by start day, then by their position in the input: events on the same
    day are taken in the order given, so callers must pass them in the order they were recorded
    (or as the user arranged them). "After X" below means later in this order.

When a measure ends
    1. A measure with an explicit ``end`` ends on that day, whatever else happens (an end
       before the start is read as the start day).
    2. An open-ended measure ends on the day of the first of these that comes after it:
       a. a release, release_on_bail or expulsion. On the release's own day this closes only
          custody that was listed before it: a travel ban, house arrest, probation or
          disappearance starting that day is what the person was released into (release on
          bail with a travel ban), and custody listed after it is a re-arrest;
       b. for probation: a probation_revoked;
       c. the start of another measure of the same category (a pretrial_detention takes over
          from an arrest, a new house_arrest order from the old one);
       d. the start of a measure of a mutually exclusive category: custody, house arrest and
          travel ban exclude each other (СИЗО -> house arrest ends custody; house arrest ->
          travel ban ends house arrest; a new custody ends house arrest or a travel ban);
       e. for a disappearance: the start of any other measure (whereabouts known again).
    3. Otherwise it is ongoing.
    Deviation from "points are only points": an expulsion ends open measures like a release,
    since nobody expelled is still held in the country.

Days and spans
    A Span's ``end`` is the measure's last day, *inclusive*: the day of release or transfer is
    counted (arrested and released the same day = 1 day), so a transfer day counts for both
    the old and the new measure. A measure is *in force* on day d when start <= d and
    (end is None or d < end): it is over on its end day, so a release recorded today shows as
    released today. Day counts are numbers of distinct calendar days (overlapping events are
    counted once), from the first day through the last, an open span through today inclusive.
    Measures of one category that share a day are merged into one Span; that is what "an
    uninterrupted stretch" means (released and re-arrested the same day: one stretch).

Status on a day (current_status), first that applies:
    DISAPPEARED          a disappearance is in force;
    IMPRISONED           custody is in force and an imprisonment is in force, or a conviction
                         is dated within the current custody stretch (convicted in court while
                         in СИЗО, or taken into custody at the verdict);
    PRETRIAL_DETENTION   custody is in force and a pretrial_detention/extension is in force;
    POLICE_CUSTODY       custody is in force (arrest/police_custody only);
    HOUSE_ARREST, TRAVEL_BAN, PROBATION   that measure is in force;
    EXPELLED             an expulsion with no measure or release after it;
    RELEASED             some measure or release existed before;
    NO_RECORD            nothing the rules understand (points such as a lone conviction
                         without any measure also give NO_RECORD).

The 48 hours of police custody
    Counted in hours from the moment the stretch's first event began: its ``start_time`` on
    an exact day, or the first moment (00:00) of its day when the time is unknown or the day
    inexact (so a day without a time reads "possibly over" from two calendar days on). Asked
    with a datetime ("now"), over once 48 hours have passed by then; asked with a date, the
    date is read as its first moment (00:00), which is how the stored statuses are derived
    (casefile/vault/statuses.py: they hold until the moment the 48 hours run out).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from casefile.domain.dates import PartialDate, Precision
from casefile.domain.enums import CurrentStatus, DetentionType


class SpanCategory(StrEnum):
    """Category of a derived Span (Span.category holds these values)."""

    DISAPPEARED = "disappeared"
    CUSTODY = "custody"
    HOUSE_ARREST = "house_arrest"
    TRAVEL_BAN = "travel_ban"
    PROBATION = "probation"


CUSTODY: frozenset[str] = frozenset(
    {
        DetentionType.ARREST,
        DetentionType.POLICE_CUSTODY,
        DetentionType.PRETRIAL_DETENTION,
        DetentionType.PRETRIAL_EXTENSION,
        DetentionType.IMPRISONMENT,
    }
)
HOUSE_ARREST: frozenset[str] = frozenset({DetentionType.HOUSE_ARREST})
TRAVEL_BAN: frozenset[str] = frozenset({DetentionType.TRAVEL_BAN})
PROBATION: frozenset[str] = frozenset({DetentionType.PROBATION})
DISAPPEARED: frozenset[str] = frozenset({DetentionType.DISAPPEARANCE})

POLICE_CUSTODY_TYPES: frozenset[str] = frozenset(
    {DetentionType.ARREST, DetentionType.POLICE_CUSTODY}
)
PRETRIAL_TYPES: frozenset[str] = frozenset(
    {DetentionType.PRETRIAL_DETENTION, DetentionType.PRETRIAL_EXTENSION}
)
RELEASE_TYPES: frozenset[str] = frozenset({DetentionType.RELEASE, DetentionType.RELEASE_ON_BAIL})
# Points that end open measures like a release does (see the module docstring).
_CLOSER_TYPES: frozenset[str] = RELEASE_TYPES | {DetentionType.EXPULSION}
POINT_TYPES: frozenset[str] = frozenset(
    {
        DetentionType.RELEASE,
        DetentionType.RELEASE_ON_BAIL,
        DetentionType.PROBATION_REVOKED,
        DetentionType.CONVICTION,
        DetentionType.EXPULSION,
        DetentionType.DEPRIVATION_OF_CITIZENSHIP,
    }
)

_CATEGORY_OF: dict[str, SpanCategory] = {
    **dict.fromkeys(CUSTODY, SpanCategory.CUSTODY),
    **dict.fromkeys(HOUSE_ARREST, SpanCategory.HOUSE_ARREST),
    **dict.fromkeys(TRAVEL_BAN, SpanCategory.TRAVEL_BAN),
    **dict.fromkeys(PROBATION, SpanCategory.PROBATION),
    **dict.fromkeys(DISAPPEARED, SpanCategory.DISAPPEARED),
}
_EXCLUSIVE = frozenset({SpanCategory.CUSTODY, SpanCategory.HOUSE_ARREST, SpanCategory.TRAVEL_BAN})
_CATEGORY_RANK = {category: rank for rank, category in enumerate(SpanCategory)}


@dataclass(frozen=True)
class DetentionSpanInput:
    """One detention event as stored; ``type`` is a DetentionType value or a user-added code."""

    type: str
    start: PartialDate
    end: PartialDate | None = None
    term_until: date | None = None
    facility: str | None = None
    event_id: str | None = None
    #: The hour the measure began (arrest, police custody), when known.
    start_time: time | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of one category of measure, merged from events that share at least a day.

    ``end`` is the last day, inclusive (counted in day totals); None means ongoing. The
    measure is in force on start <= d < end. ``source_types`` lists the event types merged in,
    in order of first appearance. ``facility`` and ``term_until`` come from the latest event
    in the span (facility: the latest that names one). ``approximate`` is True when any date
    that fixed the start or end was approximate or not known to the day.
    """

    category: str
    start: date
    end: date | None
    source_types: tuple[str, ...]
    facility: str | None
    term_until: date | None
    approximate: bool

    def in_force_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def day_count(self, today: date) -> int:
        """Calendar days covered up to today, both ends included; 0 if it starts after today."""
        last = today if self.end is None else min(self.end, today)
        return max(0, (last - self.start).days + 1)


@dataclass(frozen=True)
class _Event:
    """An input event with its place in the order and its resolved day."""

    seq: int
    type: str
    day: date
    source: DetentionSpanInput

    @property
    def key(self) -> tuple[date, int]:
        return (self.day, self.seq)


@dataclass(frozen=True)
class _Piece:
    """One measure event with its derived end (inclusive last day, None = ongoing)."""

    event: _Event
    category: SpanCategory
    end: date | None
    approximate: bool

    @property
    def start(self) -> date:
        return self.event.day

    def in_force_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class _Timeline:
    """Everything the public functions need, derived once."""

    events: list[_Event]  # known, not in the future, in order
    pieces: list[_Piece]
    spans: list[Span]
    today: date
    now: datetime | None = None  # asked with a datetime: the 48 hours are counted in hours


def _inexact(value: PartialDate) -> bool:
    return value.approximate or value.precision is not Precision.DAY


def _as_day(today: date) -> date:
    # A datetime is a date, but comparing one with a date raises; keep only the day.
    return today.date() if isinstance(today, datetime) else today


def _closes(closer: _Event, piece_event: _Event, category: SpanCategory) -> bool:
    """Whether a release/expulsion ends this open measure (rule 2a of the module docstring)."""
    if closer.day > piece_event.day:
        return True
    if closer.day < piece_event.day:
        return False
    return category is SpanCategory.CUSTODY and piece_event.seq < closer.seq


def _succeeds(category: SpanCategory, later: SpanCategory) -> bool:
    """Whether a later measure of category ``later`` ends an open one (rules 2c-2e)."""
    if category is SpanCategory.DISAPPEARED or category is later:
        return True
    return category in _EXCLUSIVE and later in _EXCLUSIVE


def _end_of(event: _Event, category: SpanCategory, events: Sequence[_Event]) -> _Event | None:
    """The event whose day ends this open-ended measure, or None if it is ongoing."""
    # Events are in order, so the first match is the earliest end.
    for other in events:
        if other.type in _CLOSER_TYPES:
            if _closes(other, event, category):
                return other
        elif other.key <= event.key:
            continue
        elif other.type == DetentionType.PROBATION_REVOKED:
            if category is SpanCategory.PROBATION:
                return other
        elif other.type in _CATEGORY_OF and _succeeds(category, _CATEGORY_OF[other.type]):
            return other
    return None


def _timeline(inputs: Iterable[DetentionSpanInput], today: date) -> _Timeline:
    now = today if isinstance(today, datetime) else None
    today = _as_day(today)
    events = sorted(
        (
            _Event(seq, item.type, item.start.earliest, item)
            for seq, item in enumerate(inputs)
            if (item.type in _CATEGORY_OF or item.type in POINT_TYPES)
            and item.start.earliest <= today
        ),
        key=lambda e: e.key,
    )
    pieces: list[_Piece] = []
    for event in events:
        category = _CATEGORY_OF.get(event.type)
        if category is None:
            continue
        approximate = _inexact(event.source.start)
        explicit = event.source.end
        if explicit is not None:
            end: date | None = max(explicit.earliest, event.day)
            approximate = approximate or _inexact(explicit)
        else:
            ender = _end_of(event, category, events)
            end = None if ender is None else ender.day
            approximate = approximate or (ender is not None and _inexact(ender.source.start))
        pieces.append(_Piece(event, category, end, approximate))
    return _Timeline(events, pieces, _merge(pieces), today, now)


def _merge(pieces: list[_Piece]) -> list[Span]:
    """Merge pieces of one category that share at least one day into Spans, sorted by start."""
    spans: list[Span] = []
    for category in SpanCategory:
        group = sorted((p for p in pieces if p.category is category), key=lambda p: p.event.key)
        run: list[_Piece] = []
        run_end: date | None = None
        for piece in group:
            if run and (run_end is None or piece.start <= run_end):
                run.append(piece)
                run_end = None if run_end is None or piece.end is None else max(run_end, piece.end)
                continue
            if run:
                spans.append(_span_of(category, run, run_end))
            run, run_end = [piece], piece.end
        if run:
            spans.append(_span_of(category, run, run_end))
    spans.sort(key=lambda s: (s.start, _CATEGORY_RANK[SpanCategory(s.category)]))
    return spans


def _span_of(category: SpanCategory, run: list[_Piece], end: date | None) -> Span:
    types: list[str] = []
    for piece in run:
        if piece.event.type not in types:
            types.append(piece.event.type)
    facility = next(
        (p.event.source.facility for p in reversed(run) if p.event.source.facility), None
    )
    return Span(
        category=category.value,
        start=run[0].start,
        end=end,
        source_types=tuple(types),
        facility=facility,
        term_until=run[-1].event.source.term_until,
        approximate=any(p.approximate for p in run),
    )


def _active_custody(timeline: _Timeline) -> Span | None:
    """The custody stretch in force on the reference day, if any."""
    return next(
        (
            s
            for s in timeline.spans
            if s.category == SpanCategory.CUSTODY and s.in_force_on(timeline.today)
        ),
        None,
    )


def _stretch_pieces(timeline: _Timeline, stretch: Span) -> list[_Piece]:
    last = timeline.today if stretch.end is None else stretch.end
    return [
        p
        for p in timeline.pieces
        if p.category is SpanCategory.CUSTODY and stretch.start <= p.start <= last
    ]


def _convicted_during(timeline: _Timeline, stretch: Span) -> bool:
    return any(
        e.type == DetentionType.CONVICTION and stretch.start <= e.day <= timeline.today
        for e in timeline.events
    )


def _sentenced(timeline: _Timeline, stretch: Span) -> bool:
    """Whether the active custody stretch is a sentence rather than pre-trial (IMPRISONED)."""
    return _convicted_during(timeline, stretch) or any(
        p.event.type == DetentionType.IMPRISONMENT and p.in_force_on(timeline.today)
        for p in timeline.pieces
    )


def _days(timeline: _Timeline, category: SpanCategory) -> int:
    # Spans of one category never share a day, so their day counts add up to the union.
    return sum(s.day_count(timeline.today) for s in timeline.spans if s.category == category)


@dataclass(frozen=True)
class EventExtent:
    """One measure event with the last day the rules give it (inclusive; None = ongoing)."""

    event_id: str | None
    start: date
    end: date | None
    approximate: bool


def event_extents(events: Iterable[DetentionSpanInput], today: date) -> list[EventExtent]:
    """Each measure event (not points, not future or unknown types) with its derived end.

    A timeline draws these per event: an open pretrial_detention ends where the extension
    that takes over from it starts, not at today.
    """
    return [
        EventExtent(p.event.source.event_id, p.start, p.end, p.approximate)
        for p in _timeline(events, today).pieces
    ]


def derive_spans(events: Iterable[DetentionSpanInput], today: date) -> list[Span]:
    """Spans of each category as of ``today``, sorted by start (see the module docstring)."""
    return _timeline(events, today).spans


def current_status(events: Iterable[DetentionSpanInput], today: date) -> CurrentStatus:
    """The person's status on ``today`` by the priority in the module docstring."""
    return _status_of(_timeline(events, today))


def _status_of(timeline: _Timeline) -> CurrentStatus:
    in_force = {p.category for p in timeline.pieces if p.in_force_on(timeline.today)}
    if SpanCategory.DISAPPEARED in in_force:
        return CurrentStatus.DISAPPEARED
    stretch = _active_custody(timeline)
    if stretch is not None:
        if _sentenced(timeline, stretch):
            return CurrentStatus.IMPRISONED
        if any(
            p.event.type in PRETRIAL_TYPES and p.in_force_on(timeline.today)
            for p in timeline.pieces
        ):
            return CurrentStatus.PRETRIAL_DETENTION
        return CurrentStatus.POLICE_CUSTODY
    for category, status in (
        (SpanCategory.HOUSE_ARREST, CurrentStatus.HOUSE_ARREST),
        (SpanCategory.TRAVEL_BAN, CurrentStatus.TRAVEL_BAN),
        (SpanCategory.PROBATION, CurrentStatus.PROBATION),
    ):
        if category in in_force:
            return status
    expulsions = [e for e in timeline.events if e.type == DetentionType.EXPULSION]
    if expulsions and not any(
        e.key > expulsions[-1].key and (e.type in _CATEGORY_OF or e.type in RELEASE_TYPES)
        for e in timeline.events
    ):
        return CurrentStatus.EXPELLED
    if timeline.pieces or any(e.type in RELEASE_TYPES for e in timeline.events):
        return CurrentStatus.RELEASED
    return CurrentStatus.NO_RECORD


def days_in_custody(events: Iterable[DetentionSpanInput], today: date) -> int:
    """Distinct calendar days in custody up to and including today (all stretches added)."""
    return _days(_timeline(events, today), SpanCategory.CUSTODY)


def days_under_house_arrest(events: Iterable[DetentionSpanInput], today: date) -> int:
    """Distinct calendar days under house arrest up to and including today."""
    return _days(_timeline(events, today), SpanCategory.HOUSE_ARREST)


def current_custody_started(events: Iterable[DetentionSpanInput], today: date) -> date | None:
    """First day of the custody stretch in force today; None if not in custody today.

    Days in custody "now" are (today - this).days + 1.
    """
    return _custody_started(_timeline(events, today))


def _custody_started(timeline: _Timeline) -> date | None:
    stretch = _active_custody(timeline)
    return None if stretch is None else stretch.start


def current_term_until(events: Iterable[DetentionSpanInput], today: date) -> date | None:
    """The pre-trial detention term of the custody stretch in force today, for deadline alerts.

    It is the term_until of the latest pretrial_detention/pretrial_extension in the stretch;
    None if that event has no term (an extension without a date supersedes the old term), if
    the stretch has no pre-trial event, if it is a sentence (IMPRISONED rule) or if the person
    is not in custody today. The term may already be in the past: an expired term is a finding.
    """
    return _term_until(_timeline(events, today))


def _term_until(timeline: _Timeline) -> date | None:
    stretch = _active_custody(timeline)
    if stretch is None or _sentenced(timeline, stretch):
        return None
    pretrial = [p for p in _stretch_pieces(timeline, stretch) if p.event.type in PRETRIAL_TYPES]
    return pretrial[-1].event.source.term_until if pretrial else None


#: The legal limit of police custody before a court must decide.
POLICE_CUSTODY_LIMIT = timedelta(hours=48)


def in_police_custody_longer_than_48h(
    events: Iterable[DetentionSpanInput], today: date | datetime
) -> bool:
    """Whether a custody stretch in force today is still only arrest/police_custody, with no
    conviction, and has lasted over the legal 48 hours.

    Counted in hours (see "The 48 hours" above): a date is read as its first moment, an
    unknown time of arrest as the first moment of its day, so without a time this is "began
    at least 2 calendar days before" (possibly over, for checking).
    """
    return _police_custody_over_48h(_timeline(events, today))


def police_custody_deadline(
    events: Iterable[DetentionSpanInput], today: date | datetime
) -> datetime | None:
    """When the 48 hours of the police custody in force today run out, if its start is known
    to the minute; None when not in police custody only, or when the time is unknown."""
    timeline = _timeline(events, today)
    began = _police_custody_began(timeline)
    return None if began is None else began + POLICE_CUSTODY_LIMIT


def _police_stretch(timeline: _Timeline) -> Span | None:
    """The custody stretch in force that is still police custody only (no court decision)."""
    stretch = _active_custody(timeline)
    if stretch is None or _convicted_during(timeline, stretch):
        return None
    if not all(p.event.type in POLICE_CUSTODY_TYPES for p in _stretch_pieces(timeline, stretch)):
        return None
    return stretch


def _police_custody_began(timeline: _Timeline) -> datetime | None:
    """The moment the police custody in force began, when its first event has a time."""
    stretch = _police_stretch(timeline)
    if stretch is None:
        return None
    first = _stretch_pieces(timeline, stretch)[0].event.source
    if first.start_time is None or _inexact(first.start):
        return None
    return datetime.combine(stretch.start, first.start_time)


def _police_custody_over_48h(timeline: _Timeline) -> bool:
    stretch = _police_stretch(timeline)
    if stretch is None:
        return False
    began = _police_custody_began(timeline) or datetime.combine(stretch.start, time.min)
    moment = timeline.now or datetime.combine(timeline.today, time.min)
    return moment - began >= POLICE_CUSTODY_LIMIT


@dataclass(frozen=True)
class StatusSummary:
    """Everything a list or dashboard shows about one person, from one pass over the events."""

    status: CurrentStatus
    days_in_custody: int
    custody_started: date | None
    term_until: date | None
    police_custody_over_48h: bool


def status_summary(events: Iterable[DetentionSpanInput], today: date | datetime) -> StatusSummary:
    """current_status, days_in_custody, current_custody_started, current_term_until and
    in_police_custody_longer_than_48h together, deriving the timeline once (lists of 10,000
    people call this per person)."""
    timeline = _timeline(events, today)
    return StatusSummary(
        status=_status_of(timeline),
        days_in_custody=_days(timeline, SpanCategory.CUSTODY),
        custody_started=_custody_started(timeline),
        term_until=_term_until(timeline),
        police_custody_over_48h=_police_custody_over_48h(timeline),
    )

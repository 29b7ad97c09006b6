"""The custody facts behind the reports, against tricky timelines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casefile.domain.custody_facts import (
    appeal_results,
    arrest_event,
    deprivation_periods,
    episodes,
    hearing_concerns,
    measure_on,
    present_situation,
    release_date,
    verdict,
)
from casefile.domain.dates import PartialDate
from casefile.domain.enums import CurrentStatus

TODAY = date(2026, 6, 30)


@dataclass(frozen=True)
class Ev:
    type: str
    start: PartialDate
    end: PartialDate | None = None
    term_until: date | None = None
    place: str | None = None
    forces: str | None = None


@dataclass(frozen=True)
class H:
    scheduled_date: date
    kind: str
    outcome: str | None = None
    court: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class C:
    status: str
    sentence: str | None = None


def d(month: int, day: int, year: int = 2026) -> PartialDate:
    return PartialDate(year, month, day)


def test_the_arrest_is_the_arrest_not_the_ivs() -> None:
    events = [
        Ev("arrest", d(1, 10), place="Outside his home", forces="ГУВД officers"),
        Ev("police_custody", d(1, 10), d(1, 12), place="ИВС ГУВД"),
        Ev("pretrial_detention", d(1, 12), term_until=date(2026, 3, 12), place="СИЗО-1"),
    ]
    arrest = arrest_event(events, TODAY)
    assert arrest is events[0]
    now = present_situation(events, TODAY)
    assert now.status is CurrentStatus.PRETRIAL_DETENTION
    assert now.place == "СИЗО-1"
    assert now.since == date(2026, 1, 10)
    assert now.released_on is None


def test_re_arrest_after_release_takes_the_new_arrest() -> None:
    events = [
        Ev("arrest", d(1, 10), place="Rally"),
        Ev("police_custody", d(1, 10), d(1, 11), place="ИВС"),
        Ev("release", d(1, 11)),
        Ev("arrest", d(5, 2), place="Airport"),
        Ev("police_custody", d(5, 2), place="ИВС ГКНБ"),
    ]
    assert arrest_event(events, TODAY) is events[3]
    assert len(episodes(events, TODAY)) == 2
    # Before the re-arrest the first episode is the latest and it is over.
    assert release_date(events, date(2026, 3, 1)) == date(2026, 1, 11)
    assert release_date(events, TODAY) is None


def test_custody_without_an_arrest_event_opens_with_the_first_measure() -> None:
    events = [
        Ev("arrest", d(1, 10, 2020), place="Old arrest"),
        Ev("release", d(1, 12, 2020)),
        Ev("police_custody", d(5, 2), place="ИВС"),
        Ev("pretrial_detention", d(5, 4), place="СИЗО"),
    ]
    assert arrest_event(events, TODAY) is events[2]


def test_house_arrest_between_detentions_is_one_episode() -> None:
    events = [
        Ev("arrest", d(1, 10), place="Home"),
        Ev("pretrial_detention", d(1, 12), place="СИЗО-1"),
        Ev("house_arrest", d(2, 20), term_until=date(2026, 4, 20)),
        Ev("pretrial_detention", d(4, 1), place="СИЗО-1"),
    ]
    assert arrest_event(events, TODAY) is events[0]
    kinds = [p.kind for p in deprivation_periods(events, TODAY)]
    assert kinds == ["custody", "house_arrest", "custody"]
    assert len(episodes(events, TODAY)) == 1
    assert measure_on(events, date(2026, 2, 20), TODAY) == "house_arrest"
    assert measure_on(events, date(2026, 3, 1), TODAY) == "house_arrest"
    assert measure_on(events, date(2026, 4, 2), TODAY) == "custody"


def test_house_arrest_today_has_start_term_and_days() -> None:
    events = [
        Ev("arrest", d(5, 1), d(5, 1)),
        Ev("police_custody", d(5, 1), d(5, 3), place="ИВС"),
        Ev("house_arrest", d(5, 3), term_until=date(2026, 7, 3)),
    ]
    now = present_situation(events, TODAY)
    assert now.status is CurrentStatus.HOUSE_ARREST
    assert now.since == date(2026, 5, 3)
    assert now.term_until == date(2026, 7, 3)
    assert now.days_now == 59
    assert now.place is None
    assert now.released_on is None


def test_travel_ban_after_custody_gives_a_release_date_and_no_custody_days_now() -> None:
    events = [
        Ev("arrest", d(1, 10)),
        Ev("pretrial_detention", d(1, 12), place="СИЗО-5"),
        Ev("travel_ban", d(3, 1)),
    ]
    now = present_situation(events, TODAY)
    assert now.status is CurrentStatus.TRAVEL_BAN
    assert now.released_on == date(2026, 3, 1)
    assert now.since == date(2026, 3, 1)
    assert now.days_now == 0


def test_disappearance_then_appearance_in_custody() -> None:
    events = [
        Ev("disappearance", d(3, 1), place="Near the bazaar", forces="Unidentified men"),
        Ev("pretrial_detention", d(3, 20), place="СИЗО ГКНБ"),
    ]
    assert arrest_event(events, TODAY) is events[0]
    assert len(episodes(events, TODAY)) == 1
    now = present_situation(events, TODAY)
    assert now.status is CurrentStatus.PRETRIAL_DETENTION
    assert now.place == "СИЗО ГКНБ"
    still = present_situation(events[:1], TODAY)
    assert still.status is CurrentStatus.DISAPPEARED
    assert still.released_on is None and still.days_now == 0
    assert arrest_event(events[:1], TODAY) is events[0]


def test_detention_extension_hearings_after_release_do_not_concern_the_person() -> None:
    events = [
        Ev("arrest", d(1, 10)),
        Ev("pretrial_detention", d(1, 12), place="СИЗО-1"),
        Ev("travel_ban", d(3, 1)),
    ]
    before = H(date(2026, 2, 10), "detention_extension", "detention_extended")
    after = H(date(2026, 4, 10), "detention_extension", "detention_extended")
    trial = H(date(2026, 4, 10), "trial_session", "held")
    assert hearing_concerns(before, events, TODAY) == (True, "custody")
    assert hearing_concerns(after, events, TODAY)[0] is False
    assert hearing_concerns(trial, events, TODAY)[0] is True
    # Moved to house arrest on the very day others' detention was extended.
    moved = [*events[:2], Ev("house_arrest", d(2, 10))]
    assert hearing_concerns(before, moved, TODAY) == (True, "house_arrest")


def test_verdict_and_sentence_at_first_instance() -> None:
    events = [Ev("arrest", d(1, 10)), Ev("conviction", d(5, 1), place="Октябрьский суд")]
    hearings = [
        H(date(2026, 5, 1), "trial_session", "verdict", "Октябрьский суд", "Guilty"),
        H(date(2026, 6, 1), "appeal", "postponed", "City court"),
        H(date(2026, 7, 1), "appeal", None, "City court"),
    ]
    found = verdict(events, [C("convicted", "6 years")], hearings)
    assert found is not None
    assert (found.result, found.on) == ("convicted", date(2026, 5, 1))
    assert found.court == "Октябрьский суд"
    assert found.sentences == ("6 years",) and not found.on_appeal
    [appeal] = appeal_results(hearings, TODAY)
    assert not appeal.decided and appeal.on == date(2026, 7, 1) and appeal.hearings == 2


def test_conviction_on_appeal() -> None:
    hearings = [
        H(date(2026, 2, 1), "trial_session", "verdict", "District court", "Acquitted"),
        H(date(2026, 5, 1), "appeal", "verdict", "City court", "Acquittal quashed; 3 years"),
    ]
    events = [Ev("conviction", d(5, 1), place="City court")]
    found = verdict(events, [C("convicted", "3 years")], hearings)
    assert found is not None and found.on_appeal and found.on == date(2026, 5, 1)
    [appeal] = appeal_results(hearings, TODAY)
    assert appeal.decided and appeal.on == date(2026, 5, 1) and appeal.court == "City court"


def test_no_verdict_while_pending() -> None:
    assert verdict([], [C("pending")], [H(date(2026, 1, 1), "trial_session", "held")]) is None
    dropped = verdict([], [C("dropped")], [])
    assert dropped is not None and dropped.result == "dropped"

"""Tests for the demo vault: size, shape, dates relative to today, and determinism.

Filling a vault takes about a second, so one demo vault is shared by the read-only tests.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.demo.build import (
    DEMO_PASSPHRASE,
    DEMO_SETTING,
    DemoSummary,
    build_demo_vault,
    populate_demo,
)
from casefile.domain.enums import CurrentStatus
from casefile.errors import KnownError
from casefile.services.lists.status import statuses
from casefile.vault.keyfile import KdfCost
from casefile.vault.schema import (
    Case,
    Consent,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Person,
    Setting,
    SourceLink,
    VocabularyTerm,
)
from casefile.vault.vault import Vault

FAST_KDF = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
TODAY = date(2025, 3, 12)  # a Wednesday
SATURDAY = date(2025, 3, 15)


class Demo:
    def __init__(self, vault: Vault, summary: DemoSummary, seconds: float) -> None:
        self.vault = vault
        self.summary = summary
        self.seconds = seconds


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """A vault filled once with the demo, anchored to TODAY; tests must not change it."""
    root = tmp_path_factory.mktemp("demo")
    vault = Vault.create(root / "shared", DEMO_PASSPHRASE, actor="tester", kdf_cost=FAST_KDF).vault
    try:
        started = time.perf_counter()
        summary = populate_demo(vault, today=TODAY)
        yield Demo(vault, summary, time.perf_counter() - started)
    finally:
        vault.close()


def test_passphrase_is_the_documented_one() -> None:
    assert DEMO_PASSPHRASE == "demo vault for casefile training only"
    assert len(DEMO_PASSPHRASE.split()) == 6


def test_counts_in_range(demo: Demo) -> None:
    summary = demo.summary
    assert 35 <= summary.persons <= 45
    assert 10 <= summary.cases <= 14
    assert 130 <= summary.hearings <= 170
    assert 18 <= summary.ill_treatment_reports <= 22
    assert summary.detention_events > summary.persons
    assert min(summary.__dict__.values()) > 0
    with demo.vault.read() as s:
        assert len(s.scalars(select(Person)).all()) == summary.persons
        assert len(s.scalars(select(Hearing)).all()) == summary.hearings
        assert s.get(Setting, DEMO_SETTING) is not None


def test_populate_is_quick(demo: Demo) -> None:
    # About a second on an idle laptop; the margin keeps busy CI machines from failing it.
    assert demo.seconds < 20


def test_names_use_kyrgyz_letters_and_both_scripts(demo: Demo) -> None:
    with demo.vault.read() as s:
        persons = s.scalars(select(Person)).all()
        names = [p.full_name for p in persons]
        variants = all(p.name_variants for p in persons)
        aliases = any(p.aliases for p in persons)
        births = [p.birth_date for p in persons if p.birth_date is not None]
    for letter in "ңөү":
        assert any(letter in name.lower() for name in names), letter
    assert any(name.isascii() for name in names)  # some Latin primary names
    assert any(" кызы" in name or " уулу" in name for name in names)
    assert variants and aliases
    assert any(b.approximate for b in births)
    assert any(b.day is None for b in births)


def test_postponed_hearings_link_to_a_later_hearing(demo: Demo) -> None:
    with demo.vault.read() as s:
        hearings = {h.id: h for h in s.scalars(select(Hearing))}
        postponed = [h for h in hearings.values() if h.outcome == "postponed"]
        assert len(postponed) >= 50
        for hearing in postponed:
            assert hearing.postponement_reason
            target = hearings[hearing.postponed_to_id or ""]
            assert target.case_id == hearing.case_id
            assert target.scheduled_date > hearing.scheduled_date
        assert any(h.closed_to_public for h in hearings.values())
        assert any(h.lawyer_present is False for h in hearings.values())
        assert all(h.scheduled_date.weekday() < 5 for h in hearings.values())


def test_upcoming_hearings_in_the_next_week(demo: Demo) -> None:
    with demo.vault.read() as s:
        _assert_upcoming(s, TODAY)


def test_detention_events_are_consistent(demo: Demo) -> None:
    with demo.vault.read() as s:
        events = s.scalars(select(DetentionEvent)).all()
        for event in events:
            if event.end is not None:
                assert event.start.earliest <= event.end.earliest
        types = {e.type for e in events}
        detained = {e.person_id for e in events}
    assert types >= {
        "arrest",
        "police_custody",
        "pretrial_detention",
        "pretrial_extension",
        "house_arrest",
        "travel_ban",
        "conviction",
        "imprisonment",
        "probation",
        "release",
        "expulsion",
        "disappearance",
    }
    assert len(detained) >= 25


def test_dashboard_has_something_to_show(demo: Demo) -> None:
    with demo.vault.read() as s:
        found = statuses(s, TODAY)
        reports = s.scalars(select(IllTreatmentReport)).all()
        unanswered = [r.official_response is None and r.reported_on is not None for r in reports]
    kinds = {status.status for status in found.values()}
    assert kinds >= {
        CurrentStatus.POLICE_CUSTODY,
        CurrentStatus.PRETRIAL_DETENTION,
        CurrentStatus.IMPRISONED,
        CurrentStatus.HOUSE_ARREST,
        CurrentStatus.TRAVEL_BAN,
        CurrentStatus.PROBATION,
        CurrentStatus.EXPELLED,
        CurrentStatus.DISAPPEARED,
        CurrentStatus.RELEASED,
    }
    assert any(status.police_custody_over_48h for status in found.values())
    expiring = [
        st.term_until
        for st in found.values()
        if st.term_until is not None and TODAY <= st.term_until <= TODAY + timedelta(days=14)
    ]
    assert len(expiring) >= 2
    assert any(unanswered) and not all(unanswered)


def test_ill_treatment_reports_are_complete(demo: Demo) -> None:
    with demo.vault.read() as s:
        reports = s.scalars(select(IllTreatmentReport)).all()
        methods = set(
            s.scalars(
                select(VocabularyTerm.code).where(
                    VocabularyTerm.vocabulary == "ill_treatment_method"
                )
            )
        )
        linked = set(
            s.scalars(
                select(SourceLink.record_id).where(
                    SourceLink.record_table == "ill_treatment_reports"
                )
            )
        )
        for report in reports:
            assert report.circumstances and report.perpetrators and report.perpetrator_unit
            assert report.perpetrator_rank and report.injuries and report.witnesses
            assert report.methods and set(report.methods) <= methods
            if report.source_id is not None:
                assert report.id in linked
        assert sum(r.medical_findings is not None for r in reports) >= 15
        assert any("Akyikatchy" in (r.medical_examiner or "") for r in reports)


def test_consents_vary(demo: Demo) -> None:
    with demo.vault.read() as s:
        consents = s.scalars(select(Consent)).all()
        assert sum(c.withdrawn_on is not None for c in consents) == 1
        assert any(c.name_usage == "initials" for c in consents)
        assert any(c.share_with_un and not c.share_with_embassies for c in consents)
        assert any(c.share_with_embassies and not c.share_with_un for c in consents)


def test_refuses_a_vault_with_records(demo: Demo) -> None:
    with pytest.raises(KnownError):
        populate_demo(demo.vault, today=TODAY)
    with demo.vault.read() as s:
        assert len(s.scalars(select(Case)).all()) == demo.summary.cases


def test_build_demo_vault_is_deterministic(demo: Demo, tmp_path: Path) -> None:
    """Same seed, another vault and a weekend day: the same people and invented details."""
    created = build_demo_vault(tmp_path / "demo", kdf_cost=FAST_KDF, today=SATURDAY)
    root = created.vault.paths.root
    created.vault.close()
    with Vault.open(root, DEMO_PASSPHRASE) as reopened, reopened.read() as b:
        assert reopened.setting(DEMO_SETTING) == {"seed": 2024, "today": SATURDAY.isoformat()}
        _assert_upcoming(b, SATURDAY)
        with demo.vault.read() as a:
            assert _people(a) == _people(b)
            assert _hearing_count(a) == _hearing_count(b)


def _assert_upcoming(session: Session, today: date) -> None:
    upcoming = session.scalars(
        select(Hearing).where(
            Hearing.scheduled_date > today,
            Hearing.scheduled_date <= today + timedelta(days=7),
        )
    ).all()
    future = session.scalars(select(Hearing).where(Hearing.scheduled_date >= today)).all()
    assert len({h.case_id for h in upcoming}) >= 3
    assert all(h.outcome is None for h in future)


def _people(session: Session) -> list[tuple[str, ...]]:
    return sorted(
        (p.full_name, p.contact_details or "", p.id_document_number or "")
        for p in session.scalars(select(Person))
    )


def _hearing_count(session: Session) -> int:
    return len(session.scalars(select(Hearing)).all())

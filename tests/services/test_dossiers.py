"""Person dossier, case page, pickers and record labels; the rows the reports share."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, time
from typing import Any

import pytest

from casefile.domain.dates import PartialDate
from casefile.domain.enums import CurrentStatus
from casefile.errors import RecordNotFoundError
from casefile.reports.data import (
    ChargeItem,
    ConsentData,
    DetentionItem,
    HearingItem,
    IllTreatmentItem,
)
from casefile.services.lists.dossiers import get_case_page, get_person_dossier
from casefile.services.lists.record_rows import PersonRecord, carry
from casefile.services.records.attachments import add_attachment
from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import postpone_hearing
from casefile.services.records.labels import record_label
from casefile.services.records.trash import move_to_trash
from casefile.services.reporting.pipeline import prepare_report
from casefile.vault.schema import Charge, Person
from casefile.vault.vault import Vault

TODAY = date(2024, 6, 10)


def _world(vault: Vault) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["person"] = save_record(
        vault,
        "persons",
        None,
        {
            "full_name": "Айпери ТАЖИБЕК КЫЗЫ",
            "name_variants": ["Aiperi Tazhibek kyzy"],
            "birth_date": "1990",
            "roles": ["journalist"],
        },
    )
    ids["other"] = save_record(vault, "persons", None, {"full_name": "Бакыт Асанов"})
    ids["lawyer"] = save_record(vault, "persons", None, {"full_name": "Адвокат Осмонова"})
    ids["case"] = save_record(
        vault, "cases", None, {"title": "Дело Кемпир-Абад", "case_numbers": ["123-2024"]}
    )
    for who, role in (("person", "defendant"), ("other", "defendant"), ("lawyer", "lawyer")):
        save_record(
            vault,
            "case_participants",
            None,
            {"case_id": ids["case"], "person_id": ids[who], "role": role},
        )
    p = ids["person"]
    ids["arrest"] = save_record(
        vault,
        "detention_events",
        None,
        {"person_id": p, "type": "arrest", "start": "23.10.2023", "place": "ГКНБ"},
    )
    ids["sizo"] = save_record(
        vault,
        "detention_events",
        None,
        {
            "person_id": p,
            "type": "pretrial_detention",
            "start": "25.10.2023",
            "term_until": "20.06.2024",
            "place": "СИЗО-1",
            "case_id": ids["case"],
        },
    )
    save_record(
        vault,
        "detention_events",
        None,
        {"person_id": ids["other"], "type": "house_arrest", "start": "01.11.2023"},
    )
    ids["charge"] = save_record(
        vault,
        "charges",
        None,
        {"person_id": p, "case_id": ids["case"], "article": "278", "brought_on": "10.2023"},
    )
    ids["h1"] = save_record(
        vault,
        "hearings",
        None,
        {"case_id": ids["case"], "scheduled_date": "12.06.2024", "scheduled_time": "10:00"},
    )
    ids["h0"] = save_record(
        vault, "hearings", None, {"case_id": ids["case"], "scheduled_date": "01.03.2024"}
    )
    ids["h2"] = postpone_hearing(vault, ids["h1"], date(2024, 7, 1), time(9, 0), "болезнь")
    ids["report"] = save_record(
        vault,
        "ill_treatment_reports",
        None,
        {"victim_id": p, "incident_date": "24.10.2023", "methods": ["beating"]},
    )
    ids["intervention"] = save_record(
        vault, "interventions", None, {"person_id": p, "recipient": "wgad", "sent_on": "2024-01"}
    )
    ids["consent"] = save_record(
        vault,
        "consents",
        None,
        {"person_id": p, "given_on": "2023-11", "withdrawn_on": "01.06.2024"},
    )
    ids["attachment"] = add_attachment(
        vault, "persons", p, "Photo", io.BytesIO(b"jpeg"), "photo.jpg", "image/jpeg"
    )
    return ids


def test_person_dossier(vault: Vault) -> None:
    ids = _world(vault)
    dossier = get_person_dossier(vault, ids["person"], TODAY)
    assert dossier.full_name == "Айпери ТАЖИБЕК КЫЗЫ"
    assert dossier.birth_date == PartialDate(1990)
    assert dossier.roles == ("journalist",)
    assert dossier.status.status is CurrentStatus.PRETRIAL_DETENTION
    assert dossier.status.term_until == date(2024, 6, 20)
    assert dossier.days_in_custody == (TODAY - date(2023, 10, 23)).days + 1
    assert [e.id for e in dossier.detention_events] == [ids["arrest"], ids["sizo"]]
    assert dossier.detention_events[1].type_label == "Pre-trial detention"
    assert [(s.category, s.start, s.end) for s in dossier.spans] == [
        ("custody", date(2023, 10, 23), None)
    ]
    assert [(c.id, c.case_title) for c in dossier.charges] == [(ids["charge"], "Дело Кемпир-Абад")]
    assert [(c.case_id, c.roles) for c in dossier.cases] == [(ids["case"], ("defendant",))]
    assert [h.id for h in dossier.hearings] == [ids["h0"], ids["h1"], ids["h2"]]
    assert [r.id for r in dossier.ill_treatment] == [ids["report"]]
    assert dossier.ill_treatment[0].methods == ("beating",)
    assert [i.recipient for i in dossier.interventions] == ["wgad"]
    assert [(c.id, c.in_force) for c in dossier.consents] == [(ids["consent"], False)]
    assert [(a.title, a.size) for a in dossier.attachments] == [("Photo", 4)]
    assert [h.action for h in dossier.history] == ["create"]
    assert dossier.version == 1


def test_case_page(vault: Vault) -> None:
    ids = _world(vault)
    page = get_case_page(vault, ids["case"], TODAY)
    assert page.title == "Дело Кемпир-Абад" and page.case_numbers == ("123-2024",)
    assert [(d.full_name, d.status.status) for d in page.defendants] == [
        ("Айпери ТАЖИБЕК КЫЗЫ", CurrentStatus.PRETRIAL_DETENTION),
        ("Бакыт Асанов", CurrentStatus.HOUSE_ARREST),
    ]
    assert [(p.full_name, p.role) for p in page.participants] == [("Адвокат Осмонова", "lawyer")]
    assert [c.article for c in page.charges] == ["278"]
    chain = page.hearings
    assert [h.id for h in chain] == [ids["h0"], ids["h1"], ids["h2"]]
    assert chain[1].outcome == "postponed" and chain[1].postponed_to_id == ids["h2"]
    assert chain[1].postponement_reason == "болезнь"
    assert chain[2].postponed_from_id == ids["h1"] and chain[2].scheduled_time == time(9, 0)
    assert chain[0].postponed_from_id is None


def test_pages_leave_out_the_trash(vault: Vault) -> None:
    ids = _world(vault)
    move_to_trash(vault, "persons", ids["other"])
    move_to_trash(vault, "hearings", ids["h0"])
    move_to_trash(vault, "charges", ids["charge"])
    page = get_case_page(vault, ids["case"], TODAY)
    assert [d.person_id for d in page.defendants] == [ids["person"]]
    assert [h.id for h in page.hearings] == [ids["h1"], ids["h2"]]
    assert page.charges == ()
    with pytest.raises(RecordNotFoundError):
        get_person_dossier(vault, ids["other"], TODAY)
    move_to_trash(vault, "cases", ids["case"])
    dossier = get_person_dossier(vault, ids["person"], TODAY)
    assert dossier.cases == () and dossier.hearings == ()
    with pytest.raises(RecordNotFoundError):
        get_case_page(vault, ids["case"], TODAY)


def test_record_labels(vault: Vault) -> None:
    ids = _world(vault)
    with vault.read() as session:
        charge = session.get(Charge, ids["charge"])
        person = session.get(Person, ids["person"])
        assert charge is not None and person is not None
        assert record_label(session, charge) == "Article 278 — Айпери ТАЖИБЕК КЫЗЫ"
        assert record_label(session, person) == "Айпери ТАЖИБЕК КЫЗЫ"


def test_the_dossier_and_the_reports_read_the_same_fields(vault: Vault) -> None:
    ids = _world(vault)
    dossier = get_person_dossier(vault, ids["person"], TODAY)
    # The internal dossier leaves nothing out: the report's data is the record.
    data = prepare_report(vault, ids["person"], "dossier", today=TODAY).items[0]
    for name in (f.name for f in fields(PersonRecord)):
        assert getattr(data.person, name) == getattr(dossier, name), name
    pairs: list[tuple[type[Any], Sequence[Any], Sequence[Any]]] = [
        (DetentionItem, data.detention, dossier.detention_events),
        (ChargeItem, data.charges, dossier.charges),
        (HearingItem, data.hearings, dossier.hearings),
        (IllTreatmentItem, data.ill_treatment, dossier.ill_treatment),
        (ConsentData, data.consents, dossier.consents),
    ]
    for kind, items, rows in pairs:
        assert items and len(items) == len(rows), kind.__name__
        shared = [f.name for f in fields(kind) if f.name != "current"]
        for item, row in zip(items, rows, strict=True):
            assert [getattr(item, n) for n in shared] == [getattr(row, n) for n in shared]


def test_carry_never_leaves_a_field_to_its_default() -> None:
    @dataclass(frozen=True)
    class Row:
        a: int

    @dataclass(frozen=True)
    class Item:
        a: int
        b: int = 0

    assert carry(Row(1), Item, b=2) == Item(1, 2)
    with pytest.raises(AttributeError, match="'b'"):
        carry(Row(1), Item)

"""Where a record opens: the page (person dossier or case page) that shows it."""

from __future__ import annotations

from dataclasses import dataclass

from casefile.errors import RecordNotFoundError
from casefile.vault.schema import (
    Charge,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Intervention,
)
from casefile.vault.vault import Vault


@dataclass(frozen=True)
class Target:
    """Open ``table``/``record_id`` ("persons" or "cases"), showing ``focus_id`` if given."""

    table: str
    record_id: str
    focus_id: str = ""


def record_target(vault: Vault, table: str, record_id: str) -> Target:
    """The page a record is shown on; RecordNotFoundError if it is gone."""
    if table in ("persons", "cases"):
        return Target(table, record_id)
    with vault.read() as session:
        if table == "hearings":
            hearing = session.get(Hearing, record_id)
            if hearing is not None:
                return Target("cases", hearing.case_id, record_id)
        elif table == "ill_treatment_reports":
            report = session.get(IllTreatmentReport, record_id)
            if report is not None:
                return Target("persons", report.victim_id, record_id)
        elif table == "interventions":
            intervention = session.get(Intervention, record_id)
            if intervention is not None and intervention.person_id:
                return Target("persons", intervention.person_id, record_id)
            if intervention is not None and intervention.case_id:
                return Target("cases", intervention.case_id, record_id)
        elif table == "detention_events":
            event = session.get(DetentionEvent, record_id)
            if event is not None:
                return Target("persons", event.person_id, record_id)
        elif table == "charges":
            charge = session.get(Charge, record_id)
            if charge is not None:
                return Target("persons", charge.person_id, record_id)
    raise RecordNotFoundError("This record no longer exists or is in the trash.")

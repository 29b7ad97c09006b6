"""Need-to-know scopes: the office gives a partner a standing scope (people and cases), and
that partner's bundles carry only the records in it (changes.scope_closure). The partner
learns from each bundle which people and cases it holds, and can show them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.errors import ValidationError
from casefile.services.exchange import devices
from casefile.services.exchange.changes import Selection, scope_closure
from casefile.services.exchange.checks import is_device_id, is_record_id
from casefile.vault.schema import (
    Case,
    Partner,
    PartnerRecord,
    Person,
    Setting,
    SyncLogEntry,
)
from casefile.vault.vault import Vault

#: Manifest key: the people and cases a need-to-know partner holds (readers may ignore it).
SCOPE_KEY = "scope_held"
SETTING_HELD = "exchange_held_scope"
#: A scope larger than this is refused (a reader's bound, too).
MAX_SCOPE = 100_000


def selection_of(row: Partner) -> Selection | None:
    """The partner's scope as a selection, or None (everything)."""
    scope = row.scope
    if not isinstance(scope, dict):
        return None
    return Selection(
        person_ids=tuple(str(i) for i in scope.get("people", [])),
        case_ids=tuple(str(i) for i in scope.get("cases", [])),
    )


def purges_of(row: Partner) -> list[tuple[str, str]]:
    """The records this partner was asked to purge when they left its scope."""
    scope = row.scope if isinstance(row.scope, dict) else {}
    return [(str(t), str(i)) for t, i in scope.get("purge", [])]


def set_scope(
    vault: Vault,
    partner: str,
    people: Sequence[str] | None,
    cases: Sequence[str] = (),
    *,
    ask_purge: bool = False,
) -> int:
    """Gives a partner a standing scope (None: everything again). Its next bundle holds
    everything in the new scope (its marks start again), and the change is in the exchange
    log. With ask_purge, the records the partner holds that leave its scope are asked to be
    purged there: its bundles carry them as purges, which wait in its trash for a person
    there to accept (docs/bundle-format.md). Returns how many were asked."""
    for value in (*(people or ()), *cases):
        if not is_record_id(value):
            raise ValidationError("%1 is not a record id.", value)
    if people is not None and len(people) + len(cases) > MAX_SCOPE:
        raise ValidationError("A scope may name at most %1 people and cases.", MAX_SCOPE)
    with vault.write("exchange scope set") as session:
        row = devices.find_partner(session, partner)
        selection = Selection(person_ids=tuple(people or ()), case_ids=tuple(cases))
        purge: set[tuple[str, str]] = set(purges_of(row))
        if people is not None:
            kept = scope_closure(session, selection)
            if ask_purge:
                held = session.execute(
                    select(PartnerRecord.record_table, PartnerRecord.record_id).where(
                        PartnerRecord.device_id == row.device_id
                    )
                )
                purge |= {(str(t), str(i)) for t, i in held} - kept
            purge -= kept
        else:
            purge = set()
        asked = len(purge) - len(set(purges_of(row)) & purge)
        row.scope = (
            None
            if people is None
            else {
                "people": list(people),
                "cases": list(cases),
                "purge": [list(key) for key in sorted(purge)],
            }
        )
        # What is newly in scope may be older than the marks: send the whole scope again.
        row.last_sent_seq = 0
        row.acked_seq = 0
        reason = (
            "scope: everything"
            if people is None
            else f"scope: {len(people)} people, {len(cases)} cases; "
            f"{asked} records asked to be purged"
        )
        session.add(
            SyncLogEntry(
                event="scope",
                device_id=row.device_id,
                bundle_id=None,
                file_name="",
                file_size=0,
                file_mtime=0,
                reason=reason,
            )
        )
    return asked


def note_held_scope(session: Session, manifest: dict[str, Any]) -> None:
    """In the import's transaction: the scope a partner says this vault holds."""
    held = manifest.get(SCOPE_KEY)
    sender = manifest.get("sender")
    if not isinstance(held, dict) or not is_device_id(sender):
        return
    people, cases = held.get("people"), held.get("cases")
    if not isinstance(people, list) or not isinstance(cases, list):
        return
    if len(people) + len(cases) > MAX_SCOPE:
        return
    value = {
        "from": sender,
        "people": [p for p in people if is_record_id(p)],
        "cases": [c for c in cases if is_record_id(c)],
    }
    session.merge(Setting(key=SETTING_HELD, value=value))


@dataclass(frozen=True)
class HeldScope:
    """What a partner said this vault holds: its name, and the people and cases by label."""

    partner: str
    people: list[str]
    cases: list[str]


def held_scope(vault: Vault) -> HeldScope | None:
    with vault.read() as session:
        row = session.get(Setting, SETTING_HELD)
        if row is None or not isinstance(row.value, dict):
            return None
        value = row.value
        partner = session.get(Partner, value.get("from"))
        people = [
            name
            for name in session.scalars(
                select(Person.full_name).where(Person.id.in_(value.get("people", [])[:500]))
            )
        ]
        cases = [
            title
            for title in session.scalars(
                select(Case.title).where(Case.id.in_(value.get("cases", [])[:500]))
            )
        ]
        return HeldScope(
            partner.name if partner is not None else str(value.get("from"))[:8],
            sorted(people),
            sorted(str(c) for c in cases),
        )

"""Changes since…: what was added or changed in a period, from the audit history, by device."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update

from casefile.services.exchange.devices import set_device_name
from casefile.services.records.drafts import save_record
from casefile.services.records.recent_changes import recent_changes
from casefile.services.records.trash import move_to_trash, purge
from casefile.vault.schema import AuditEntry, Person
from casefile.vault.vault import Vault

LONG_AGO = datetime(2020, 1, 1)


def test_one_row_per_record_newest_first_with_its_device(vault: Vault) -> None:
    set_device_name(vault, "Office laptop")
    old = save_record(vault, "persons", None, {"full_name": "Old Person"})
    untouched = save_record(vault, "persons", None, {"full_name": "Untouched"})
    gone = save_record(vault, "persons", None, {"full_name": "Gone"})
    with vault.write() as session:  # all of that happened long ago
        session.execute(update(AuditEntry).values(at=LONG_AGO))
    since = LONG_AGO + timedelta(days=30)

    save_record(vault, "persons", old, {"notes": "seen in court"})
    save_record(vault, "persons", old, {"full_name": "Old Person Renamed"})
    new = save_record(vault, "persons", None, {"full_name": "Новый"})
    save_record(vault, "persons", new, {"notes": "x"})
    with vault.write(reason="bundle import from Osh office") as session:
        person = session.get(Person, old)
        assert person is not None
        person.profession = "journalist"
    move_to_trash(vault, "persons", gone)
    purge(vault, "persons", gone)

    changes = recent_changes(vault, since)
    assert changes.more == 0
    by_id = {row.record_id: row for row in changes.rows}
    assert untouched not in by_id
    assert [row.record_id for row in changes.rows] == [gone, old, new]

    edited = by_id[old]
    assert (edited.action, edited.count, edited.label) == ("update", 3, "Old Person Renamed")
    assert edited.fields == ("Notes", "Full name", "Profession")
    assert (edited.device, edited.here) == ("Osh office", False)

    added = by_id[new]
    assert (added.action, added.count, added.device, added.here) == (
        "create",
        2,
        "Office laptop",
        True,
    )
    assert (by_id[gone].action, by_id[gone].label) == ("purge", "")

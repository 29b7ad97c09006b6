"""Format 2 writes a record's shared version once; format 1 bundles still import; versions
kept as one record-wide row read as one row per field."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from casefile.services.exchange import bundle_legacy, devices, service
from casefile.services.exchange.bundle_format import PassphraseKey, pack_payload
from casefile.services.exchange.changes import Selection, collect
from casefile.services.exchange.dump import canonical_dump
from casefile.services.open_formats import bulk_records
from casefile.vault.field_versions import RECORD_VERSION
from casefile.vault.schema import FieldVersion, Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    introduce,
)


def send(source: Vault, target: Vault) -> service.ImportPreview:
    data = service.export_bundle(
        source, target.actor, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    ).data
    return service.import_bundle(target, data, BUNDLE_PASSPHRASE)


@pytest.fixture
def pair(make_vault: MakeVault) -> tuple[Vault, Vault]:
    a, b = make_vault("a"), make_vault("b")
    introduce(a, b)
    return a, b


def _as_format_1(entry: dict[str, Any]) -> dict[str, Any]:
    shared = entry.pop("v", None)
    for name, value in entry["f"].items():
        if len(value) == 1:
            assert shared is not None
            entry["f"][name] = [value[0], shared[0], shared[1], dict(shared[2]), None]
    return entry


def test_a_format_1_bundle_still_imports(pair: tuple[Vault, Vault]) -> None:
    a, b = pair
    with a.write() as session:
        person = Person(full_name="Old Format", profession="journalist")
        session.add(person)
    with a.write() as session:
        loaded = session.get(Person, person.id)
        assert loaded is not None
        loaded.profession = "lawyer"  # one field with a version of its own
    with a.read() as session:
        me = devices.identity(session)
        collected = collect(
            session, sender=me.device_id, clock=me.clock, since=0, selection=Selection()
        )
        manifest = dict(collected.manifest, manifest=1)
        manifest["records"] = [_as_format_1(entry) for entry in manifest["records"]]
        data = bundle_legacy.write_legacy_bundle(
            pack_payload(manifest, collected.blobs),
            version=1,
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=PassphraseKey(BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF),
            recipient=None,
        )
    assert data[16:18] == b"\x00\x01"
    preview = service.import_bundle(b, data, BUNDLE_PASSPHRASE)
    assert [c.record_id for c in preview.new] == [person.id]
    send(b, a)
    assert canonical_dump(a) == canonical_dump(b)


def test_an_imported_record_keeps_one_version_row_and_later_edits_merge_cleanly(
    pair: tuple[Vault, Vault],
) -> None:
    a, b = pair
    with a.write() as session:
        person = Person(full_name="One Row", profession="journalist")
        session.add(person)
    send(a, b)
    with b.read() as session:
        fields = {v.field for v in session.scalars(select(FieldVersion))}
    assert fields == {RECORD_VERSION}
    # A bulk update (the CSV import's path) writes the field's own row; its vector is read
    # joined with the record-wide one, so A takes the edit as news, not as a conflict.
    with b.write() as session:
        bulk_records.write_all(
            session,
            Person,
            [],
            [bulk_records.RecordWrite(person.id, {"profession": "lawyer"}, {"profession": "x"})],
        )
    send(b, a)
    assert service.open_conflicts(a) == []
    with a.read() as session:
        loaded = session.get(Person, person.id)
        assert loaded is not None and loaded.profession == "lawyer"
    send(a, b)
    assert canonical_dump(a) == canonical_dump(b)

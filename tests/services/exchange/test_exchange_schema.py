"""Exchange schema: the device key lives in the vault, upgrades version existing fields,
and every write stamps the fields it changed."""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy import select

from casefile.services.records import trash
from casefile.vault.schema import DeviceIdentity, FieldVersion, Person, Tombstone
from casefile.vault.vault import Vault

FIXTURES = Path(__file__).resolve().parents[3] / "db" / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase for tests only"
PERSON_ID = "11111111-1111-4111-8111-111111111111"


def test_upgrade_from_0002_creates_a_device_key_and_versions_every_field(
    tmp_path: Path,
) -> None:
    with zipfile.ZipFile(FIXTURES / "vault-r0002.zip") as zipped:
        zipped.extractall(tmp_path)
        folder = tmp_path / zipped.namelist()[0].split("/")[0]
    with Vault.open(folder, FIXTURE_PASSPHRASE, actor="tester") as vault:
        with vault.read() as session:
            identity = session.get(DeviceIdentity, 1)
            assert identity is not None
            assert len(identity.signing_key) == 32 and len(identity.agreement_key) == 32
            versions = session.scalars(
                select(FieldVersion).where(FieldVersion.record_id == PERSON_ID)
            ).all()
        fields = {version.field for version in versions}
        assert {"full_name", "birth_date", "deleted_at"} <= fields
        assert "updated_at" not in fields
        assert all(v.device_id == identity.device_id for v in versions)


def test_every_write_stamps_the_changed_fields(vault: Vault) -> None:
    with vault.write() as session:
        person = Person(full_name="Asel Test")
        session.add(person)
    pid = person.id
    with vault.read() as session:
        created = {
            v.field: v
            for v in session.scalars(select(FieldVersion).where(FieldVersion.record_id == pid))
        }
    with vault.write() as session:
        loaded = session.get(Person, person.id)
        assert loaded is not None
        loaded.profession = "journalist"
    with vault.read() as session:
        after = {
            v.field: v
            for v in session.scalars(select(FieldVersion).where(FieldVersion.record_id == pid))
        }
    assert after["profession"].clock > created["profession"].clock
    assert after["full_name"].clock == created["full_name"].clock
    device = after["profession"].device_id
    assert after["profession"].seen == {device: after["profession"].clock}


def test_a_purge_leaves_a_tombstone(vault: Vault) -> None:
    with vault.write() as session:
        person = Person(full_name="Purged Person")
        session.add(person)
    trash.move_to_trash(vault, "persons", person.id)
    trash.purge(vault, "persons", person.id)
    with vault.read() as session:
        assert session.get(Tombstone, ("persons", person.id)) is not None
        assert not session.scalars(
            select(FieldVersion).where(FieldVersion.record_id == person.id)
        ).all()


def test_a_clock_set_back_by_a_restore_never_reuses_a_stamp(vault: Vault) -> None:
    with vault.write() as session:
        person = Person(full_name="Before Restore")
        session.add(person)
    with vault.read() as session:
        first = session.get(FieldVersion, ("persons", person.id, "full_name"))
        assert first is not None
    with vault.write() as session:
        identity = session.get(DeviceIdentity, 1)
        assert identity is not None
        identity.clock = 1  # as an older backup would have it
    with vault.write() as session:
        again = session.get(Person, person.id)
        assert again is not None
        again.full_name = "After Restore"
    with vault.read() as session:
        second = session.get(FieldVersion, ("persons", person.id, "full_name"))
        assert second is not None
    assert second.clock > first.clock

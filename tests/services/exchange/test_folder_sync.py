"""Exchange through a shared folder: an office and monitors that only ever see one folder,
with random edits, conflicts, lost and duplicated files, converge; acknowledged bundles are
pruned; foreign, torn and replayed files are skipped with a reason."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.services.exchange import pending, scopes, service, sync
from casefile.services.exchange.changes import Selection, scope_closure
from casefile.vault.schema import RECORD_BY_TABLE, Consent, OutboxBundle, Person, SyncLogEntry
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import MakeVault, accept_all_purges, introduce


def _people(vault: Vault) -> dict[str, str]:
    with vault.read() as session:
        return {p.id: p.full_name for p in session.query(Person) if p.deleted_at is None}


def _edit(vault: Vault, rng: random.Random, n: int) -> None:
    with vault.write() as session:
        people = list(session.query(Person))
        if people and rng.random() < 0.5:
            rng.choice(people).full_name = f"Edited {n}"
        else:
            session.add(Person(full_name=f"Person {n}"))


def test_an_office_and_monitors_converge_through_one_folder(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    rng = random.Random(17)
    folder = tmp_path / "shared"
    folder.mkdir()
    office = make_vault("office")
    monitors = [make_vault(f"m{i}") for i in range(5)]
    for monitor in monitors:
        introduce(office, monitor)  # a star: monitors know only the office
    everyone = [office, *monitors]
    # A conflict for certain: both sides rename one person before either hears of the other.
    with office.write() as session:
        shared = Person(full_name="Shared Before")
        session.add(shared)
    for vault in (office, *monitors, office):
        sync.sync(vault, folder)
    for vault, name in ((office, "Office Name"), (monitors[0], "Monitor Name")):
        with vault.write() as session:
            session.get_one(Person, shared.id).full_name = name
    for step in range(40):
        vault = rng.choice(everyone)
        _edit(vault, rng, step)
        sync.sync(rng.choice(everyone), folder)
        files = sorted(folder.glob("cf-*.cfbundle"))
        if files and rng.random() < 0.15:
            lost = rng.choice(files)
            lost.unlink()  # lost by the transport
            files.remove(lost)
        if files and rng.random() < 0.15:
            copy = folder / f"cf-{rng.getrandbits(64):016x}.cfbundle"
            shutil.copyfile(rng.choice(files), copy)  # duplicated by the transport
    for _round in range(6):
        for vault in everyone:
            sync.sync(vault, folder)
    expected = _people(office)
    assert expected
    for monitor in monitors:
        assert _people(monitor) == expected
    # Concurrent edits of one name met on the way: conflicts, settled the same everywhere.
    assert sum(len(service.open_conflicts(vault)) for vault in everyone) > 0
    # Every recipient acknowledged: nothing of the office's waits in the folder any more.
    with office.read() as session:
        assert session.query(OutboxBundle).count() <= 1
    status = sync.status(office)
    assert {p.name for p in status.partners} == {f"m{i}" for i in range(5)}
    assert all(p.pending == 0 for p in status.partners), status.partners
    # What each vault still keeps in the folder: at most one bundle (the rest was pruned).
    for vault in everyone:
        with vault.read() as session:
            assert session.query(OutboxBundle).count() <= 1
    assert (folder / ".stignore").read_text().count(".tmp") == 1


def test_foreign_torn_and_replayed_files_are_skipped_with_a_reason(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    office, monitor, stranger = make_vault("office"), make_vault("m0"), make_vault("x")
    introduce(office, monitor)
    introduce(stranger, monitor)  # the monitor trusts it; the office does not know it
    with monitor.write() as session:
        session.add(Person(full_name="Asel Skipped"))
    sync.sync(monitor, folder)
    (sent,) = folder.glob("cf-*.cfbundle")
    torn = folder / "cf-00000000000000aa.cfbundle"
    torn.write_bytes(sent.read_bytes()[:-100])
    replay = folder / "cf-00000000000000bb.cfbundle"
    with stranger.write() as session:
        session.add(Person(full_name="From Stranger"))
    sync.sync(stranger, folder)
    (folder / "notes.txt").write_text("not a bundle")
    (folder / "cf-../../etc.cfbundle".replace("/", "_")).write_text("x")
    report = sync.sync(office, folder)
    shutil.copyfile(sent, replay)
    again = sync.sync(office, folder)
    assert "Asel Skipped" in _people(office).values()
    assert "From Stranger" not in _people(office).values()
    reasons = dict(report.skipped)
    assert reasons[torn.name].startswith("torn")
    assert "not for this device" in reasons.values()
    assert dict(again.skipped) == {replay.name: "replayed"}
    # Skipped once per version of a file: the next round does not try them again.
    assert sync.sync(office, folder).skipped == []
    assert {s[0] for s in sync.status(office).skipped} >= {torn.name, replay.name}


def _holdings(vault: Vault) -> set[tuple[str, str]]:
    with vault.read() as session:
        return {
            (table, str(rid))
            for table, cls in RECORD_BY_TABLE.items()
            for rid in session.scalars(select(cls.id))
        }


def _allowed(office: Vault, people: list[str]) -> set[tuple[str, str]]:
    with office.read() as session:
        return scope_closure(session, Selection(person_ids=tuple(people)))


def test_need_to_know_scopes_hold_through_edits_scope_changes_and_lost_files(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    rng = random.Random(5)
    folder = tmp_path / "shared"
    folder.mkdir()
    office = make_vault("office")
    monitors = [make_vault(f"m{i}") for i in range(3)]
    for monitor in monitors:
        introduce(office, monitor)
    with office.write() as session:
        people = [Person(full_name=f"Office {i}") for i in range(12)]
        session.add_all(people)
        session.flush()
        for person in people[:6]:
            session.add(Consent(person_id=person.id, share_publicly=True))
        ids = [p.id for p in people]
    scopes_now = {f"m{i}": ids[i * 4 : i * 4 + 4] for i in range(3)}
    for name, scope in scopes_now.items():
        scopes.set_scope(office, name, scope)
    everyone = [office, *monitors]
    # What each monitor was ever allowed: a record it still holds from before a scope
    # shrank is allowed until a purge is asked for (not built yet).
    ever: dict[str, set[tuple[str, str]]] = {
        f"m{i}": _allowed(office, scopes_now[f"m{i}"]) for i in range(3)
    }
    for step in range(30):
        vault = rng.choice(everyone)
        with vault.write() as session:
            held = list(session.query(Person))
            if held:
                rng.choice(held).full_name = f"Edit {step}"
        if step % 10 == 9:
            name = rng.choice(list(scopes_now))
            scopes_now[name] = rng.sample(ids, 4)
            scopes.set_scope(office, name, scopes_now[name])
            ever[name] |= _allowed(office, scopes_now[name])
        sync.sync(rng.choice(everyone), folder)
        files = sorted(folder.glob("cf-*.cfbundle"))
        if files and rng.random() < 0.15:
            rng.choice(files).unlink()
        for i, monitor in enumerate(monitors):
            assert _holdings(monitor) <= ever[f"m{i}"], f"m{i} holds a record out of scope"
    for _round in range(6):
        for vault in everyone:
            sync.sync(vault, folder)
    office_people = _people(office)
    for i, monitor in enumerate(monitors):
        allowed = _allowed(office, scopes_now[f"m{i}"])
        held = _holdings(monitor)
        assert held <= ever[f"m{i}"]
        assert allowed <= held  # everything in scope arrived
        for person_id, name in _people(monitor).items():
            if ("persons", person_id) in allowed:
                assert office_people[person_id] == name
        shown = scopes.held_scope(monitor)
        assert shown is not None and shown.partner == "office"
        assert sorted(shown.people) == sorted(office_people[p] for p in scopes_now[f"m{i}"])


def _office_and_monitor(make_vault: MakeVault, tmp_path: Path) -> tuple[Path, Vault, Vault]:
    """A shared folder, and an office and a monitor that trust each other."""
    folder = tmp_path / "shared"
    folder.mkdir()
    office, monitor = make_vault("office"), make_vault("m0")
    introduce(office, monitor)
    return folder, office, monitor


def test_a_record_leaving_a_scope_can_be_asked_to_be_purged_there(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    folder, office, monitor = _office_and_monitor(make_vault, tmp_path)
    with office.write() as session:
        kept, leaving = Person(full_name="Stays In Scope"), Person(full_name="Leaves Scope")
        session.add_all([kept, leaving])
        session.flush()
        session.add(Consent(person_id=leaving.id, share_publicly=True))
    scopes.set_scope(office, "m0", [kept.id, leaving.id])
    for vault in (office, monitor, office):
        sync.sync(vault, folder)
    assert set(_people(monitor).values()) == {"Stays In Scope", "Leaves Scope"}
    # Narrowing without asking: the monitor keeps its copy.
    assert scopes.set_scope(office, "m0", [kept.id]) == 0
    # Asking: explicit, and in the exchange log.
    assert scopes.set_scope(office, "m0", [kept.id], ask_purge=True) == 2  # person, consent
    assert any("2 records asked to be purged" in s for s in _log_reasons(office))
    for vault in (office, monitor, office, monitor):
        sync.sync(vault, folder)
    # At the monitor the purge waits in the trash for a person there.
    requests = pending.list_requests(monitor)
    assert {(r.table, r.partner) for r in requests} == {
        ("persons", "office"),
        ("consents", "office"),
    }
    assert "Leaves Scope" not in _people(monitor).values()  # in the trash
    accept_all_purges(monitor)
    assert _holdings(monitor) <= _allowed(office, [kept.id])
    for vault in (monitor, office, monitor, office):
        sync.sync(vault, folder)
    # The office keeps its record: the purge is not passed back to it.
    assert "Leaves Scope" in _people(office).values()
    assert pending.list_requests(office) == []


def _log_reasons(vault: Vault) -> list[str]:
    with vault.read() as session:
        return list(session.scalars(select(SyncLogEntry.reason)))


def test_one_backup_per_round_before_its_first_change(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    office = make_vault("office")
    monitors = [make_vault(f"m{i}") for i in range(3)]
    for i, monitor in enumerate(monitors):
        introduce(office, monitor)
        with monitor.write() as session:
            session.add(Person(full_name=f"From m{i}"))
        sync.sync(monitor, folder)
    backups = office.paths.root / "backups"
    before = set(backups.glob("*pre-import*")) if backups.exists() else set()
    assert len(sync.sync(office, folder).received) == 3
    assert len(set(backups.glob("*pre-import*")) - before) == 1


def test_a_round_copies_what_its_imports_left_in_the_write_ahead_log(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, office, monitor = _office_and_monitor(make_vault, tmp_path)
    with monitor.write() as session:
        session.add(Person(full_name="From the monitor"))
    sync.sync(monitor, folder)
    received: list[int] = []
    checkpoint = office.checkpoint

    def checkpointed() -> None:  # after the imports, with what they wrote readable
        with office.read() as session:
            received.append(session.query(Person).filter_by(full_name="From the monitor").count())
        checkpoint()

    monkeypatch.setattr(office, "checkpoint", checkpointed)
    assert len(sync.sync(office, folder).received) == 1
    assert received == [1]

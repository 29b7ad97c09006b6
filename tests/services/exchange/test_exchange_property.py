"""Property: whatever replicas do and however they sync, full syncing makes them equal."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from casefile.errors import KnownError, ValidationError
from casefile.services.exchange import devices, service
from casefile.services.exchange.bundle_format import PassphraseKey, pack_payload, write_bundle
from casefile.services.exchange.changes import Selection, collect
from casefile.services.exchange.checks import BundleClockError
from casefile.services.exchange.dump import canonical_dump
from casefile.services.records import trash as trash_service
from casefile.vault.schema import Consent, Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    PASSPHRASE,
    accept_all_purges,
    introduce,
)

FIELDS = ("full_name", "profession", "notes")
VALUES = ("a", "b", "c")

create = st.tuples(st.just("create"), st.integers(0, 2))
edit = st.tuples(
    st.just("edit"),
    st.integers(0, 2),
    st.integers(0, 5),
    st.sampled_from(FIELDS),
    st.sampled_from(VALUES),
)
trash = st.tuples(st.just("trash"), st.integers(0, 2), st.integers(0, 5), st.booleans())
sync = st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2))
resolve = st.tuples(st.just("resolve"), st.integers(0, 2), st.sampled_from(("mine", "theirs")))
#: A new record referring to a person (a consent), and a purge of a person or a consent.
link = st.tuples(st.just("link"), st.integers(0, 2), st.integers(0, 5))
purge = st.tuples(
    st.just("purge"), st.integers(0, 2), st.integers(0, 5), st.sampled_from(("persons", "consents"))
)
#: A person accepts the purges partners asked for; a hostile bundle is refused.
accept = st.tuples(st.just("accept"), st.integers(0, 2))
hostile = st.tuples(st.just("hostile"), st.integers(0, 2), st.integers(0, 2))
operations = st.lists(
    st.one_of(create, edit, trash, sync, resolve, link, purge, accept, hostile),
    min_size=1,
    max_size=12,
)


def _ids(vault: Vault, cls: type[Person] | type[Consent]) -> list[str]:
    with vault.read() as session:
        return sorted(session.scalars(select(cls.id)))


def _people(vault: Vault) -> list[str]:
    return _ids(vault, Person)


def _purge(vault: Vault, table: str, index: int) -> None:
    """Through the trash service, as a user would: refused while something refers to it."""
    ids = _ids(vault, Person if table == "persons" else Consent)
    if not ids:
        return
    record_id = ids[index % len(ids)]
    with contextlib.suppress(KnownError):  # already in the trash
        trash_service.move_to_trash(vault, table, record_id)
    with contextlib.suppress(ValidationError):  # something refers to it
        trash_service.purge(vault, table, record_id)


def _sync(source: Vault, target: Vault) -> None:
    if source is target:
        return
    bundle = service.export_bundle(
        source, target.actor, passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    service.import_bundle(target, bundle.data, BUNDLE_PASSPHRASE)


def _hostile(source: Vault, target: Vault) -> None:
    """A bundle whose clock would push the target's past its limits: refused, no trace."""
    if source is target:
        return
    with source.read() as session:
        me = devices.identity(session)
        collected = collect(
            session, sender=me.device_id, clock=2**62, since=0, selection=Selection(everything=True)
        )
        sender, key = devices.own_sender(me), me.signing_key
    data = write_bundle(
        pack_payload(collected.manifest, collected.blobs),
        sender=sender,
        signing_key=key,
        key=PassphraseKey(BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF),
        recipient=devices.this_device(target).device_id,
    )
    with contextlib.suppress(BundleClockError):
        service.import_bundle(target, data, BUNDLE_PASSPHRASE)
        raise AssertionError("a clock far in the future was imported")


def _run(replicas: list[Vault], op: tuple[object, ...]) -> None:
    kind = op[0]
    vault = replicas[int(str(op[1])) % len(replicas)]
    if kind == "create":
        with vault.write() as session:
            session.add(Person(full_name="new"))
    elif kind in ("edit", "trash"):
        people = _people(vault)
        if not people:
            return
        with vault.write() as session:
            person = session.get(Person, people[int(str(op[2])) % len(people)])
            assert person is not None
            if kind == "edit":
                setattr(person, str(op[3]), op[4])
            elif op[3]:
                person.deleted_at = person.updated_at
        if kind == "trash" and not op[3]:
            # Refused when not in the trash, or held there (purged elsewhere).
            with contextlib.suppress(KnownError):
                trash_service.restore(vault, "persons", person.id)
    elif kind == "link":
        people = _people(vault)
        if people:
            with vault.write() as session:
                session.add(Consent(person_id=people[int(str(op[2])) % len(people)]))
    elif kind == "purge" and vault is not replicas[1]:
        # A contributor's purge of what it may not purge stays its own (test_exchange_hostile).
        _purge(vault, str(op[3]), int(str(op[2])))
    elif kind == "sync":
        _sync(vault, replicas[int(str(op[2])) % len(replicas)])
    elif kind == "accept":
        accept_all_purges(vault)
    elif kind == "hostile":
        _hostile(vault, replicas[int(str(op[2])) % len(replicas)])
    else:
        conflicts = service.open_conflicts(vault)
        if conflicts:
            choice = "mine" if op[2] == "mine" else "theirs"
            service.resolve_conflict(vault, conflicts[0].id, choice)


@settings(
    max_examples=int(os.environ.get("CASEFILE_EXAMPLES", "5")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(count=st.integers(2, 3), ops=operations)
# Always run: one replica purges the shared person while another links a consent to it.
@example(count=3, ops=[("purge", 0, 0, "persons"), ("link", 1, 0), ("sync", 2, 0)])
# A contributor edits, the receiver keeps its value; a purge waits, then is accepted.
@example(
    count=2,
    ops=[("edit", 1, 0, "notes", "b"), ("sync", 1, 0), ("purge", 0, 0, "persons"), ("sync", 0, 1)],
)
def test_replicas_converge_after_syncing_both_ways(
    template_vault: Path, count: int, ops: list[tuple[object, ...]]
) -> None:
    root = Path(tempfile.mkdtemp(prefix="replicas-"))
    replicas: list[Vault] = []
    try:
        for index in range(count):
            target = root / f"r{index}.casefile"
            shutil.copytree(template_vault, target, ignore=shutil.ignore_patterns("vault.lock"))
            replica = Vault.open(target, PASSPHRASE, actor=f"r{index}")
            devices.new_device_keys(replica)
            devices.set_device_name(replica, f"r{index}")
            replicas.append(replica)
        introduce(*replicas)
        # The second replica is only a contributor to the first.
        second = devices.parse_card(devices.this_device(replicas[1]).card)
        devices.trust_device(replicas[0], second, "r1", role="contributor")
        # One person every replica knows, so a few operations reach purges of shared records.
        _run(replicas, ("create", 0))
        for other in replicas[1:]:
            _sync(replicas[0], other)
        for op in ops:
            _run(replicas, op)
        # Two full rounds: what one replica learns in round one reaches the rest in round two.
        # Each replica's user accepts the purges it is asked for as they arrive.
        for _round in range(2):
            for source, target in itertools.permutations(replicas, 2):
                _sync(source, target)
                accept_all_purges(target)
        dumps = [canonical_dump(replica) for replica in replicas]
        assert all(dump == dumps[0] for dump in dumps[1:])
    finally:
        for replica in replicas:
            replica.close()
        shutil.rmtree(root, ignore_errors=True)

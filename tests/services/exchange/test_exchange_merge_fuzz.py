"""Fuzz: a trusted partner's signed bundle with a mutated manifest never breaks the merge.

A real manifest from a second vault is mutated (values replaced, keys dropped, records
repeated) and signed again with that vault's own trusted key, so every mutation reaches the
merge. Whatever it holds, the import either succeeds or is refused with a KnownError; a refused
import changes nothing, and nothing is written outside the vault.
"""

from __future__ import annotations

import copy
import io
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.errors import KnownError
from casefile.services.exchange import service
from casefile.services.exchange.dump import full_dump
from casefile.services.records import trash
from casefile.services.records.attachments import add_attachment
from casefile.vault.schema import Case, Hearing, Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    MakeVault,
    introduce,
    manifest_of,
    signed_bundle,
)

EXAMPLES = int(os.environ.get("CASEFILE_FUZZ_EXAMPLES", "40"))

#: Values a hostile sender might put anywhere: wrong types, paths, huge and negative numbers.
hostile_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 2**31, 2**53, 2**63 - 1, 2**63, 2**64]),
    st.text(max_size=40),
    st.sampled_from(
        [
            "../../../.config/autostart",
            "..\\..\\evil",
            "CON",
            "NUL.txt",
            "/etc/passwd",
            "00000000-0000-0000-0000-000000000000",
            "11111111-1111-4111-8111-11111111111G",
            "persons",
            "deleted_at",
            "2026-02-31",
            "9999-99-99T99:99:99",
            "\x00",
        ]
    ),
    st.lists(st.integers(min_value=-5, max_value=2**64), max_size=5),
    st.dictionaries(st.text(max_size=34), st.integers(), max_size=3),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside the manifest (keys and list indexes)."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


def _mutate(manifest: dict[str, Any], draw: Callable[[st.SearchStrategy[Any]], Any]) -> None:
    paths = _paths(manifest)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        parent: Any = manifest
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = draw(st.sampled_from(["replace", "drop", "repeat"]))
        try:
            if action == "replace":
                parent[last] = draw(hostile_values)
            elif action == "drop":
                del parent[last]
            elif isinstance(parent, list):
                parent.append(copy.deepcopy(parent[last]))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation already changed this part of the tree
        paths = _paths(manifest)


def _files_outside(root: Path, vault: Vault) -> set[Path]:
    inside = vault.paths.root.resolve()
    return {
        path for path in root.rglob("*") if path.is_file() and inside not in path.resolve().parents
    }


@pytest.fixture
def sender_and_receiver(make_vault: MakeVault) -> tuple[Vault, Vault]:
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    with laptop.write() as session:
        person = Person(full_name="Айбек Fuzz", profession="journalist")
        case = Case(title="Case 278.3")
        session.add_all([person, case])
        session.flush()
        session.add(Hearing(case_id=case.id, scheduled_date=date(2026, 12, 21)))
        gone = Person(full_name="Purged Fuzz")
        session.add(gone)
        session.flush()
        person_id, gone_id = person.id, gone.id
    add_attachment(laptop, "persons", person_id, "Scan", io.BytesIO(b"%PDF-1.4 fuzz"), "scan.pdf")
    trash.move_to_trash(laptop, "persons", gone_id)
    trash.purge(laptop, "persons", gone_id)
    return laptop, office


@pytest.mark.fuzz
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_mutated_signed_manifest_never_breaks_the_merge(
    sender_and_receiver: tuple[Vault, Vault], tmp_path: Path, data: st.DataObject
) -> None:
    laptop, office = sender_and_receiver
    manifest, blobs = manifest_of(laptop)
    _mutate(manifest, data.draw)
    bundle = signed_bundle(laptop, manifest, blobs, office)
    outside = _files_outside(tmp_path, office)
    before = full_dump(office)
    try:
        service.import_bundle(office, bundle, BUNDLE_PASSPHRASE, accept_mass_changes=True)
    except KnownError:
        assert full_dump(office) == before
    assert _files_outside(tmp_path, office) == outside
    # The vault still takes an ordinary write afterwards.
    with office.write() as session:
        session.add(Person(full_name="After fuzz"))

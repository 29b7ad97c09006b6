"""Bundles that must be refused leave the vault exactly as it was; none reveal plaintext."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.errors import KnownError
from casefile.services.exchange import devices, service
from casefile.services.exchange.bundle_format import (
    FORMAT_VERSION,
    PassphraseKey,
    pack_payload,
    write_bundle,
)
from casefile.services.exchange.changes import Selection
from casefile.services.exchange.dump import full_dump
from casefile.services.exchange.errors import (
    BundleDamagedError,
    BundleError,
    BundlePassphraseError,
    BundleTooNewError,
    UntrustedDeviceError,
)
from casefile.vault.schema import Person
from casefile.vault.vault import Vault
from tests.services.exchange.exchange_helpers import (
    BUNDLE_PASSPHRASE,
    FAST_BUNDLE_KDF,
    MakeVault,
    introduce,
)

UNIQUE_NAME = "Zhyldyzbek Unique-Ainagul Testname"
CYRILLIC_NAME = "Жылдызбек Уникалдуу"


@pytest.fixture
def setup(make_vault: MakeVault) -> tuple[Vault, Vault, bytes]:
    laptop, office = make_vault("laptop"), make_vault("office")
    introduce(laptop, office)
    with laptop.write() as session:
        session.add(Person(full_name=UNIQUE_NAME, notes=CYRILLIC_NAME))
    bundle = service.export_bundle(
        laptop, "office", passphrase=BUNDLE_PASSPHRASE, kdf=FAST_BUNDLE_KDF
    )
    return laptop, office, bundle.data


def _refused(vault: Vault, data: bytes, error: type[KnownError], passphrase: str) -> None:
    before = full_dump(vault)
    with pytest.raises(error):
        service.import_bundle(vault, data, passphrase)
    with pytest.raises(error):
        service.preview_bundle(vault, data, passphrase)
    assert full_dump(vault) == before


def test_the_bundle_holds_no_plaintext(setup: tuple[Vault, Vault, bytes]) -> None:
    _laptop, _office, data = setup
    for text in (UNIQUE_NAME, CYRILLIC_NAME):
        assert text.encode("utf-8") not in data
        assert text.encode("utf-16-le") not in data
    assert b"Zhyldyzbek" not in data


@pytest.mark.parametrize("where", [0, 20, 100, -200, -100, -1])
def test_a_flipped_byte_is_refused(setup: tuple[Vault, Vault, bytes], where: int) -> None:
    _laptop, office, data = setup
    damaged = bytearray(data)
    damaged[where] ^= 0x01
    _refused(office, bytes(damaged), BundleError, BUNDLE_PASSPHRASE)


@pytest.mark.parametrize("keep", [0, 10, 200, -65, -1])
def test_a_truncated_bundle_is_refused(setup: tuple[Vault, Vault, bytes], keep: int) -> None:
    _laptop, office, data = setup
    _refused(office, data[:keep], BundleDamagedError, BUNDLE_PASSPHRASE)


def test_the_wrong_passphrase_is_refused(setup: tuple[Vault, Vault, bytes]) -> None:
    _laptop, office, data = setup
    _refused(office, data, BundlePassphraseError, "not the passphrase")


def test_an_unknown_or_distrusted_sender_is_refused(
    setup: tuple[Vault, Vault, bytes], make_vault: MakeVault
) -> None:
    _laptop, office, data = setup
    stranger = make_vault("stranger")
    _refused(stranger, data, UntrustedDeviceError, BUNDLE_PASSPHRASE)
    devices.set_trust(office, "laptop", False)
    _refused(office, data, UntrustedDeviceError, BUNDLE_PASSPHRASE)


def test_a_bundle_sealed_for_another_vault_is_refused(
    setup: tuple[Vault, Vault, bytes], make_vault: MakeVault
) -> None:
    laptop, office, _data = setup
    third = make_vault("third")
    introduce(laptop, third)
    sealed = service.export_bundle(laptop, "office", selection=Selection(everything=True)).data
    _refused(third, sealed, BundlePassphraseError, "")
    assert service.import_bundle(office, sealed).new


def test_a_newer_format_is_refused_with_its_own_message(
    setup: tuple[Vault, Vault, bytes],
) -> None:
    _laptop, office, data = setup
    newer = data[:16] + (FORMAT_VERSION + 1).to_bytes(2, "big") + data[18:]
    _refused(office, newer, BundleTooNewError, BUNDLE_PASSPHRASE)


def _signed_by(vault: Vault, manifest: dict[str, object], blobs: list[bytes]) -> bytes:
    with vault.read() as session:
        me = devices.identity(session)
        return write_bundle(
            pack_payload(manifest, blobs),
            sender=devices.own_sender(me),
            signing_key=me.signing_key,
            key=PassphraseKey(BUNDLE_PASSPHRASE, FAST_BUNDLE_KDF),
            recipient=None,
        )


@pytest.mark.parametrize(
    "manifest",
    [
        {},
        {"records": "x", "tombstones": [], "clock": 1},
        {"records": [{"t": "nope", "id": "1", "c": "2024-01-01", "f": {}}], "tombstones": []},
        {"records": [{"t": "persons", "id": 5}], "tombstones": [], "clock": 1},
        {
            "records": [{"t": "persons", "id": "a", "c": "bad date", "f": {}}],
            "tombstones": [],
            "clock": 1,
        },
        {
            "records": [{"t": "persons", "id": "a", "c": "2024-01-01", "f": {"full_name": [1]}}],
            "tombstones": [],
            "clock": 1,
        },
        {"records": [], "tombstones": [{"t": "persons"}], "clock": 1},
        {"records": [], "tombstones": [], "clock": 1, "files": [{"id": "x", "offset": -1}]},
    ],
)
def test_a_malformed_manifest_from_a_trusted_sender_is_refused(
    setup: tuple[Vault, Vault, bytes], manifest: dict[str, object]
) -> None:
    laptop, office, _data = setup
    with laptop.read() as session:
        sender = devices.identity(session).device_id
    data = _signed_by(laptop, {"sender": sender, **manifest}, [])
    _refused(office, data, BundleDamagedError, BUNDLE_PASSPHRASE)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10_000), st.integers(0, 255)),
        min_size=1,
        max_size=4,
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=10_000)),
    noise=st.binary(max_size=64),
)
def test_random_damage_never_crashes_or_half_applies(
    setup: tuple[Vault, Vault, bytes],
    edits: list[tuple[int, int]],
    cut: int | None,
    noise: bytes,
) -> None:
    _laptop, office, data = setup
    damaged = bytearray(data)
    # One change per position: two flips of the same bit would cancel out.
    for position, value in dict(edits).items():
        damaged[position % len(damaged)] ^= value or 1
    if cut is not None:
        damaged = damaged[: cut % len(damaged)] + noise
    before = full_dump(office)
    with pytest.raises(BundleError):
        service.import_bundle(office, bytes(damaged), BUNDLE_PASSPHRASE)
    assert full_dump(office) == before


@pytest.mark.parametrize(("log2_n", "r"), [(16, 1), (17, 1), (18, 1)])
def test_a_scrypt_cost_the_library_cannot_run_is_damage(log2_n: int, r: int) -> None:
    # Found by the damage test: byte 20 turned N = 2^4 into 2^16 with r = 1, which scrypt
    # refuses (N must be below 2^(16 r)) with a MemoryError that escaped the import.
    from casefile.services.exchange.bundle_common import BundleKdf, check_kdf

    with pytest.raises(BundleDamagedError):
        check_kdf(BundleKdf(log2_n, r, 1))
    check_kdf(BundleKdf(log2_n, 8, 1))  # the same N with the default r is fine

"""PackedIds: the paged lists' ids in one block, behaving as a read-only sequence of str."""

from __future__ import annotations

import uuid

import pytest

from casefile.services.lists.query import PackedIds


def test_uuids_pack_into_one_block_and_read_back_in_order() -> None:
    ids = [str(uuid.uuid4()) for _ in range(10_000)]
    packed = PackedIds.pack(ids)
    assert isinstance(packed, PackedIds)
    assert len(packed) == 10_000
    assert packed[0] == ids[0] and packed[-1] == ids[-1] and packed[4321] == ids[4321]
    assert packed[200:400] == ids[200:400]
    assert packed[9_990:20_000] == ids[9_990:]
    assert packed[::1000] == ids[::1000]
    assert list(packed) == ids
    assert packed == ids and packed == PackedIds.pack(list(ids))
    assert PackedIds.pack(packed) is packed
    with pytest.raises(IndexError):
        packed[10_000]


def test_index_finds_an_id_only_at_an_id_boundary() -> None:
    # "bcab" also occurs across the first two ids ("abca" + "bcab"), one byte in.
    packed = PackedIds.pack(["abca", "bcab", "cccc"])
    assert isinstance(packed, PackedIds)
    assert packed.index("bcab") == 1
    assert packed.index("cccc") == 2
    assert "cabc" not in packed  # only across ids
    assert "bcab" in packed
    with pytest.raises(ValueError):
        packed.index("cabc")
    with pytest.raises(ValueError):
        packed.index("abca", 1)
    with pytest.raises(ValueError):
        packed.index("toolong")


def test_ids_of_mixed_lengths_or_not_ascii_stay_a_list() -> None:
    assert PackedIds.pack(["abc", "abcd"]) == ["abc", "abcd"]
    assert isinstance(PackedIds.pack(["abc", "abcd"]), list)
    assert isinstance(PackedIds.pack(["абв", "где"]), list)
    empty = PackedIds.pack([])
    assert len(empty) == 0 and list(empty) == [] and empty[0:10] == []


def test_parts_pack_as_one_block_or_else_one_list_in_order() -> None:
    ids = [str(uuid.uuid4()) for _ in range(1_000)]
    parts = [ids[n : n + 300] for n in range(0, 1_000, 300)]
    packed = PackedIds.pack_parts(iter(parts))
    assert isinstance(packed, PackedIds) and packed == ids
    assert len(PackedIds.pack_parts([])) == 0
    odd = PackedIds.pack_parts([ids[:2], ["short"], ids[2:4]])
    assert isinstance(odd, list) and odd == [*ids[:2], "short", *ids[2:4]]


def test_canonical_uuids_are_kept_as_sixteen_bytes_and_read_back_as_typed() -> None:
    ids = [str(uuid.uuid4()) for _ in range(1_000)]
    packed = PackedIds.pack(ids)
    assert isinstance(packed, PackedIds)
    assert len(packed._blob) == 16 * len(ids)  # not 36 bytes an id
    assert list(packed) == ids and packed[10:20] == ids[10:20] and packed[-1] == ids[-1]
    assert packed.index(ids[777]) == 777 and ids[5] in packed
    assert ids[5].upper() not in packed and "not an id" not in packed
    parts = PackedIds.pack_parts([ids[:300], ids[300:]])
    assert isinstance(parts, PackedIds) and parts == packed


def test_ids_that_only_look_like_uuids_are_kept_as_typed() -> None:
    upper = [str(uuid.uuid4()).upper() for _ in range(3)]
    spaced = [str(uuid.uuid4())[:-2] + " a" for _ in range(3)]
    dashed = [str(uuid.uuid4()).replace("-", "")[:32] + "-abc" for _ in range(3)]
    for ids in (upper, spaced, dashed):
        packed = PackedIds.pack(ids)
        assert list(packed) == ids and packed.index(ids[2]) == 2
    canonical = [str(uuid.uuid4()) for _ in range(3)]
    mixed = PackedIds.pack_parts([canonical, upper])  # the block cannot hold both forms
    assert list(mixed) == [*canonical, *upper]
    assert list(PackedIds.pack_parts([upper, canonical])) == [*upper, *canonical]


def test_take_packs_the_ids_at_positions_in_their_order() -> None:
    for ids in ([str(uuid.uuid4()) for _ in range(50)], [f"{n:04d}" for n in range(50)]):
        packed = PackedIds.pack(ids)
        assert isinstance(packed, PackedIds)
        taken = packed.take([49, 0, 7, 7])
        assert list(taken) == [ids[49], ids[0], ids[7], ids[7]]
        assert len(packed.take([])) == 0


def test_positions_of_ids_in_or_out_of_a_set_without_decoding() -> None:
    ids = [str(uuid.uuid4()) for _ in range(500)]
    packed = PackedIds.pack(ids)
    assert isinstance(packed, PackedIds)
    wanted = {*ids[::7], ids[3].upper(), "not an id"}
    assert packed.positions(wanted) == [n for n, i in enumerate(ids) if i in wanted]
    assert packed.positions(wanted, inside=False) == [
        n for n, i in enumerate(ids) if i not in wanted
    ]
    short = PackedIds.pack([f"{n:04d}" for n in range(20)])
    assert isinstance(short, PackedIds)
    assert short.positions({"0003", "0019", "x", ids[0]}) == [3, 19]

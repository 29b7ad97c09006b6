"""Fuzzing the CSV import: whatever the bytes, a KnownError and an unchanged vault, or a
complete import; never a bug, never a file outside the vault.

CI runs a bounded number of examples; `make fuzz` (CASEFILE_FUZZ_EXAMPLES=5000) runs more.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from casefile.errors import KnownError
from casefile.services.open_formats.csv_import import ImportKind, plan_import, run_import
from casefile.services.open_formats.csv_reading import MAX_CELL_CHARS
from casefile.services.records.drafts import save_record
from casefile.vault.schema import AuditEntry, Hearing, Person
from casefile.vault.vault import Vault

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("CASEFILE_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

_COLUMNS = [
    "id",
    "full_name",
    "birth_date",
    "sex",
    "roles",
    "notes",
    "name_variants",
    "case",
    "case_id",
    "scheduled_date",
    "scheduled_time",
    "kind",
    "closed_to_public",
    "personal/full_name",
    "personal/roles",
    "personal/roles/journalist",
    "_uuid",
    "_submission_time",
    "_index",
    "ФИО",
    "",
    "full_name",  # twice
]
_FIELDS = [
    "full_name",
    "full_name",
    "birth_date",
    "sex",
    "roles",
    "notes",
    "id",
    "case",
    "scheduled_date",
    "scheduled_time",
    "kind",
    "personal/full_name",
    "_uuid",
    "_index",
]
_CELLS = [
    "Эркин Жумабаев",
    "06.05.2024",
    "2024-05-06",
    "123-2024",
    "10:30",
    "trial_session",
    "",
    " ",
    "Айпери Тажибек кызы",
    "Ёлкина Юлия",
    "31.02.2024",
    "29.02.2023",
    "00.00.0000",
    "2024-13-01",
    "c. 1980",
    "около 2023",
    "2023~",
    "12 апреля 2024 г.",
    "25:61",
    "930",
    "male",
    "Женский",
    "journalist blogger",
    "human rights defender lawyer",
    "hrd",
    "да",
    "ооба",
    "x;y",
    "a\nb",
    "'=cmd|' /C calc'!A0",
    "=1+1",
    "@SUM(A1)",
    '"',
    '""',
    '"quoted, cell"',
    "\ufeff",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "../../etc/passwd",
    "C:\\Windows\\win.ini",
    "6f1c7c4e-0c3d-4b6f-9a8e-2d1f0e9c8b7a",
    "not-a-uuid",
    "x" * 300,
    "z" * 5_000,
    "y" * (MAX_CELL_CHARS + 1),
]
_cell = st.one_of(
    st.sampled_from(_CELLS),
    st.sampled_from(_CELLS),
    st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20),
    st.text(max_size=20),
)


_name = st.text(st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщыэюяңөү -"), min_size=4, max_size=24)
_GOOD: dict[str, st.SearchStrategy[str]] = {
    "full_name": _name,
    "personal/full_name": _name,
    "birth_date": st.sampled_from(["", "1990", "04.1990", "12.04.1990", "c. 1980", "2023~"]),
    "sex": st.sampled_from(["", "male", "female", "Женский", "Unknown"]),
    "roles": st.sampled_from(["", "journalist", "journalist blogger", "Журналист; Блогер"]),
    "case": st.sampled_from(["123-2024", "Дело"]),
    "scheduled_date": st.dates().map(lambda day: day.strftime("%d.%m.%Y")),
    "scheduled_time": st.sampled_from(["", "10:30", "930", "14.00"]),
    "kind": st.sampled_from(["", "trial_session"]),
    "id": st.one_of(st.just(""), st.uuids().map(str)),
}


def _good(column: str) -> st.SearchStrategy[str]:
    return st.one_of(_GOOD.get(column, _cell), _GOOD.get(column, _cell), _cell)


@st.composite
def _csv_bytes(draw: st.DrawFn) -> bytes:
    """A CSV-ish file: a header and rows from the pools above, a delimiter, an encoding, and
    perhaps some bytes changed afterwards."""
    delimiter = draw(st.sampled_from([",", ",", ";", ";", "\t", "|"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    if draw(st.integers(0, 3)):  # mostly a header that maps, so rows get judged and written
        header = draw(st.lists(st.sampled_from(_FIELDS), min_size=1, max_size=6, unique=True))
    else:
        header = draw(st.lists(st.sampled_from(_COLUMNS), min_size=1, max_size=8))
    width = len(header) + draw(st.sampled_from([0, 0, 0, 0, 0, 1, -1]))
    if width == len(header) and draw(st.integers(0, 2)):
        # Mostly good values per column, so that whole imports happen and can be checked.
        row = st.tuples(*(_good(column) for column in header)).map(list)
        rows = draw(st.lists(row, max_size=6))
    else:
        rows = draw(
            st.lists(st.lists(_cell, min_size=max(width, 0), max_size=max(width, 0)), max_size=6)
        )
    if draw(st.booleans()):  # quoted as a spreadsheet writes it
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows([header, *rows])
        text = buffer.getvalue()
    else:  # joined as it comes: stray quotes, ragged rows
        lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
        text = newline.join(lines)
    text += draw(st.sampled_from(["", newline, newline * 3]))
    encoding = draw(
        st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "cp1251", "utf-16", "koi8_r"])
    )
    data = text.encode(encoding, errors="replace")
    # Mutations: a flipped, dropped or added byte.
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2, 3]))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        match draw(st.sampled_from(["flip", "drop", "insert"])):
            case "flip":
                value = data[position] ^ draw(st.integers(1, 255))
                data = data[:position] + bytes([value]) + data[position + 1 :]
            case "drop":
                data = data[:position] + data[position + 1 :]
            case "insert":
                data = data[:position] + draw(st.binary(min_size=1, max_size=4)) + data[position:]
    return data


#: Text of the characters CSV parsing turns on: quotes, delimiters, line ends, BOMs, NULs.
_punctuation = st.text(st.sampled_from(',;\t"\r\n \ufeff\x00a1Я'), max_size=40)

_inputs = st.one_of(
    st.builds(lambda text: text.encode("utf-8", "surrogatepass"), _punctuation),
    _csv_bytes(),
    _csv_bytes(),
    _csv_bytes(),
    _csv_bytes(),
    st.binary(max_size=400),
    st.builds(lambda tail: b"full_name,birth_date,roles\r\n" + tail, st.binary(max_size=200)),
    st.builds(
        lambda count: b"full_name" + b"," * count + b"\r\nA\r\n",
        st.integers(0, 60_000),
    ),
)


def _counts(vault: Vault) -> tuple[int, int, int]:
    with vault.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)) or 0,
            session.scalar(select(func.count()).select_from(Hearing)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def _files(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.fixture
def with_case(vault: Vault) -> str:
    """A case for hearings to name (by its number, "123-2024")."""
    return save_record(vault, "cases", None, {"title": "Дело", "case_numbers": ["123-2024"]})


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current folder: a relative path written anywhere would land here."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@st.composite
def _sound_csv(draw: st.DrawFn) -> tuple[bytes, str, ImportKind]:
    """A well-formed file of mostly valid rows (file, the encoding to read it in, kind), so
    that whole imports happen and their counts can be checked."""
    kind = draw(st.sampled_from(list(ImportKind)))
    if kind is ImportKind.PEOPLE:
        optional = ["birth_date", "sex", "roles", "notes", "id"]
        header = ["full_name", *draw(st.lists(st.sampled_from(optional), unique=True))]
    else:
        optional = ["scheduled_time", "kind", "court", "notes"]
        header = ["case", "scheduled_date", *draw(st.lists(st.sampled_from(optional), unique=True))]
    values = [_GOOD.get(column, _name) for column in header]
    rows = draw(st.lists(st.tuples(*values), min_size=1, max_size=8))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=draw(st.sampled_from([",", ";", "\t"]))).writerows([header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]))
    data = buffer.getvalue().encode(encoding, errors="replace")
    return data, "cp1251" if encoding == "cp1251" else "utf-8", kind


def _check_import(
    vault: Vault,
    vault_path: Path,
    workdir: Path,
    data: bytes,
    kind: ImportKind,
    encoding: str,
    skip_rejected: bool,
) -> None:
    outside = _files(vault_path.parent) - _files(vault_path) - {vault_path.name}
    before = _counts(vault)
    # Anything but a KnownError (BugError, ValueError, AssertionError…) fails the test.
    with contextlib.suppress(KnownError):
        plan_import(vault, kind, data, encoding=encoding)
    assert _counts(vault) == before  # a dry run writes nothing

    try:
        result = run_import(vault, kind, data, encoding=encoding, skip_rejected=skip_rejected)
    except KnownError as error:
        event(f"refused: {type(error).__name__}")
        assert _counts(vault) == before  # refused: nothing half-applied
    else:
        event("imported" if result.created or result.updated else "imported nothing")
        people, hearings, audit = _counts(vault)
        added = people - before[0] if kind is ImportKind.PEOPLE else hearings - before[1]
        assert added == result.created
        assert audit - before[2] == result.created + result.updated
        assert not result.plan.rejected or skip_rejected

    assert not any(workdir.iterdir())
    now_outside = _files(vault_path.parent) - _files(vault_path) - {vault_path.name}
    assert now_outside == outside
    # The vault folder holds only its own files (the WAL and its index come and go).
    allowed = {"vault.db", "vault.db-wal", "vault.db-shm", "vault.keys", "vault.lock"}
    allowed.add("vault.recovery")
    assert {path.name for path in vault_path.iterdir()} <= allowed | {"backups"}


@FUZZ
@given(
    data=_inputs,
    kind=st.sampled_from(list(ImportKind)),
    encoding=st.sampled_from(["utf-8", "utf-8", "utf-8", "cp1251"]),
    skip_rejected=st.booleans(),
)
def test_any_bytes_import_wholly_or_not_at_all(
    vault: Vault,
    vault_path: Path,
    workdir: Path,
    with_case: str,
    data: bytes,
    kind: ImportKind,
    encoding: str,
    skip_rejected: bool,
) -> None:
    _check_import(vault, vault_path, workdir, data, kind, encoding, skip_rejected)


@FUZZ
@given(sound=_sound_csv(), skip_rejected=st.booleans())
def test_sound_files_import_wholly_or_not_at_all(
    vault: Vault,
    vault_path: Path,
    workdir: Path,
    with_case: str,
    sound: tuple[bytes, str, ImportKind],
    skip_rejected: bool,
) -> None:
    data, encoding, kind = sound
    _check_import(vault, vault_path, workdir, data, kind, encoding, skip_rejected)

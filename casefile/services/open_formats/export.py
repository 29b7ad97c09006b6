"""Full export of a vault to open, unencrypted formats: one JSON document, or CSV per table.

Both read every table in one snapshot. Attachments' bytes are written only when asked, as
files beside the JSON or CSV (attachments/ID/NAME, names made by safe_child and
safe_file_name, never taken from a record as they are). Everything is written into a staging
folder inside the chosen one and moved into place at the end, so a failure leaves no
half-made export; every file is readable by its owner only. The formats are described in
docs/open-formats.md.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.errors import KnownError, UnsafePathError
from casefile.services.open_formats.values import (
    FORMAT_NAME,
    FORMAT_VERSION,
    UNENCRYPTED_WARNING,
    table_columns,
    table_of,
    to_csv_text,
    to_json,
)
from casefile.services.records.attachments import attachment_folder_name, verified_chunks
from casefile.vault.atomic import (
    fsync_dir,
    safe_child,
    safe_file_name,
    write_atomic,
    write_error,
)
from casefile.vault.schema import RECORD_CLASSES, Record, VocabularyTerm, utcnow
from casefile.vault.vault import Vault

JSON_FILE_NAME = "casefile-export.json"
ATTACHMENTS_FOLDER = "attachments"
VOCABULARY_FILE_NAME = "vocabulary_terms.csv"
#: CSV files start with a byte-order mark: Excel then reads them as UTF-8 (Cyrillic intact)
#: instead of the Windows code page; LibreOffice and Python's "utf-8-sig" accept it too.
CSV_ENCODING = "utf-8-sig"

type Progress = Callable[[float, str], None]


class ExportTargetError(KnownError):
    """The export folder cannot be used (it holds an earlier export, or is a file)."""

    exit_code = 1


class ExportExistsError(ExportTargetError):
    """The folder holds an earlier export, and replacing it was not allowed."""


@dataclass(frozen=True)
class ExportResult:
    """What was written: files (paths), records per table, and the warning to show."""

    folder: Path
    files: tuple[Path, ...]
    counts: dict[str, int]
    attachment_files: int
    warning: str = UNENCRYPTED_WARNING


@dataclass(frozen=True)
class _Snapshot:
    tables: dict[str, list[dict[str, Any]]]  # table -> rows as {field: stored value}
    vocabulary: list[dict[str, Any]]


def _read_snapshot(vault: Vault, include_trash: bool) -> _Snapshot:
    tables: dict[str, list[dict[str, Any]]] = {}
    with vault.read() as session:
        for cls in RECORD_CLASSES:
            tables[cls.__tablename__] = _rows(session, cls, include_trash)
        vocabulary = [
            dict(row._mapping)
            for row in session.execute(
                select(table_of(VocabularyTerm)).order_by(
                    VocabularyTerm.vocabulary, VocabularyTerm.sort_order, VocabularyTerm.code
                )
            )
        ]
    return _Snapshot(tables, vocabulary)


def _rows(session: Session, cls: type[Record], include_trash: bool) -> list[dict[str, Any]]:
    table = table_of(cls)
    query = select(table).order_by(table.c.created_at, table.c.id)
    if not include_trash:
        query = query.where(table.c.deleted_at.is_(None))
    return [dict(row._mapping) for row in session.execute(query)]


def _check_target(folder: Path, names: list[str], overwrite: bool) -> None:
    """Refuses a folder that is a file, holds an earlier export (unless overwrite), or holds a
    link where the export would write: nothing is made or changed before this passes."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise ExportTargetError("%1 is a file, not a folder. Choose a folder.", folder)
    if not folder.is_dir():
        return
    for name in names:
        target = folder / name
        if target.is_symlink() or (hasattr(target, "is_junction") and target.is_junction()):
            # A planted link would carry the export wherever it points.
            raise UnsafePathError(
                "%1 is a link, and Casefile does not write through links. Remove it or "
                "choose an empty folder. Nothing was written.",
                target,
            )
    existing = [name for name in names if os.path.lexists(folder / name)]
    if existing and not overwrite:
        raise ExportExistsError(
            "%1 already exists; choose an empty folder or allow replacing it. Nothing was written.",
            folder / existing[0],
        )


def _make_folders(folder: Path) -> list[Path]:
    """Makes the folder and its missing parents (owner-only); returns those made, deepest last."""
    missing: list[Path] = []
    current = folder
    while not os.path.lexists(current) and current != current.parent:
        missing.append(current)
        current = current.parent
    made: list[Path] = []
    try:
        for path in reversed(missing):
            path.mkdir(mode=0o700)
            made.append(path)
    except OSError as error:
        _remove_folders(made)
        raise ExportTargetError(
            "%1 could not be made (%2). Choose another place. Nothing was written.",
            folder,
            error.strerror or type(error).__name__,
        ) from None
    return made


def _remove_folders(made: list[Path]) -> None:
    # Deepest first, and only while empty: never anything someone else put there meanwhile.
    for path in reversed(made):
        with contextlib.suppress(OSError):
            path.rmdir()


@contextlib.contextmanager
def _staged(folder: Path, names: list[str], overwrite: bool) -> Iterator[Path]:
    """A new folder inside ``folder`` to write the export into; its top-level ``names`` move
    into ``folder`` only when everything was written.

    On any failure (a damaged page, a full disk, Ctrl-C) the staging folder and any folder
    made for the export are removed, and an earlier export in ``folder`` stays as it was.
    """
    _check_target(folder, names, overwrite)
    made = _make_folders(folder)
    try:
        # Visible, not hidden: should the process be killed, the user sees what to delete.
        staging = safe_child(folder, f"casefile-export-unfinished-{secrets.token_hex(4)}")
        try:
            staging.mkdir(mode=0o700)
        except OSError as error:
            raise write_error(folder, error) from None
    except BaseException:
        _remove_folders(made)
        raise
    try:
        yield staging
        _move_into_place(staging, folder, names)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _remove_folders(made)
        raise
    shutil.rmtree(staging, ignore_errors=True)  # and with it an earlier export's attachments


def _move_into_place(staging: Path, folder: Path, names: list[str]) -> None:
    _check_target(folder, names, overwrite=True)  # no link appeared while it was written
    aside = staging / ".replaced"
    moved: list[str] = []
    replaced: list[str] = []
    try:
        aside.mkdir(mode=0o700)
        for name in names:
            source, target = staging / name, folder / name
            if not os.path.lexists(source):
                continue
            if os.path.lexists(target):
                # Aside first (os.replace cannot put a folder over a folder), so a failure
                # further on can put the earlier export back whole.
                os.replace(target, aside / name)
                replaced.append(name)
            os.replace(source, target)
            moved.append(name)
        fsync_dir(folder)
    except OSError as error:
        # Put back what was already moved, so the folder is as it was before.
        for name in moved:
            with contextlib.suppress(OSError):
                os.replace(folder / name, staging / name)
        for name in replaced:
            with contextlib.suppress(OSError):
                os.replace(aside / name, folder / name)
        raise write_error(folder / (moved[-1] if moved else names[0]), error) from None


def _write_file(staging: Path, folder: Path, name: str, data: bytes) -> None:
    # Errors name the file in the user's folder, not in the staging folder.
    write_atomic(safe_child(staging, name, shown_root=folder), data, shown_as=folder / name)


def _write_attachments(
    vault: Vault,
    folder: Path,
    rows: list[dict[str, Any]],
    progress: Progress | None,
    shown_root: Path,
) -> dict[str, str]:
    """Write each live attachment's bytes into the staging ``folder``; return attachment id ->
    path relative to it. Errors name the place under ``shown_root``, the user's folder.

    Every name on the way is made here from safe parts (the id when it is a canonical UUID,
    the stored name cleaned by safe_file_name), never taken from the record as it is.
    """
    paths: dict[str, str] = {}
    live = [row for row in rows if row["deleted_at"] is None]
    for number, row in enumerate(live, start=1):
        parts = (
            ATTACHMENTS_FOLDER,
            attachment_folder_name(row["id"]),
            safe_file_name(row["file_name"] or row["title"]),
        )
        target = safe_child(folder, *parts, shown_root=shown_root)
        write_atomic(
            target,
            verified_chunks(vault, row["id"], row["size"], row["sha256"]),
            shown_as=shown_root.joinpath(*parts),
        )
        paths[row["id"]] = "/".join(parts)
        if progress is not None:
            progress(number / len(live), "attachments")
    return paths


def export_json(
    vault: Vault,
    folder: Path,
    *,
    include_attachments: bool = False,
    include_trash: bool = False,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the whole vault to FOLDER/casefile-export.json (and attachment files if asked).

    Raises ExportTargetError when FOLDER already holds an export and overwrite is False.
    """
    names = [JSON_FILE_NAME] + ([ATTACHMENTS_FOLDER] if include_attachments else [])
    _check_target(folder, names, overwrite)  # before the long read, and again when writing
    snapshot = _read_snapshot(vault, include_trash)
    vault_id = vault.vault_id
    with _staged(folder, names, overwrite) as staging:
        paths: dict[str, str] = {}
        if include_attachments:
            paths = _write_attachments(
                vault, staging, snapshot.tables["attachments"], progress, folder
            )
        tables = _json_tables(snapshot, paths)
        document = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "exported_at": utcnow().isoformat(),
            "vault_id": vault_id,
            "includes_trash": include_trash,
            "includes_attachment_files": include_attachments,
            "warning": UNENCRYPTED_WARNING,
            "tables": tables,
            "vocabulary_terms": snapshot.vocabulary,
        }
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        _write_file(staging, folder, JSON_FILE_NAME, data)
    files = [folder / JSON_FILE_NAME, *(folder / p for p in paths.values())]
    if progress is not None:
        progress(1.0, "done")
    return ExportResult(
        folder=folder,
        files=tuple(files),
        counts={table: len(rows) for table, rows in tables.items()},
        attachment_files=len(paths),
    )


def _json_tables(snapshot: _Snapshot, paths: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, rows in snapshot.tables.items():
        converted = [{key: to_json(value) for key, value in row.items()} for row in rows]
        if table == "attachments":
            for row in converted:
                row["path"] = paths.get(row["id"])
        tables[table] = converted
    return tables


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    # QUOTE_MINIMAL with \r\n line ends is what Excel writes and expects.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(CSV_ENCODING)


def export_csv(
    vault: Vault,
    folder: Path,
    *,
    include_attachments: bool = False,
    include_trash: bool = False,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write one CSV per table (persons.csv, cases.csv, ...) into FOLDER.

    The header row holds the field names, so persons.csv and hearings.csv import back with
    csv_import without a mapping. Raises ExportTargetError like export_json.
    """
    table_names = [cls.__tablename__ for cls in RECORD_CLASSES]
    names = [f"{table}.csv" for table in table_names] + [VOCABULARY_FILE_NAME]
    if include_attachments:
        names.append(ATTACHMENTS_FOLDER)
    _check_target(folder, names, overwrite)  # before the long read, and again when writing
    snapshot = _read_snapshot(vault, include_trash)
    with _staged(folder, names, overwrite) as staging:
        paths: dict[str, str] = {}
        if include_attachments:
            paths = _write_attachments(
                vault, staging, snapshot.tables["attachments"], progress, folder
            )
        for cls in RECORD_CLASSES:
            table = cls.__tablename__
            header = [column.key for column in table_columns(cls)]
            rows = [[to_csv_text(row[key]) for key in header] for row in snapshot.tables[table]]
            if table == "attachments":
                header.append("path")
                for row, record in zip(rows, snapshot.tables[table], strict=True):
                    row.append(paths.get(record["id"], ""))
            _write_file(staging, folder, f"{table}.csv", _csv_bytes(header, rows))
        vocab_header = [column.key for column in table_columns(VocabularyTerm)]
        vocab_rows = [
            [to_csv_text(row[key]) for key in vocab_header] for row in snapshot.vocabulary
        ]
        _write_file(staging, folder, VOCABULARY_FILE_NAME, _csv_bytes(vocab_header, vocab_rows))
    files = [folder / name for name in names if name != ATTACHMENTS_FOLDER]
    files.extend(folder / p for p in paths.values())
    if progress is not None:
        progress(1.0, "done")
    return ExportResult(
        folder=folder,
        files=tuple(files),
        counts={table: len(rows) for table, rows in snapshot.tables.items()},
        attachment_files=len(paths),
    )

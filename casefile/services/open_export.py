"""Full export of a vault to open, unencrypted formats: one JSON document, or CSV per table.

Both read every table in one snapshot. Attachments' bytes are written only when asked, as
files beside the JSON or CSV (attachments/ID/NAME). Every file is written atomically and
readable by its owner only. The formats are described in docs/open-formats.md.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.domain.models import RECORD_CLASSES, Record, VocabularyTerm, utcnow
from casefile.errors import KnownError
from casefile.services.attachments import read_attachment
from casefile.services.open_formats import (
    FORMAT_NAME,
    FORMAT_VERSION,
    UNENCRYPTED_WARNING,
    atomic_file,
    table_columns,
    table_of,
    to_csv_text,
    to_json,
)
from casefile.vault.atomic import write_atomic
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


def _prepare_folder(folder: Path, names: list[str], overwrite: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise ExportTargetError(f"{folder} is a file, not a folder.")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if overwrite:
        return
    existing = [name for name in names if (folder / name).exists()]
    if existing:
        raise ExportTargetError(
            f"{folder / existing[0]} already exists; choose an empty folder or allow replacing."
        )


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def _safe_file_name(name: str | None) -> str:
    """A file name that stays inside its folder on every system."""
    cleaned = _UNSAFE_NAME.sub("_", (name or "").strip()).strip(" .")
    return cleaned[:150] or "file"


def _write_attachments(
    vault: Vault, folder: Path, rows: list[dict[str, Any]], progress: Progress | None
) -> dict[str, str]:
    """Write each live attachment's bytes; return attachment id -> path relative to folder."""
    paths: dict[str, str] = {}
    live = [row for row in rows if row["deleted_at"] is None]
    for number, row in enumerate(live, start=1):
        relative = f"{ATTACHMENTS_FOLDER}/{row['id']}/{_safe_file_name(row['file_name'])}"
        target = folder / relative
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with atomic_file(target) as stream:
            for chunk in read_attachment(vault, row["id"]):
                stream.write(chunk)
        paths[row["id"]] = relative
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
    _prepare_folder(folder, names, overwrite)
    snapshot = _read_snapshot(vault, include_trash)
    paths: dict[str, str] = {}
    if include_attachments:
        paths = _write_attachments(vault, folder, snapshot.tables["attachments"], progress)
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, rows in snapshot.tables.items():
        converted = [{key: to_json(value) for key, value in row.items()} for row in rows]
        if table == "attachments":
            for row in converted:
                row["path"] = paths.get(row["id"])
        tables[table] = converted
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": utcnow().isoformat(),
        "vault_id": vault.vault_id,
        "includes_trash": include_trash,
        "includes_attachment_files": include_attachments,
        "warning": UNENCRYPTED_WARNING,
        "tables": tables,
        "vocabulary_terms": snapshot.vocabulary,
    }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    target = folder / JSON_FILE_NAME
    write_atomic(target, data)
    files = [target, *(folder / p for p in paths.values())]
    if progress is not None:
        progress(1.0, "done")
    return ExportResult(
        folder=folder,
        files=tuple(files),
        counts={table: len(rows) for table, rows in tables.items()},
        attachment_files=len(paths),
    )


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
    _prepare_folder(folder, names, overwrite)
    snapshot = _read_snapshot(vault, include_trash)
    paths: dict[str, str] = {}
    if include_attachments:
        paths = _write_attachments(vault, folder, snapshot.tables["attachments"], progress)
    files: list[Path] = []
    for cls in RECORD_CLASSES:
        table = cls.__tablename__
        header = [column.key for column in table_columns(cls)]
        rows = [[to_csv_text(row[key]) for key in header] for row in snapshot.tables[table]]
        if table == "attachments":
            header.append("path")
            for row, record in zip(rows, snapshot.tables[table], strict=True):
                row.append(paths.get(record["id"], ""))
        target = folder / f"{table}.csv"
        write_atomic(target, _csv_bytes(header, rows))
        files.append(target)
    vocab_header = [column.key for column in table_columns(VocabularyTerm)]
    vocab_rows = [[to_csv_text(row[key]) for key in vocab_header] for row in snapshot.vocabulary]
    target = folder / VOCABULARY_FILE_NAME
    write_atomic(target, _csv_bytes(vocab_header, vocab_rows))
    files.append(target)
    files.extend(folder / p for p in paths.values())
    if progress is not None:
        progress(1.0, "done")
    return ExportResult(
        folder=folder,
        files=tuple(files),
        counts={table: len(rows) for table, rows in snapshot.tables.items()},
        attachment_files=len(paths),
    )

"""No record content ever reaches the disk in plaintext: database, WAL, key file, backups."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from casefile.vault.schema import Person
from casefile.vault.vault import Vault

SQLITE_MAGIC = b"SQLite format 3"


def needles(*texts: str) -> dict[bytes, str]:
    """Every byte form a text could take on disk: UTF-8, UTF-16 both ways, JSON-escaped, and
    the lower-case form the full-text index stores."""
    found: dict[bytes, str] = {}
    for text in texts:
        for variant in {text, text.lower()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found[variant.encode(encoding)] = f"{variant!r} as {encoding}"
            escaped = json.dumps(variant)[1:-1].encode("ascii")
            found[escaped] = f"{variant!r} JSON-escaped"
    return found


def leaks(root: Path, forms: dict[bytes, str]) -> list[str]:
    hits = []
    for file in sorted(root.rglob("*")):
        if file.is_file():
            data = file.read_bytes()
            hits.extend(
                f"{file.relative_to(root)}: {what}" for n, what in forms.items() if n in data
            )
    return hits


def test_the_scanner_finds_plaintext(tmp_path: Path) -> None:
    # Control: the same scan over an unencrypted SQLite database does find the name.
    name = f"Тестова Уникальная {uuid.uuid4().hex}"
    plain = tmp_path / "plain"
    plain.mkdir()
    conn = sqlite3.connect(plain / "vault.db")
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (name,))
    conn.commit()
    conn.close()
    assert leaks(plain, needles(name))
    assert (plain / "vault.db").read_bytes().startswith(SQLITE_MAGIC)


def test_no_plaintext_on_disk_while_open_and_after_close(vault: Vault) -> None:
    token = f"zqx{uuid.uuid4().hex}"
    name = f"Тестова Уникальная {token}"
    secret_note = f"Адрес: ул. Секретная {token[::-1]}"
    with vault.write() as session:
        session.add(
            Person(
                full_name=name,
                aliases=[name],
                name_variants=[f"Testova Unikalnaya {token}"],
                usual_address=secret_note,
                notes=secret_note,
            )
        )
    backup = vault.backup()
    (vault.paths.root / "usb-stick").mkdir()  # a chosen backup folder must exist
    usb = vault.backup(vault.paths.root / "usb-stick")
    forms = needles(name, token, secret_note, "Тестова", "Уникальная", "Секретная")

    root = vault.paths.root
    wal = root / "vault.db-wal"
    assert wal.is_file() and wal.stat().st_size > 0, "the commit should be in the WAL now"
    for folder in (backup.path, usb.path):
        assert sorted(p.name for p in folder.iterdir()) == [
            "vault.db",
            "vault.keys",
            "vault.recovery",
        ]
    assert leaks(root, forms) == []
    for db in (root / "vault.db", backup.path / "vault.db", usb.path / "vault.db"):
        assert not db.read_bytes().startswith(SQLITE_MAGIC), db
    assert not wal.read_bytes().startswith(SQLITE_MAGIC)

    vault.close()
    assert not wal.exists()
    assert leaks(root, forms) == []
    assert not (root / "vault.db").read_bytes().startswith(SQLITE_MAGIC)

    # And the name really is in there, for whoever has the passphrase.
    reopened = Vault.open(root, "correct horse battery staple for tests only")
    try:
        with reopened.read() as session:
            assert session.query(Person).filter_by(full_name=name).count() == 1
    finally:
        reopened.close()

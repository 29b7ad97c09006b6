"""The recovery key: 32 random bytes (or, in a vault made before key-file format 2, the
database key itself), written in a form people can type."""

from __future__ import annotations

import hashlib
import hmac
from datetime import date
from typing import Final

from casefile.errors import BugError, InvalidRecoveryKeyError

# Crockford base32: no I, L, O or U, so the key cannot contain easily confused letters.
ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUES: Final[dict[str, int]] = {ch: i for i, ch in enumerate(ALPHABET)}
# Crockford's reading rules: letters that look like digits are read as those digits.
_ALIASES: Final[dict[str, str]] = {"O": "0", "I": "1", "L": "1"}
_IGNORED: Final = frozenset(" -\t\r\n")

KEY_BYTES: Final = 32
CHECKSUM_BYTES: Final = 2
_CHECKSUM_DOMAIN: Final = b"casefile-recovery"
GROUP_SIZE: Final = 5
# 34 bytes = 272 bits, written 5 bits per character: 55 characters, the last 3 bits zero.
KEY_CHARS: Final = -(-(KEY_BYTES + CHECKSUM_BYTES) * 8 // 5)

INVALID_MESSAGE: Final = "The recovery key is not valid. Check it for typing mistakes."


def _checksum(db_key: bytes) -> bytes:
    # Domain-separated, so the checksum says nothing reusable about the key elsewhere.
    return hashlib.sha256(_CHECKSUM_DOMAIN + db_key).digest()[:CHECKSUM_BYTES]


def _encode(data: bytes) -> str:
    bits = len(data) * 8
    chars = -(-bits // 5)
    # Pad on the right so the last character carries the final bits followed by zeros.
    number = int.from_bytes(data, "big") << (chars * 5 - bits)
    return "".join(ALPHABET[(number >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def format_recovery_key(db_key: bytes) -> str:
    """The recovery key for ``db_key``: 55 characters in groups of 5, e.g. ``ABCDE-12345-...``."""
    if len(db_key) != KEY_BYTES:
        raise BugError(f"database key must be {KEY_BYTES} bytes, got {len(db_key)}")
    text = _encode(db_key + _checksum(db_key))
    return "-".join(text[i : i + GROUP_SIZE] for i in range(0, len(text), GROUP_SIZE))


def parse_recovery_key(text: str) -> bytes:
    """The database key from a typed recovery key; forgiving about case, spaces and dashes."""
    chars: list[int] = []
    for ch in text.upper():
        if ch in _IGNORED:
            continue
        value = _VALUES.get(_ALIASES.get(ch, ch))
        if value is None:
            raise InvalidRecoveryKeyError(INVALID_MESSAGE)
        chars.append(value)
    if len(chars) != KEY_CHARS:
        raise InvalidRecoveryKeyError(INVALID_MESSAGE)
    number = 0
    for value in chars:
        number = (number << 5) | value
    padding = KEY_CHARS * 5 - (KEY_BYTES + CHECKSUM_BYTES) * 8
    # Non-zero padding bits can only come from a mistyped last character.
    if number & ((1 << padding) - 1):
        raise InvalidRecoveryKeyError(INVALID_MESSAGE)
    data = (number >> padding).to_bytes(KEY_BYTES + CHECKSUM_BYTES, "big")
    db_key, checksum = data[:KEY_BYTES], data[KEY_BYTES:]
    if not hmac.compare_digest(checksum, _checksum(db_key)):
        raise InvalidRecoveryKeyError(INVALID_MESSAGE)
    return db_key


def recovery_sheet_text(
    vault_name: str, recovery_key: str, created: date, vault_id: str = ""
) -> str:
    """A printable plain-text sheet holding the recovery key and how to use it."""
    rule = "=" * 68
    return f"""{rule}
CASEFILE RECOVERY KEY
{rule}

Vault:    {vault_name}
Vault id: {vault_id or "(see casefile info)"}
Created:  {created.isoformat()}

Recovery key:

    {recovery_key}

WHAT THIS IS
This key opens the vault named above without its passphrase. Use it if
the passphrase is forgotten, or if the vault's key file ("vault.keys")
is missing or damaged, for example after an emergency erase.

Anyone who has this sheet and a copy of the vault can read every case
in it. Treat it like the vault itself.

WHERE TO KEEP IT
- Keep it away from the laptop or computer that holds the vault, for
  example locked up at the head office or with a trusted colleague.
- Do not photograph it, scan it, email it or store it on any computer
  or phone.
- Do not write the passphrase on this sheet.
- If this sheet is lost or may have been seen by someone else, tell
  the person responsible for security in your organisation at once.

HOW TO USE IT
1. On a computer with Casefile installed and a copy of the vault, run:

       casefile recover --vault PATH

   where PATH is the vault's folder.
2. Type the recovery key when asked. Capital or small letters, spaces
   and dashes do not matter; the letter O is read as zero, I and L as
   one. Casefile checks the key and tells you if it was mistyped.
3. Choose a new passphrase when asked.

This sheet contains no case information.
{rule}
"""

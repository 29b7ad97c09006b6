"""What every id, reference, device and clock in a bundle must look like before it is used.

A partner's laptop can be seized or turned, so a bundle is hostile input even under a valid
signature: an id becomes a database key (and, carelessly, a file name), a clock becomes this
vault's clock. Anything off refuses the whole bundle before a single row is written.
"""

from __future__ import annotations

import re
import time
from typing import Any

from casefile.services.exchange.errors import BundleDamagedError, BundleError

#: How far ahead of this laptop's wall clock (or its own clock, if that is further) a
#: partner's clock may be. A laptop's date can be a little off; a clock beyond this is either
#: a wrong date on the sender or an attempt to push this vault's clock out of range.
CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000
#: No legitimate clock comes near SQLite's 64-bit integer limit (milliseconds since 1970).
CLOCK_CEILING = 2**53
#: Devices named in one version vector: an office has dozens, not thousands.
MAX_VECTOR_DEVICES = 10_000

_DEVICE = re.compile(r"[0-9a-f]{32}")
_RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

INVALID_IDS = (
    "This bundle contains record ids or references that are not valid ids. It may have been "
    "altered by its sender. Nothing was imported; ask the sender for a new bundle, and tell "
    "the person who looks after your laptops."
)


class BundleClockError(BundleError):
    """The bundle's clocks are far ahead of this laptop's: refused, nothing imported."""


def is_record_id(value: Any) -> bool:
    """True for a UUID in its canonical form (lower-case, with hyphens), as Casefile writes:
    what str(uuid.UUID(value)) == value says, without making a UUID of every id."""
    return type(value) is str and _RECORD_ID.fullmatch(value) is not None


def require_record_id(value: Any) -> str:
    if not is_record_id(value):
        raise BundleDamagedError(INVALID_IDS)
    return str(value)


def is_device_id(value: Any) -> bool:
    return type(value) is str and _DEVICE.fullmatch(value) is not None


def clock_limit(local_clock: int) -> int:
    """The largest clock a bundle may carry into this vault now."""
    return min(max(local_clock, time.time_ns() // 1_000_000) + CLOCK_AHEAD_MS, CLOCK_CEILING)


def require_clock_within(highest: int, local_clock: int) -> None:
    """Refuses a bundle whose largest clock is beyond clock_limit."""
    if highest > clock_limit(local_clock):
        raise BundleClockError(
            "This bundle carries dates far in the future, so it was refused and nothing was "
            "imported. Check the date and time on the laptop that made it, then ask for a new "
            "bundle. If the date there is right, the bundle may have been altered."
        )

"""Acknowledgements (docs/bundle-format.md, "Acknowledgements"): every bundle tells its
recipients the largest clock of a bundle it applied from each of them, so a sender knows
what each partner holds, prunes what all have, and resends from there what one never got.

The manifest key is "acks": {device id: clock}. Readers that do not know it ignore it (it
needs no new manifest version)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from casefile.services.exchange.checks import is_device_id
from casefile.vault.schema import Partner

ACKS_KEY = "acks"
#: Clocks are below 2^53 (checks.py); an acknowledgement beyond is not one.
_MAX_CLOCK = 1 << 53


def acks_for(session: Session, recipients: Iterable[str]) -> dict[str, int]:
    """What to tell these recipients: the largest clock applied from each."""
    acks: dict[str, int] = {}
    for device_id in recipients:
        row = session.get(Partner, device_id)
        if row is not None and row.received_seq:
            acks[device_id] = row.received_seq
    return acks


def note_told(session: Session, acks: dict[str, int]) -> None:
    """After a bundle carrying `acks` was delivered."""
    for device_id, clock in acks.items():
        row = session.get(Partner, device_id)
        if row is not None:
            row.told_seq = max(row.told_seq, clock)


def carries_changes(manifest: dict[str, Any]) -> bool:
    return bool(manifest.get("records") or manifest.get("tombstones"))


def note_received(session: Session, own_device: str, manifest: dict[str, Any]) -> None:
    """In the import's transaction: what the sender now holds of ours, and what we now owe
    it an acknowledgement for. A bundle with no changes (only acknowledgements) is not
    acknowledged in turn, or two laptops would answer each other for ever."""
    partner = session.get(Partner, manifest.get("sender"))
    clock = manifest.get("clock")
    if partner is None or type(clock) is not int or not 0 <= clock < _MAX_CLOCK:
        return
    owed = partner.received_seq > partner.told_seq
    partner.received_seq = max(partner.received_seq, clock)
    if not carries_changes(manifest) and not owed:
        partner.told_seq = partner.received_seq
    acks = manifest.get(ACKS_KEY)
    if not isinstance(acks, dict):
        return
    ack = acks.get(own_device)
    if type(ack) is int and 0 <= ack < _MAX_CLOCK and is_device_id(own_device):
        # A partner cannot acknowledge more than it was sent.
        partner.acked_seq = max(partner.acked_seq, min(ack, partner.last_sent_seq))

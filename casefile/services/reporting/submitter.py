"""The submitter block that UN documents end with (WGAD section VI): stored in the vault."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from casefile.reports.data import Submitter
from casefile.vault.field_versions import stamp_fields
from casefile.vault.schema import Setting
from casefile.vault.vault import Vault

SUBMITTER_SETTING = "submitter"
SUBMITTER_FIELDS = ("name", "organisation", "postal_address", "email", "phone")


def submitter_in(session: Session) -> Submitter | None:
    """The submitter as the reports print it; older spellings of the keys are accepted."""
    row = session.get(Setting, SUBMITTER_SETTING)
    value: Any = None if row is None else row.value
    if not isinstance(value, dict):
        return None

    def pick(*keys: str) -> str | None:
        for key in keys:
            text = value.get(key)
            if isinstance(text, str) and text.strip():
                return text.strip()
        return None

    return Submitter(
        name=pick("name"),
        organisation=pick("organisation", "organization"),
        postal_address=pick("postal_address", "postal address", "address"),
        email=pick("email", "e-mail"),
        phone=pick("phone", "telephone"),
    )


def submitter_details(vault: Vault) -> dict[str, str]:
    """The submitter block (WGAD section VI) as stored in the vault; empty strings if unset."""
    value = vault.setting(SUBMITTER_SETTING)
    stored = value if isinstance(value, dict) else {}
    return {key: str(stored.get(key) or "") for key in SUBMITTER_FIELDS}


def set_submitter_details(vault: Vault, details: Mapping[str, str]) -> None:
    """Stores the submitter block in the vault (it names people: never in plain settings)."""
    value = {key: (details.get(key) or "").strip() for key in SUBMITTER_FIELDS}
    with vault.write(reason="submitter details for reports") as session:
        session.merge(Setting(key=SUBMITTER_SETTING, value=value))
        # Organisation data: it travels in bundles (services/exchange/shared.py) by version.
        stamp_fields(session, Setting.__tablename__, SUBMITTER_SETTING, ["value"])

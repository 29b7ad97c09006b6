"""What travels in a bundle besides records: user-added vocabulary terms and the
organisation's settings (the report submitter block). Per-device things never travel.

Both are small, so every bundle carries all of them (manifest keys "terms" and "settings",
docs/bundle-format.md). Each has one version (clock, device), kept as a field-version row
under a table name that is not a record table ("vocabulary_terms", "settings"); the larger
version wins on both sides, so vaults converge, and a value replaced by an import is kept in
the audit history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefile.domain.enums import AuditAction
from casefile.services.exchange.bundle_format import DAMAGED
from casefile.services.exchange.errors import BundleDamagedError
from casefile.services.records.vocabularies import TERM_VERSION_FIELD, term_record_id
from casefile.vault.field_versions import write_versions
from casefile.vault.schema import AuditEntry, FieldVersion, Setting, VocabularyTerm, utcnow

TERMS_TABLE = VocabularyTerm.__tablename__
SETTINGS_TABLE = Setting.__tablename__
_TERM_FIELD = TERM_VERSION_FIELD
#: The field name of a setting's version (reporting.set_submitter_details stamps it).
SETTING_VERSION_FIELD = "value"
_SETTING_FIELD = SETTING_VERSION_FIELD
#: Organisation data that travels: the report submitter block (reporting.SUBMITTER_SETTING).
#: Device keys, partners, trust, the interface language, backup and index settings, the vault's
#: own id never do.
TRAVELLING_SETTINGS = ("submitter",)
_LABELS = ("label_en", "label_ru", "label_ky", "sort_order")

type Dot = tuple[int, str]


@dataclass
class SharedPlan:
    """Terms and settings to write, with what the preview shows for them."""

    terms: list[dict[str, Any]] = field(default_factory=list)
    settings: list[dict[str, Any]] = field(default_factory=list)
    #: (table, id, label) of new terms, and of changed terms and settings.
    new: list[tuple[str, str, str]] = field(default_factory=list)
    updated: list[tuple[str, str, str]] = field(default_factory=list)
    max_clock: int = 0


def _versions(session: Session, table: str) -> dict[str, tuple[int, str, dict[str, int]]]:
    rows = session.execute(
        select(
            FieldVersion.record_id, FieldVersion.clock, FieldVersion.device_id, FieldVersion.seen
        ).where(FieldVersion.record_table == table)
    )
    return {str(rid): (int(clock), str(device), dict(seen)) for rid, clock, device, seen in rows}


def collect_shared(session: Session) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every user-added term and travelling setting, with its version, for the manifest."""
    versions = _versions(session, TERMS_TABLE)
    terms = []
    for term in session.scalars(
        select(VocabularyTerm)
        .where(VocabularyTerm.builtin.is_(False))
        .order_by(VocabularyTerm.vocabulary, VocabularyTerm.code)
    ):
        clock, device, seen = versions.get(term_record_id(term.vocabulary, term.code), (0, "", {}))
        terms.append(
            {
                "vocabulary": term.vocabulary,
                "code": term.code,
                "en": term.label_en,
                "ru": term.label_ru,
                "ky": term.label_ky,
                "order": term.sort_order,
                "v": [clock, device, seen],
            }
        )
    versions = _versions(session, SETTINGS_TABLE)
    settings = []
    for row in session.scalars(select(Setting).where(Setting.key.in_(TRAVELLING_SETTINGS))):
        clock, device, seen = versions.get(row.key, (0, "", {}))
        settings.append({"key": row.key, "value": row.value, "v": [clock, device, seen]})
    return terms, settings


def _require(condition: bool) -> None:
    if not condition:
        raise BundleDamagedError(DAMAGED)


def _version(raw: Any) -> tuple[int, str, dict[str, int]]:
    _require(isinstance(raw, list) and len(raw) == 3)
    clock, device, seen = raw
    _require(isinstance(clock, int) and clock >= 0 and isinstance(device, str))
    _require(
        isinstance(seen, dict)
        and all(isinstance(d, str) and type(c) is int for d, c in seen.items())
    )
    return clock, device, seen


def _text(value: Any, *, optional: bool = False) -> str | None:
    if optional and value is None:
        return None
    _require(isinstance(value, str) and 0 < len(value) <= 200)
    return str(value)


def _wins(incoming: Dot, value: Any, local: Dot, old: Any) -> bool:
    """The larger version wins; equal versions (terms and settings from before versions
    existed) fall back to the larger value, so both sides still pick the same. False for the
    same version and value: nothing to do."""
    return (incoming, _canonical(value)) > (local, _canonical(old))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def plan_shared(session: Session, manifest: dict[str, Any]) -> SharedPlan:
    """Works out which incoming terms and settings replace or join ours."""
    plan = SharedPlan()
    raw_terms = manifest.get("terms", [])
    raw_settings = manifest.get("settings", [])
    _require(isinstance(raw_terms, list) and isinstance(raw_settings, list))
    if raw_terms:
        local_terms = {(t.vocabulary, t.code): t for t in session.scalars(select(VocabularyTerm))}
        seeded = {vocabulary for vocabulary, _code in local_terms}
        versions = _versions(session, TERMS_TABLE)
        for raw in raw_terms:
            _require(isinstance(raw, dict))
            vocabulary, code = _text(raw.get("vocabulary")), _text(raw.get("code"))
            assert vocabulary is not None and code is not None
            values = {
                "label_en": _text(raw.get("en")),
                "label_ru": _text(raw.get("ru")),
                "label_ky": _text(raw.get("ky"), optional=True),
                "sort_order": raw.get("order"),
            }
            _require(isinstance(values["sort_order"], int))
            clock, device, seen = _version(raw.get("v"))
            plan.max_clock = max(plan.max_clock, clock, *seen.values(), 0)
            local = local_terms.get((vocabulary, code))
            if local is None and vocabulary not in seeded:
                continue  # only the seeded lists take terms
            if local is not None and local.builtin:
                continue  # a seeded term is never relabelled
            record_id = term_record_id(vocabulary, code)
            old = None if local is None else {name: getattr(local, name) for name in _LABELS}
            if old is not None and not _wins(
                (clock, device), values, versions.get(record_id, (0, "", {}))[:2], old
            ):
                continue
            plan.terms.append(
                {
                    "vocabulary": vocabulary,
                    "code": code,
                    "values": values,
                    "old": old,
                    "version": (clock, device, seen),
                }
            )
            label = f"{vocabulary.replace('_', ' ')}: {values['label_en']}"
            if old is None:
                plan.new.append((TERMS_TABLE, record_id, label))
            elif old != values:
                plan.updated.append((TERMS_TABLE, record_id, label))
    if raw_settings:
        versions = _versions(session, SETTINGS_TABLE)
        local_settings = {
            row.key: row.value
            for row in session.scalars(select(Setting).where(Setting.key.in_(TRAVELLING_SETTINGS)))
        }
        for raw in raw_settings:
            _require(isinstance(raw, dict) and isinstance(raw.get("key"), str))
            key, value = str(raw["key"]), raw.get("value")
            clock, device, seen = _version(raw.get("v"))
            plan.max_clock = max(plan.max_clock, clock, *seen.values(), 0)
            if key not in TRAVELLING_SETTINGS:
                continue  # only organisation data is taken from a partner
            old = local_settings.get(key)
            if key in local_settings and not _wins(
                (clock, device), value, versions.get(key, (0, "", {}))[:2], old
            ):
                continue
            plan.settings.append(
                {"key": key, "value": value, "old": old, "version": (clock, device, seen)}
            )
            if old != value:
                plan.updated.append((SETTINGS_TABLE, key, key))
    return plan


def apply_shared(session: Session, plan: SharedPlan, seq: int) -> None:
    """Writes the plan's terms and settings, their versions, and audit entries for changes."""
    actor = str(session.info.get("actor", ""))
    reason = session.info.get("reason")
    now = utcnow()
    versions: list[dict[str, Any]] = []
    for item in plan.terms:
        record_id = term_record_id(item["vocabulary"], item["code"])
        values, old = item["values"], item["old"]
        session.merge(
            VocabularyTerm(
                vocabulary=item["vocabulary"], code=item["code"], builtin=False, **values
            )
        )
        if old != values:
            changes = {
                name: [None if old is None else old[name], values[name]]
                for name in _LABELS
                if old is None or old[name] != values[name]
            }
            if old is None:
                changes = {"vocabulary": [None, item["vocabulary"]], "code": [None, item["code"]]}
                changes |= {name: [None, values[name]] for name in _LABELS}
            session.add(
                AuditEntry(
                    at=now,
                    actor=actor,
                    action=(AuditAction.CREATE if old is None else AuditAction.UPDATE).value,
                    record_table=TERMS_TABLE,
                    record_id=record_id,
                    changes=changes,
                    reason=reason,
                )
            )
        versions.append(_version_row(TERMS_TABLE, record_id, _TERM_FIELD, item["version"], seq))
    for item in plan.settings:
        session.merge(Setting(key=item["key"], value=item["value"]))
        if item["old"] != item["value"]:
            session.add(
                AuditEntry(
                    at=now,
                    actor=actor,
                    action=AuditAction.UPDATE.value,
                    record_table=SETTINGS_TABLE,
                    record_id=item["key"],
                    changes={"value": [item["old"], item["value"]]},
                    reason=reason,
                )
            )
        versions.append(
            _version_row(SETTINGS_TABLE, item["key"], _SETTING_FIELD, item["version"], seq)
        )
    write_versions(session, [row for row in versions if row["clock"] > 0])


def _version_row(
    table: str, record_id: str, name: str, version: tuple[int, str, dict[str, int]], seq: int
) -> dict[str, Any]:
    clock, device, seen = version
    return {
        "record_table": table,
        "record_id": record_id,
        "field": name,
        "clock": clock,
        "device_id": device,
        "seen": seen,
        "seq": seq,
    }

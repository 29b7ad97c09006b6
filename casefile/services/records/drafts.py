"""Create and edit records from drafts (field -> value dicts), with validation a user can read.

A draft holds only the fields the user touched; ``save_record`` merges it with the stored record
(or the column defaults for a new one), checks the whole result and writes it in one unit of
work. Field kinds, labels and vocabularies come from ``fields_of`` so forms can be generic.

Values a form may send, by kind: text -> str; partial_date -> PartialDate, date or text the user
typed ("12.04.2024", "April 2024", "c. 2023"); date -> date or text with a full day;
time -> time or "10:30"; flag -> bool or None; list/choices -> list of str (or one str with one
item per line); choice/reference -> code or record id. Blank text means "no value".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Text, Time, func, inspect, select
from sqlalchemy.orm import Session

from casefile.domain import enums
from casefile.domain.dates import PartialDate, Precision, check_not_before
from casefile.errors import BugError, Message, RecordNotFoundError, ValidationError, message
from casefile.vault.schema import (
    RECORD_BY_TABLE,
    CaseParticipant,
    PartialDateType,
    Record,
    VocabularyTerm,
    new_id,
)
from casefile.vault.vault import Vault

#: Tables save_record accepts. Attachments only for their title and file name: they are
#: added with services.records.attachments.add_attachment, which reads the file in.
EDITABLE_TABLES: tuple[str, ...] = (
    "persons",
    "consents",
    "organisations",
    "person_organisations",
    "cases",
    "case_participants",
    "charges",
    "detention_events",
    "hearings",
    "ill_treatment_reports",
    "interventions",
    "sources",
    "source_links",
    "attachments",
)

# Set only by dedicated services (hearings.postpone_hearing), never by a form.
_SYSTEM_FIELDS = frozenset(
    {("hearings", "postponed_to_id")}
    | {
        ("attachments", name)
        for name in ("record_table", "record_id", "media_type", "size", "sha256")
    }
)


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    PARTIAL_DATE = "partial_date"
    DATE = "date"
    TIME = "time"
    FLAG = "flag"
    LIST = "list"  # free-text items
    CHOICE = "choice"  # one vocabulary code
    CHOICES = "choices"  # several vocabulary codes
    REFERENCE = "reference"  # id of a record in FieldInfo.references


@dataclass(frozen=True)
class FieldInfo:
    """What a form needs to show and check one field."""

    name: str
    label: str
    kind: FieldKind
    required: bool
    nullable: bool
    vocabulary: str | None  # for CHOICE/CHOICES: a name for vocabulary()
    references: str | None  # for REFERENCE: the table referred to
    max_length: int | None


# -- vocabularies ---------------------------------------------------------------------------

#: (table, field) -> vocabulary name.
VOCABULARY_OF: dict[tuple[str, str], str] = {
    ("persons", "sex"): "sex",
    ("persons", "roles"): "person_role",
    ("persons", "risk_level"): "risk_level",
    ("organisations", "kind"): "organisation_kind",
    ("consents", "name_usage"): "name_usage",
    ("cases", "status"): "case_status",
    ("case_participants", "role"): "case_role",
    ("charges", "status"): "charge_status",
    ("detention_events", "type"): "detention_type",
    ("hearings", "kind"): "hearing_kind",
    ("hearings", "outcome"): "hearing_outcome",
    ("ill_treatment_reports", "methods"): "ill_treatment_method",
    ("interventions", "recipient"): "recipient",
}

# Fixed vocabularies (StrEnums with meaning in the rules): code -> (English, Russian).
# The user-extensible ones (detention_type, hearing_kind, recipient, ill_treatment_method)
# live in the vault's vocabulary_terms table with Kyrgyz labels too.
_FIXED: dict[str, tuple[type[StrEnum], dict[str, tuple[str, str]]]] = {
    "sex": (
        enums.Sex,
        {
            "female": ("Female", "Женский"),
            "male": ("Male", "Мужской"),
            "other": ("Other", "Другой"),
            "unknown": ("Unknown", "Неизвестно"),
        },
    ),
    "person_role": (
        enums.PersonRole,
        {
            "human_rights_defender": ("Human rights defender", "Правозащитник"),
            "journalist": ("Journalist", "Журналист"),
            "blogger": ("Blogger", "Блогер"),
            "lawyer": ("Lawyer", "Адвокат"),
            "activist": ("Activist", "Активист"),
            "relative": ("Relative", "Родственник"),
            "witness": ("Witness", "Свидетель"),
        },
    ),
    "risk_level": (
        enums.RiskLevel,
        {
            "low": ("Low", "Низкий"),
            "medium": ("Medium", "Средний"),
            "high": ("High", "Высокий"),
            "critical": ("Critical", "Критический"),
        },
    ),
    "organisation_kind": (
        enums.OrganisationKind,
        {
            "ngo": ("NGO", "НКО"),
            "media_outlet": ("Media outlet", "СМИ"),
            "court": ("Court", "Суд"),
            "detention_facility": ("Detention facility", "Место содержания"),
            "state_body": ("State body", "Государственный орган"),
        },
    ),
    "name_usage": (
        enums.NameUsage,
        {
            "full_name": ("Full name", "Полное имя"),
            "initials": ("Initials only", "Только инициалы"),
        },
    ),
    "case_status": (
        enums.CaseStatus,
        {
            "investigation": ("Investigation", "Следствие"),
            "trial": ("Trial", "Суд"),
            "appeal": ("Appeal", "Апелляция"),
            "closed": ("Closed", "Закрыто"),
        },
    ),
    "case_role": (
        enums.CaseRole,
        {
            "defendant": ("Defendant", "Обвиняемый"),
            "victim": ("Victim", "Потерпевший"),
            "lawyer": ("Lawyer", "Адвокат"),
            "witness": ("Witness", "Свидетель"),
            "judge": ("Judge", "Судья"),
            "prosecutor": ("Prosecutor", "Прокурор"),
        },
    ),
    "charge_status": (
        enums.ChargeStatus,
        {
            "pending": ("Pending", "Не рассмотрено"),
            "dropped": ("Dropped", "Снято"),
            "acquitted": ("Acquitted", "Оправдан"),
            "convicted": ("Convicted", "Осуждён"),
        },
    ),
    "hearing_outcome": (
        enums.HearingOutcome,
        {
            "held": ("Held", "Состоялось"),
            "postponed": ("Postponed", "Отложено"),
            "verdict": ("Verdict", "Приговор"),
            "detention_extended": ("Detention extended", "Мера пресечения продлена"),
        },
    ),
}

#: Vocabulary names with a fixed list of codes (the rest are in the vault's table).
FIXED_VOCABULARIES: frozenset[str] = frozenset(_FIXED)

# Kyrgyz labels of the fixed vocabularies, by (vocabulary, code).
_FIXED_KY: dict[tuple[str, str], str] = {
    ("sex", "female"): "Аял",
    ("sex", "male"): "Эркек",
    ("sex", "other"): "Башка",
    ("sex", "unknown"): "Белгисиз",
    ("person_role", "human_rights_defender"): "Укук коргоочу",
    ("person_role", "journalist"): "Журналист",
    ("person_role", "blogger"): "Блогер",
    ("person_role", "lawyer"): "Адвокат",
    ("person_role", "activist"): "Активист",
    ("person_role", "relative"): "Тууган",
    ("person_role", "witness"): "Күбө",
    ("risk_level", "low"): "Төмөн",
    ("risk_level", "medium"): "Орточо",
    ("risk_level", "high"): "Жогору",
    ("risk_level", "critical"): "Өтө жогору",
    ("organisation_kind", "ngo"): "КЭУ",
    ("organisation_kind", "media_outlet"): "ЖМК",
    ("organisation_kind", "court"): "Сот",
    ("organisation_kind", "detention_facility"): "Кармоо жайы",
    ("organisation_kind", "state_body"): "Мамлекеттик орган",
    ("name_usage", "full_name"): "Толук аты-жөнү",
    ("name_usage", "initials"): "Баш тамгалар гана",
    ("case_status", "investigation"): "Тергөө",
    ("case_status", "trial"): "Сот",
    ("case_status", "appeal"): "Апелляция",
    ("case_status", "closed"): "Жабылган",
    ("case_role", "defendant"): "Айыпталуучу",
    ("case_role", "victim"): "Жабырлануучу",
    ("case_role", "lawyer"): "Адвокат",
    ("case_role", "witness"): "Күбө",
    ("case_role", "judge"): "Судья",
    ("case_role", "prosecutor"): "Прокурор",
    ("charge_status", "pending"): "Каралган эмес",
    ("charge_status", "dropped"): "Алынып салынган",
    ("charge_status", "acquitted"): "Акталган",
    ("charge_status", "convicted"): "Соттолгон",
    ("hearing_outcome", "held"): "Өткөрүлдү",
    ("hearing_outcome", "postponed"): "Жылдырылды",
    ("hearing_outcome", "verdict"): "Өкүм",
    ("hearing_outcome", "detention_extended"): "Камак мөөнөтү узартылды",
}


def _label_column(lang: str) -> str:
    return lang.replace("-", "_").split("_")[0].lower()


def vocabulary_in(session: Session, name: str, lang: str = "en") -> list[tuple[str, str]]:
    """(code, label) pairs of a vocabulary in display order, inside an open session."""
    base = _label_column(lang)
    if name in _FIXED:
        _enum, labels = _FIXED[name]
        if base == "ky":
            return [(code, _FIXED_KY.get((name, code), ru)) for code, (_en, ru) in labels.items()]
        return [(code, ru if base == "ru" else en) for code, (en, ru) in labels.items()]
    rows = session.execute(
        select(
            VocabularyTerm.code,
            VocabularyTerm.label_en,
            VocabularyTerm.label_ru,
            VocabularyTerm.label_ky,
        )
        .where(VocabularyTerm.vocabulary == name)
        .order_by(VocabularyTerm.sort_order, VocabularyTerm.code)
    ).all()
    result: list[tuple[str, str]] = []
    for code, en, ru, ky in rows:
        # Kyrgyz falls back to Russian, which Kyrgyz readers know better than English.
        label = (ky or ru) if base == "ky" else ru if base == "ru" else en
        result.append((code, label or en))
    return result


def vocabulary(vault: Vault, name: str, lang: str = "en") -> list[tuple[str, str]]:
    """(code, label) pairs for a picker. Unknown user vocabularies give an empty list.

    Labels are in English, Russian ("ru") or Kyrgyz ("ky"; a user-added term without a Kyrgyz
    label falls back to Russian).
    """
    with vault.read() as session:
        return vocabulary_in(session, name, lang)


def _known_codes(session: Session, name: str) -> set[str]:
    if name in _FIXED:
        return {member.value for member in _FIXED[name][0]}
    return set(
        session.scalars(select(VocabularyTerm.code).where(VocabularyTerm.vocabulary == name))
    )


# -- field descriptions ---------------------------------------------------------------------

_LABELS: dict[str, str] = {
    "full_name": "Full name",
    "name_variants": "Other spellings of the name",
    "birth_date": "Date of birth",
    "id_document_type": "ID document type",
    "id_document_number": "ID document number",
    "id_document_issued_by": "ID document issued by",
    "id_document_issued_on": "ID document issued on",
    "roles": "Roles",
    "usual_address": "Usual address",
    "contact_details": "Contact details",
    "risk_level": "Risk level",
    "share_with_un": "May be shared with the UN",
    "share_with_embassies": "May be shared with embassies",
    "share_publicly": "May be made public",
    "name_usage": "Name in documents sent out",
    "informed_state_contacted": "Informed that state bodies may be contacted",
    "given_on": "Consent given on",
    "how_obtained": "How consent was obtained",
    "withdrawn_on": "Consent withdrawn on",
    "case_numbers": "Case numbers",
    "code": "Code (law)",
    "brought_on": "Charged on",
    "type": "Type",
    "start": "Start",
    "start_time": "Start time",
    "end": "End",
    "term_until": "Detention term ends",
    "place": "Place",
    "forces": "Arrested or held by",
    "ordering_authority": "Ordered by",
    "warrant_shown": "Warrant shown",
    "reasons_given": "Reasons given",
    "legal_basis": "Legal basis",
    "scheduled_date": "Date",
    "scheduled_time": "Time",
    "closed_to_public": "Closed to the public",
    "defendant_present": "Defendant present",
    "lawyer_present": "Lawyer present",
    "monitors_present": "Monitors present",
    "postponement_reason": "Reason for postponement",
    "victim_id": "Victim",
    "incident_date": "Date of the incident",
    "perpetrator_unit": "Perpetrators' unit",
    "perpetrator_rank": "Perpetrators' rank",
    "medical_exam_date": "Date of the medical examination",
    "medical_examiner": "Medical examiner",
    "medical_findings": "Medical findings",
    "reported_to": "Reported to",
    "reported_on": "Reported on",
    "official_response": "Official response",
    "response_on": "Response received on",
    "source_id": "Source",
    "sent_on": "Sent on",
    "record_table": "Record kind",
    "record_id": "Record",
}


def field_label(name: str) -> str:
    """A field's name for people: "Date of birth" for birth_date."""
    if name in _LABELS:
        return _LABELS[name]
    words = name.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]


def _default_of(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg  # type: ignore[attr-defined]
    if default.is_callable:
        return default.arg(None)  # type: ignore[attr-defined]
    return None


def _kind_of(table: str, column: Column[Any]) -> tuple[FieldKind, str | None, str | None]:
    vocabulary_name = VOCABULARY_OF.get((table, column.key))
    col_type = column.type
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table.name
        return FieldKind.REFERENCE, None, target
    if isinstance(col_type, JSON):
        kind = FieldKind.CHOICES if vocabulary_name else FieldKind.LIST
        return kind, vocabulary_name, None
    if vocabulary_name:
        return FieldKind.CHOICE, vocabulary_name, None
    if isinstance(col_type, PartialDateType):
        return FieldKind.PARTIAL_DATE, None, None
    if isinstance(col_type, DateTime):
        raise BugError(f"{table}.{column.key}: date-time fields are not edited through drafts")
    if isinstance(col_type, Date):
        return FieldKind.DATE, None, None
    if isinstance(col_type, Time):
        return FieldKind.TIME, None, None
    if isinstance(col_type, Boolean):
        return FieldKind.FLAG, None, None
    if isinstance(col_type, Text):
        return FieldKind.LONG_TEXT, None, None
    return FieldKind.TEXT, None, None


def _columns(table: str) -> dict[str, Column[Any]]:
    cls = _model(table)
    return {
        column.key: column
        for column in inspect(cls).columns
        if column.key not in Record.BOOKKEEPING and column.key != "deleted_at"
    }


def _model(table: str) -> type[Record]:
    cls = RECORD_BY_TABLE.get(table)
    if cls is None:
        raise BugError(f"unknown record table {table!r}")
    return cls


def fields_of(table: str) -> tuple[FieldInfo, ...]:
    """The editable fields of a table in model order (what a generic form shows)."""
    if table not in EDITABLE_TABLES:
        raise BugError(f"{table!r} is not edited through drafts")
    infos: list[FieldInfo] = []
    for name, column in _columns(table).items():
        if (table, name) in _SYSTEM_FIELDS:
            continue
        kind, vocabulary_name, references = _kind_of(table, column)
        length = getattr(column.type, "length", None)
        infos.append(
            FieldInfo(
                name=name,
                label=field_label(name),
                kind=kind,
                required=not column.nullable and column.default is None,
                nullable=bool(column.nullable),
                vocabulary=vocabulary_name,
                references=references,
                max_length=length if isinstance(length, int) else None,
            )
        )
    return tuple(infos)


def _field_map(table: str) -> dict[str, FieldInfo]:
    return {info.name: info for info in fields_of(table)}


def blank_record(table: str) -> dict[str, Any]:
    """A draft for a new record: every editable field with its default."""
    columns = _columns(table)
    return {info.name: _copy(_default_of(columns[info.name])) for info in fields_of(table)}


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


# -- reading one record ---------------------------------------------------------------------


def get_live(session: Session, table: str, record_id: str) -> Record:
    """The record, or RecordNotFoundError if it does not exist or is in the trash."""
    record = session.get(_model(table), record_id)
    if record is None or record.deleted_at is not None:
        raise RecordNotFoundError("This record no longer exists or is in the trash.")
    return record


def load_record(vault: Vault, table: str, record_id: str) -> dict[str, Any]:
    """A draft of a stored record: every editable field plus id, version, updated_at/_by."""
    with vault.read() as session:
        record = get_live(session, table, record_id)
        draft = {info.name: _copy(getattr(record, info.name)) for info in fields_of(table)}
        draft.update(
            id=record.id,
            version=record.version,
            updated_at=record.updated_at,
            updated_by=record.updated_by,
        )
        return draft


# -- coercion -------------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _coerce(info: FieldInfo, value: Any) -> Any:
    """A form value in the column's Python type; ValidationError(field=...) if unreadable."""
    kind = info.kind
    if kind in (FieldKind.LIST, FieldKind.CHOICES):
        return _coerce_list(info, value)
    if _blank(value):
        return None
    if kind is FieldKind.PARTIAL_DATE:
        return _coerce_partial(info, value)
    if kind is FieldKind.DATE:
        return _coerce_date(info, value)
    if kind is FieldKind.TIME:
        return _coerce_time(info, value)
    if kind is FieldKind.FLAG:
        if not isinstance(value, bool):
            raise BugError(f"{info.name}: a flag must be True, False or None")
        return value
    if not isinstance(value, str):
        raise BugError(f"{info.name}: expected text, got {type(value).__name__}")
    text = value.strip()
    if info.max_length is not None and len(text) > info.max_length:
        raise ValidationError(
            "%1 is too long: at most %2 characters.", info.label, info.max_length, field=info.name
        )
    return text


def _coerce_list(info: FieldInfo, value: Any) -> list[str]:
    if value is None:
        return []
    items = value.splitlines() if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise BugError(f"{info.name}: expected a list of text")
    result: list[str] = []
    for item in items:
        text = item.strip()
        if text and text not in result:
            result.append(text)
    return result


def _coerce_partial(info: FieldInfo, value: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if not isinstance(value, str):
        raise BugError(f"{info.name}: expected a date or text")
    try:
        return PartialDate.parse(value)
    except ValidationError as error:
        raise ValidationError("%1: %2", info.label, error.message, field=info.name) from None


def _coerce_date(info: FieldInfo, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    partial = _coerce_partial(info, value)
    if partial.precision is not Precision.DAY or partial.approximate:
        raise ValidationError(
            "%1 needs an exact date with day, month and year, like 12.04.2024.",
            info.label,
            field=info.name,
        )
    return partial.earliest


def _coerce_time(info: FieldInfo, value: Any) -> time:
    if isinstance(value, time):
        return value
    if not isinstance(value, str):
        raise BugError(f"{info.name}: expected a time or text")
    text = value.strip().replace(".", ":").replace("-", ":")
    if text.isdigit() and len(text) in (3, 4):  # "930", "1030"
        text = f"{text[:-2]}:{text[-2:]}"
    if len(text.split(":")[0]) == 1:
        text = "0" + text
    try:
        return time.fromisoformat(text).replace(second=0, microsecond=0)
    except ValueError:
        raise ValidationError(
            "%1: type the time like 10:30 (hours and minutes).", info.label, field=info.name
        ) from None


# -- validation -----------------------------------------------------------------------------

# (table, start field, end field) pairs where the end cannot come before the start.
_DATE_ORDER: tuple[tuple[str, str, str], ...] = (
    ("persons", "birth_date", "id_document_issued_on"),
    ("consents", "given_on", "withdrawn_on"),
    ("detention_events", "start", "end"),
    ("detention_events", "start", "term_until"),
    ("ill_treatment_reports", "incident_date", "medical_exam_date"),
    ("ill_treatment_reports", "incident_date", "reported_on"),
    ("ill_treatment_reports", "reported_on", "response_on"),
)

_TABLE_NOUNS: dict[str, str] = {
    "persons": "person",
    "cases": "case",
    "organisations": "organisation",
    "sources": "source",
    "hearings": "hearing",
    "attachments": "attachment",
}


def _check_required(infos: dict[str, FieldInfo], values: dict[str, Any]) -> None:
    for name, info in infos.items():
        if info.required and _blank(values.get(name)):
            if info.kind is FieldKind.REFERENCE:
                noun = _TABLE_NOUNS.get(info.references or "", "record")
                raise ValidationError("Please choose the %1.", noun, field=name)
            raise ValidationError("%1 is required.", info.label, field=name)


def _check_vocabularies(
    session: Session, infos: dict[str, FieldInfo], values: dict[str, Any]
) -> None:
    for name, info in infos.items():
        if info.vocabulary is None:
            continue
        value = values.get(name)
        codes = value if isinstance(value, list) else [] if value is None else [value]
        if not codes:
            continue
        known = _known_codes(session, info.vocabulary)
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise ValidationError(
                '%1: "%2" is not one of the choices. Pick one from the list.',
                info.label,
                unknown[0],
                field=name,
            )


def _check_references(
    session: Session, infos: dict[str, FieldInfo], values: dict[str, Any], names: Iterable[str]
) -> None:
    for name in names:
        info, value = infos[name], values.get(name)
        if info.references is None or value is None:
            continue
        target = session.get(_model(info.references), value)
        if target is None or target.deleted_at is not None:
            noun = _TABLE_NOUNS.get(info.references, "record")
            raise ValidationError(
                "The chosen %1 no longer exists or is in the trash. Choose another.",
                noun,
                field=name,
            )


def _in_sentence(label: str) -> str:
    """A field label inside a sentence: "date of birth", but "ID document issued on"."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def _check_date_order(table: str, values: dict[str, Any]) -> None:
    for owner, start, end in _DATE_ORDER:
        if owner != table:
            continue
        try:
            check_not_before(
                values.get(start),
                values.get(end),
                start_label=_in_sentence(field_label(start)),
                end_label=_in_sentence(field_label(end)),
            )
        except ValidationError as error:
            raise ValidationError(error.message, field=end) from None


def _check_rules(
    session: Session, table: str, record_id: str | None, values: dict[str, Any]
) -> None:
    """Rules that concern one table: links that make no sense, duplicates."""
    if table == "interventions" and not values.get("person_id") and not values.get("case_id"):
        raise ValidationError(
            "Please choose the person or the case this intervention is about.", field="person_id"
        )
    if table == "source_links" and values.get("record_table") not in RECORD_BY_TABLE:
        raise ValidationError("The source must be linked to a record.", field="record_table")
    if table == "case_participants":
        duplicate = session.scalar(
            select(func.count())
            .select_from(CaseParticipant)
            .where(
                CaseParticipant.case_id == values.get("case_id"),
                CaseParticipant.person_id == values.get("person_id"),
                CaseParticipant.role == values.get("role"),
                CaseParticipant.deleted_at.is_(None),
                CaseParticipant.id != (record_id or ""),
            )
        )
        if duplicate:
            raise ValidationError(
                "This person is already in this case with this role.", field="role"
            )


def validate(
    session: Session,
    table: str,
    record_id: str | None,
    values: dict[str, Any],
    changed: Iterable[str] | None = None,
) -> None:
    """Raise ValidationError(field=...) for the first rule a complete draft breaks.

    References are checked only where ``changed`` (default: all fields): a record whose case
    went to the trash later can still be edited.
    """
    infos = _field_map(table)
    _check_required(infos, values)
    _check_vocabularies(session, infos, values)
    _check_references(session, infos, values, infos if changed is None else changed)
    _check_date_order(table, values)
    _check_rules(session, table, record_id, values)


def check_draft(table: str, values: dict[str, Any]) -> dict[str, Message]:
    """Problems a form can show as the user types, without the vault: field -> message.

    Covers unreadable values, required fields and an end before its start; vocabularies,
    references and duplicates are checked by save_record. ``values`` holds every field.
    """
    infos = _field_map(table)
    problems: dict[str, Message] = {}
    coerced: dict[str, Any] = {}
    for name, info in infos.items():
        try:
            coerced[name] = _coerce(info, values.get(name))
        except ValidationError as error:
            problems[name] = error.message
            coerced[name] = None
    for name, info in infos.items():
        if name in problems or not info.required or not _blank(coerced.get(name)):
            continue
        if info.kind is FieldKind.REFERENCE:
            noun = _TABLE_NOUNS.get(info.references or "", "record")
            problems[name] = message("Please choose the %1.", noun)
        else:
            problems[name] = message("%1 is required.", info.label)
    for owner, start, end in _DATE_ORDER:
        if owner != table or start in problems or end in problems:
            continue
        try:
            check_not_before(
                coerced.get(start),
                coerced.get(end),
                start_label=_in_sentence(field_label(start)),
                end_label=_in_sentence(field_label(end)),
            )
        except ValidationError as error:
            problems[end] = error.message
    return problems


# -- saving ---------------------------------------------------------------------------------


def save_record(
    vault: Vault,
    table: str,
    record_id: str | None,
    fields: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> str:
    """Create (record_id None) or update a record from a draft; return its id.

    Only the fields in the draft change. The whole record is validated first: ValidationError
    has ``field`` set to the offending field. With expected_version, a record changed
    elsewhere since it was loaded is refused rather than overwritten.
    """
    infos = _field_map(table)
    unknown = [name for name in fields if name not in infos]
    if unknown:
        raise BugError(f"{table} has no editable field {unknown[0]!r}")
    if table == "attachments" and record_id is None:
        raise BugError("attachments are added with services.records.attachments.add_attachment")
    changes = {name: _coerce(infos[name], value) for name, value in fields.items()}
    columns = _columns(table)
    with vault.write() as session:
        if record_id is None:
            record = _model(table)(id=new_id())
            current = blank_record(table)
        else:
            record = get_live(session, table, record_id)
            if expected_version is not None and record.version != expected_version:
                raise ValidationError(
                    "This record was changed in another window since you opened it. "
                    "Close this editor and open the record again."
                )
            current = {name: getattr(record, name) for name in infos}
        merged = {**current, **changes}
        for name, value in merged.items():
            # A cleared field with a default (sex, status, a list) goes back to that default.
            if value is None and not infos[name].nullable:
                merged[name] = _copy(_default_of(columns[name]))
        validate(session, table, record_id, merged, None if record_id is None else changes)
        for name in infos if record_id is None else changes:
            setattr(record, name, merged[name])
        if record_id is None:
            session.add(record)
        session.flush()
        return record.id

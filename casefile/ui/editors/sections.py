"""How each record form is grouped: sections of fields, in one or two columns.

Pure data. Fields a table has but no section names go into a last section "Other", so a new
column in the model still appears in its form.
"""

from __future__ import annotations

from dataclasses import dataclass

from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    title: str  # source text in the "sections" translation context
    fields: tuple[str, ...]
    column: int = 0  # 0 left, 1 right (forms with one column ignore it)


SECTIONS: dict[str, tuple[Section, ...]] = {
    "persons": (
        Section(
            QT_TRANSLATE_NOOP("sections", "Person"),
            (
                "full_name",
                "name_variants",
                "aliases",
                "sex",
                "birth_date",
                "nationalities",
                "profession",
                "roles",
                "risk_level",
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Identity document"),
            (
                "id_document_type",
                "id_document_number",
                "id_document_issued_by",
                "id_document_issued_on",
            ),
            column=1,
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Address and contacts"),
            ("usual_address", "contact_details"),
            column=1,
        ),
        Section(QT_TRANSLATE_NOOP("sections", "Notes"), ("notes",), column=1),
    ),
    "detention_events": (
        Section(
            QT_TRANSLATE_NOOP("sections", "Detention event"),
            ("person_id", "case_id", "type", "start", "end", "term_until", "place"),
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Circumstances"),
            ("forces", "ordering_authority", "warrant_shown", "reasons_given", "legal_basis"),
            column=1,
        ),
        Section(QT_TRANSLATE_NOOP("sections", "Notes"), ("notes",), column=1),
    ),
    "hearings": (
        Section(
            QT_TRANSLATE_NOOP("sections", "Hearing"),
            (
                "case_id",
                "scheduled_date",
                "scheduled_time",
                "kind",
                "court",
                "judge",
                "closed_to_public",
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Who was present"),
            ("defendant_present", "lawyer_present", "monitors_present"),
            column=1,
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Outcome"),
            ("outcome", "postponement_reason", "notes"),
            column=1,
        ),
    ),
    "ill_treatment_reports": (
        Section(
            QT_TRANSLATE_NOOP("sections", "Incident"),
            (
                "victim_id",
                "case_id",
                "incident_date",
                "place",
                "circumstances",
                "methods",
                "injuries",
                "witnesses",
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Perpetrators"),
            ("perpetrators", "perpetrator_unit", "perpetrator_rank"),
            column=1,
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Medical examination"),
            ("medical_exam_date", "medical_examiner", "medical_findings"),
            column=1,
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "Complaint"),
            ("reported_to", "reported_on", "official_response", "response_on"),
            column=1,
        ),
        Section(QT_TRANSLATE_NOOP("sections", "Source and notes"), ("source_id", "notes")),
    ),
    "consents": (
        Section(
            QT_TRANSLATE_NOOP("sections", "Consent"),
            ("person_id", "given_on", "how_obtained", "withdrawn_on"),
        ),
        Section(
            QT_TRANSLATE_NOOP("sections", "What may be shared"),
            (
                "share_with_un",
                "share_with_embassies",
                "share_publicly",
                "name_usage",
                "informed_state_contacted",
            ),
        ),
    ),
    "charges": (
        Section(
            QT_TRANSLATE_NOOP("sections", "Charge"),
            ("person_id", "case_id", "code", "article", "wording", "brought_on"),
        ),
        Section(QT_TRANSLATE_NOOP("sections", "Outcome"), ("status", "sentence")),
    ),
    "interventions": (
        Section(
            QT_TRANSLATE_NOOP("sections", "Intervention"),
            ("person_id", "case_id", "recipient", "sent_on", "reference", "summary"),
        ),
        Section(QT_TRANSLATE_NOOP("sections", "Reply"), ("reply", "outcome")),
    ),
}

OTHER = QT_TRANSLATE_NOOP("sections", "Other")
DETAILS = QT_TRANSLATE_NOOP("sections", "Details")


def sections_for(table: str, field_names: list[str]) -> list[Section]:
    """The sections of a table's form, each holding only fields the table has; every field
    appears exactly once."""
    known = set(field_names)
    placed: set[str] = set()
    result: list[Section] = []
    for section in SECTIONS.get(table, ()):
        names = tuple(name for name in section.fields if name in known and name not in placed)
        if names:
            result.append(Section(section.title, names, section.column))
            placed.update(names)
    rest = tuple(name for name in field_names if name not in placed)
    if rest:
        result.append(Section(OTHER if result else DETAILS, rest))
    return result

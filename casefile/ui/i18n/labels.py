"""Translated labels for stored codes (statuses, risk levels, hearing kinds and outcomes).

The codes are the domain enums' string values; the labels are marked with QT_TRANSLATE_NOOP so
that pyside6-lupdate finds them, and translated when shown. Unknown codes (user-added
vocabulary terms) are shown with underscores turned into spaces.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from casefile.domain.enums import CurrentStatus, RiskLevel

_CONTEXT = "labels"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks text for pyside6-lupdate (which matches this name); translated where shown.

    PySide6's own QT_TRANSLATE_NOOP is typed as returning object, which mypy rejects for str.
    """
    return source


_LABELS: dict[str, str] = {
    # CurrentStatus
    "no_record": QT_TRANSLATE_NOOP("labels", "No detention record"),
    "disappeared": QT_TRANSLATE_NOOP("labels", "Disappeared"),
    "police_custody": QT_TRANSLATE_NOOP("labels", "Police custody"),
    "pretrial_detention": QT_TRANSLATE_NOOP("labels", "Pre-trial detention"),
    "imprisoned": QT_TRANSLATE_NOOP("labels", "Imprisoned"),
    "house_arrest": QT_TRANSLATE_NOOP("labels", "House arrest"),
    "travel_ban": QT_TRANSLATE_NOOP("labels", "Travel ban"),
    "probation": QT_TRANSLATE_NOOP("labels", "Probation"),
    "expelled": QT_TRANSLATE_NOOP("labels", "Expelled"),
    "released": QT_TRANSLATE_NOOP("labels", "Released"),
    # RiskLevel
    "low": QT_TRANSLATE_NOOP("labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("labels", "High"),
    "critical": QT_TRANSLATE_NOOP("labels", "Critical"),
    # CaseStatus
    "investigation": QT_TRANSLATE_NOOP("labels", "Investigation"),
    "trial": QT_TRANSLATE_NOOP("labels", "Trial"),
    "appeal": QT_TRANSLATE_NOOP("labels", "Appeal"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    # HearingKind
    "preliminary": QT_TRANSLATE_NOOP("labels", "Preliminary hearing"),
    "trial_session": QT_TRANSLATE_NOOP("labels", "Trial session"),
    "cassation": QT_TRANSLATE_NOOP("labels", "Cassation"),
    "detention_extension": QT_TRANSLATE_NOOP("labels", "Detention extension"),
    # HearingOutcome
    "held": QT_TRANSLATE_NOOP("labels", "Held"),
    "postponed": QT_TRANSLATE_NOOP("labels", "Postponed"),
    "verdict": QT_TRANSLATE_NOOP("labels", "Verdict"),
    "detention_extended": QT_TRANSLATE_NOOP("labels", "Detention extended"),
    # Sex, roles of people and in cases, charge outcomes, organisations, names in documents
    "female": QT_TRANSLATE_NOOP("labels", "Female"),
    "male": QT_TRANSLATE_NOOP("labels", "Male"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
    "human_rights_defender": QT_TRANSLATE_NOOP("labels", "Human rights defender"),
    "journalist": QT_TRANSLATE_NOOP("labels", "Journalist"),
    "blogger": QT_TRANSLATE_NOOP("labels", "Blogger"),
    "lawyer": QT_TRANSLATE_NOOP("labels", "Lawyer"),
    "activist": QT_TRANSLATE_NOOP("labels", "Activist"),
    "relative": QT_TRANSLATE_NOOP("labels", "Relative"),
    "witness": QT_TRANSLATE_NOOP("labels", "Witness"),
    "defendant": QT_TRANSLATE_NOOP("labels", "Defendant"),
    "victim": QT_TRANSLATE_NOOP("labels", "Victim"),
    "judge": QT_TRANSLATE_NOOP("labels", "Judge"),
    "prosecutor": QT_TRANSLATE_NOOP("labels", "Prosecutor"),
    "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
    "dropped": QT_TRANSLATE_NOOP("labels", "Dropped"),
    "acquitted": QT_TRANSLATE_NOOP("labels", "Acquitted"),
    "convicted": QT_TRANSLATE_NOOP("labels", "Convicted"),
    "ngo": QT_TRANSLATE_NOOP("labels", "NGO"),
    "media_outlet": QT_TRANSLATE_NOOP("labels", "Media outlet"),
    "court": QT_TRANSLATE_NOOP("labels", "Court"),
    "detention_facility": QT_TRANSLATE_NOOP("labels", "Detention facility"),
    "state_body": QT_TRANSLATE_NOOP("labels", "State body"),
    "full_name": QT_TRANSLATE_NOOP("labels", "Full name"),
    "initials": QT_TRANSLATE_NOOP("labels", "Initials only"),
    # Record kinds (search results, dashboard)
    "person": QT_TRANSLATE_NOOP("labels", "People"),
    "case": QT_TRANSLATE_NOOP("labels", "Cases"),
    "hearing": QT_TRANSLATE_NOOP("labels", "Hearings"),
    "charge": QT_TRANSLATE_NOOP("labels", "Charges"),
    "detention_event": QT_TRANSLATE_NOOP("labels", "Detention"),
    "ill_treatment": QT_TRANSLATE_NOOP("labels", "Ill-treatment"),
    "intervention": QT_TRANSLATE_NOOP("labels", "Interventions"),
    # Record tables (one record of each)
    "persons": QT_TRANSLATE_NOOP("labels", "Person"),
    "organisations": QT_TRANSLATE_NOOP("labels", "Organisation"),
    "person_organisations": QT_TRANSLATE_NOOP("labels", "Membership"),
    "consents": QT_TRANSLATE_NOOP("labels", "Consent"),
    "cases": QT_TRANSLATE_NOOP("labels", "Case"),
    "case_participants": QT_TRANSLATE_NOOP("labels", "Case participant"),
    "charges": QT_TRANSLATE_NOOP("labels", "Charge"),
    "detention_events": QT_TRANSLATE_NOOP("labels", "Detention event"),
    "hearings": QT_TRANSLATE_NOOP("labels", "Hearing"),
    "ill_treatment_reports": QT_TRANSLATE_NOOP("labels", "Ill-treatment report"),
    "interventions": QT_TRANSLATE_NOOP("labels", "Intervention"),
    "sources": QT_TRANSLATE_NOOP("labels", "Source"),
    "source_links": QT_TRANSLATE_NOOP("labels", "Source link"),
    "attachments": QT_TRANSLATE_NOOP("labels", "Attachment"),
}

# Urgency order for sorting statuses: most urgent first (every CurrentStatus; a test checks).
STATUS_ORDER: tuple[str, ...] = tuple(
    status.value
    for status in (
        CurrentStatus.DISAPPEARED,
        CurrentStatus.POLICE_CUSTODY,
        CurrentStatus.PRETRIAL_DETENTION,
        CurrentStatus.IMPRISONED,
        CurrentStatus.HOUSE_ARREST,
        CurrentStatus.TRAVEL_BAN,
        CurrentStatus.PROBATION,
        CurrentStatus.EXPELLED,
        CurrentStatus.RELEASED,
        CurrentStatus.NO_RECORD,
    )
)
# Highest risk first: the enum runs from low to critical.
RISK_ORDER: tuple[str, ...] = tuple(level.value for level in reversed(RiskLevel))


@lru_cache(maxsize=1024)
def label(code: str | None) -> str:
    """The translated label of a code; '' for None. Cached: lists ask it for every cell (call
    label.cache_clear() if the language changes while running)."""
    if not code:
        return ""
    source = _LABELS.get(code)
    if source is None:
        return code.replace("_", " ")
    return QCoreApplication.translate(_CONTEXT, source)


def status_rank(code: str | None) -> int:
    return STATUS_ORDER.index(code) if code in STATUS_ORDER else len(STATUS_ORDER)


def risk_rank(code: str | None) -> int | None:
    return RISK_ORDER.index(code) if code in RISK_ORDER else None

"""Fixed codes with meaning in the rules. Stored as their string values.

User-extensible vocabularies (ill-treatment methods, court kinds, recipients, and extra
detention types) live in the vault's vocabulary table; the codes below are its built-in core.
"""

from __future__ import annotations

from enum import StrEnum


class DetentionType(StrEnum):
    ARREST = "arrest"
    POLICE_CUSTODY = "police_custody"  # ИВС, temporary detention facility, legally <= 48 h
    PRETRIAL_DETENTION = "pretrial_detention"  # СИЗО
    PRETRIAL_EXTENSION = "pretrial_extension"
    HOUSE_ARREST = "house_arrest"
    TRAVEL_BAN = "travel_ban"  # подписка о невыезде
    RELEASE_ON_BAIL = "release_on_bail"  # bail or undertaking
    PROBATION = "probation"
    PROBATION_REVOKED = "probation_revoked"
    CONVICTION = "conviction"
    IMPRISONMENT = "imprisonment"
    RELEASE = "release"
    EXPULSION = "expulsion"
    DEPRIVATION_OF_CITIZENSHIP = "deprivation_of_citizenship"
    DISAPPEARANCE = "disappearance"


class CurrentStatus(StrEnum):
    """A person's liberty status on a given day, derived from detention events."""

    NO_RECORD = "no_record"
    DISAPPEARED = "disappeared"
    POLICE_CUSTODY = "police_custody"
    PRETRIAL_DETENTION = "pretrial_detention"
    IMPRISONED = "imprisoned"
    HOUSE_ARREST = "house_arrest"
    TRAVEL_BAN = "travel_ban"
    PROBATION = "probation"
    EXPELLED = "expelled"
    RELEASED = "released"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class PersonRole(StrEnum):
    """What a person is, for the reports' "why they matter"; several may apply."""

    HUMAN_RIGHTS_DEFENDER = "human_rights_defender"
    JOURNALIST = "journalist"
    BLOGGER = "blogger"
    LAWYER = "lawyer"
    ACTIVIST = "activist"
    RELATIVE = "relative"
    WITNESS = "witness"


class CaseRole(StrEnum):
    DEFENDANT = "defendant"
    VICTIM = "victim"
    LAWYER = "lawyer"
    WITNESS = "witness"
    JUDGE = "judge"
    PROSECUTOR = "prosecutor"


class OrganisationKind(StrEnum):
    NGO = "ngo"
    MEDIA_OUTLET = "media_outlet"
    COURT = "court"
    DETENTION_FACILITY = "detention_facility"
    STATE_BODY = "state_body"


class ChargeStatus(StrEnum):
    PENDING = "pending"
    DROPPED = "dropped"
    ACQUITTED = "acquitted"
    CONVICTED = "convicted"


class CaseStatus(StrEnum):
    INVESTIGATION = "investigation"
    TRIAL = "trial"
    APPEAL = "appeal"
    CLOSED = "closed"


class HearingKind(StrEnum):
    PRELIMINARY = "preliminary"
    TRIAL_SESSION = "trial_session"
    APPEAL = "appeal"
    CASSATION = "cassation"  # Supreme Court
    DETENTION_EXTENSION = "detention_extension"


class HearingOutcome(StrEnum):
    HELD = "held"
    POSTPONED = "postponed"
    VERDICT = "verdict"
    DETENTION_EXTENDED = "detention_extended"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class NameUsage(StrEnum):
    """How a person agreed to be named in documents sent outside."""

    FULL_NAME = "full_name"
    INITIALS = "initials"


class Recipient(StrEnum):
    EMBASSY = "embassy"
    WGAD = "wgad"
    SPECIAL_RAPPORTEUR = "special_rapporteur"
    HUMAN_RIGHTS_COMMITTEE = "human_rights_committee"
    OSCE = "osce"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # soft: moved to trash
    RESTORE = "restore"
    PURGE = "purge"

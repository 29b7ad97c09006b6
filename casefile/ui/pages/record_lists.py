"""The record lists: which columns each shows, and which service loads its rows.

The loaders run on the worker thread; the services they call are imported with the pages, after
unlock (ui/start/controller.py loads the main window), so the first window stays fast.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from casefile.domain.dates import PartialDate
from casefile.domain.enums import CaseStatus, HearingKind, HearingOutcome
from casefile.services.lists.listing import (
    list_cases,
    list_hearings,
    list_ill_treatment,
    list_interventions,
    list_people,
)
from casefile.services.lists.paged import HearingsList, PeopleList
from casefile.ui.i18n.labels import (
    QT_TRANSLATE_NOOP,
    RISK_ORDER,
    STATUS_ORDER,
    label,
    risk_rank,
    status_rank,
)
from casefile.ui.i18n.language import format_partial_date
from casefile.ui.kit.table_model import Column, text_key
from casefile.ui.pages.hearing_text import postponed_text
from casefile.ui.pages.list_page import Loader, PagedSource

if TYPE_CHECKING:
    from casefile.vault.vault import Vault


@dataclass(frozen=True)
class ListSpec:
    """A list page: its id (for remembered columns), record table, columns and loader."""

    page_id: str
    table: str
    columns: tuple[Column, ...]
    loader: Loader
    start_at: Callable[[Any], bool] | None = None  # the first row to show at the top
    paged: PagedSource | None = None  # long lists: read from the vault a page at a time


_TODAY_CACHE: list[Any] = [date.min, -1.0]


def _today() -> date:
    """date.today(), read at most once a second: the hearings list asks it once per row, and
    under PySide6 each call costs ~20 µs (it imports `time` through shiboken's import hook;
    25,000 calls took half a second)."""
    now = time.monotonic()
    if now - _TODAY_CACHE[1] > 1.0:
        _TODAY_CACHE[:] = [date.today(), now]
    return _TODAY_CACHE[0]  # type: ignore[no-any-return]


def _partial(stored: str | None) -> str:
    """A partial date kept as "1984-03" or "1980~", as people read it in the chosen language."""
    return format_partial_date(PartialDate.from_storage(stored)) if stored else ""


# Case stages in the order a case goes through them (the enum's order).
_STAGES: tuple[str, ...] = tuple(stage.value for stage in CaseStatus)


def _load_people(vault: Vault) -> Sequence[Any]:
    return list_people(vault)


def _load_cases(vault: Vault) -> Sequence[Any]:
    return list_cases(vault)


def _load_hearings(vault: Vault) -> Sequence[Any]:
    return list_hearings(vault)


def _people_list() -> Any:
    return PeopleList()


def _hearings_list() -> Any:
    return HearingsList(_today)


# Hearing kinds and outcomes: the filter box finds them by label, and sorting by them follows
# the labels in the interface language.
_HEARING_KINDS: tuple[str, ...] = tuple(kind.value for kind in HearingKind)
_HEARING_OUTCOMES: tuple[str, ...] = tuple(outcome.value for outcome in HearingOutcome)


def _by_label(codes: tuple[str, ...]) -> Callable[[], tuple[str, ...]]:
    return lambda: tuple(sorted(codes, key=lambda code: label(code).casefold()))


PEOPLE = ListSpec(
    page_id="people",
    table="persons",
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("columns", "Name"),
            lambda r: r.full_name,
            lambda r: text_key(r.full_name),
            width=320,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("columns", "Current status"),
            lambda r: label(r.current_status),
            lambda r: (status_rank(r.current_status), r.current_status),
            width=200,
        ),
        Column(
            "days",
            QT_TRANSLATE_NOOP("columns", "Days in custody"),
            lambda r: r.days_in_custody or "",
            lambda r: r.days_in_custody,
            numeric=True,
            width=130,
        ),
        Column(
            "birth",
            QT_TRANSLATE_NOOP("columns", "Born"),
            lambda r: _partial(r.birth_date),  # "March 1984" in the interface language
            lambda r: r.birth_date,  # partial dates in sortable text form: "1984-03", "1980~"
            width=150,  # "17 November 1984", and the longer Russian month names
        ),
        Column(
            "risk",
            QT_TRANSLATE_NOOP("columns", "Risk"),
            lambda r: label(r.risk_level),
            lambda r: risk_rank(r.risk_level),
        ),
    ),
    loader=_load_people,
    paged=PagedSource(
        make=_people_list,
        codes=STATUS_ORDER + RISK_ORDER,
        code_orders={"status": lambda: STATUS_ORDER, "risk": lambda: RISK_ORDER},
    ),
)

CASES = ListSpec(
    page_id="cases",
    table="cases",
    columns=(
        Column(
            "title",
            QT_TRANSLATE_NOOP("columns", "Title"),
            lambda r: r.title,
            lambda r: text_key(r.title),
            width=520,
        ),
        Column(
            "numbers",
            QT_TRANSLATE_NOOP("columns", "Case numbers"),
            lambda r: r.case_numbers,
            lambda r: text_key(", ".join(r.case_numbers)),
            width=220,
        ),
        Column(
            "defendants",
            QT_TRANSLATE_NOOP("columns", "Defendants"),
            lambda r: r.defendants,
            numeric=True,
            width=110,  # the last column (Stage) takes the rest of the width
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("columns", "Stage"),
            lambda r: label(r.status),
            lambda r: (_STAGES.index(r.status) if r.status in _STAGES else len(_STAGES), r.status),
            width=140,
        ),
    ),
    loader=_load_cases,
)

HEARINGS = ListSpec(
    page_id="hearings",
    table="hearings",
    columns=(
        Column(
            "date",
            QT_TRANSLATE_NOOP("columns", "Date"),
            lambda r: r.scheduled_date,
            lambda r: (r.scheduled_date, r.scheduled_time.isoformat() if r.scheduled_time else ""),
            width=100,
        ),
        Column(
            "time",
            QT_TRANSLATE_NOOP("columns", "Time"),
            lambda r: r.scheduled_time,
            width=60,
        ),
        Column(
            "case",
            QT_TRANSLATE_NOOP("columns", "Case"),
            lambda r: r.case_title,
            lambda r: text_key(r.case_title),
            width=380,
        ),
        Column(
            "court",
            QT_TRANSLATE_NOOP("columns", "Court"),
            lambda r: r.court,
            lambda r: text_key(r.court),
            width=280,
        ),
        Column(
            "judge",
            QT_TRANSLATE_NOOP("columns", "Judge"),
            lambda r: r.judge,
            lambda r: text_key(r.judge),
            hidden_by_default=True,
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("columns", "Kind"),
            lambda r: label(r.kind),
            width=150,
        ),
        Column(
            "outcome",
            QT_TRANSLATE_NOOP("columns", "Outcome"),
            # A postponed hearing says where it went, as every other view does.
            lambda r: (
                postponed_text(r.postponed_to_date) if r.postponed_to_id else label(r.outcome)
            ),
        ),
    ),
    loader=_load_hearings,
    start_at=lambda r: r.scheduled_date >= _today(),
    paged=PagedSource(
        make=_hearings_list,
        codes=_HEARING_KINDS + _HEARING_OUTCOMES,
        code_orders={"kind": _by_label(_HEARING_KINDS), "outcome": _by_label(_HEARING_OUTCOMES)},
    ),
)


def _load_ill_treatment(vault: Vault) -> Sequence[Any]:
    return list_ill_treatment(vault)


def _load_interventions(vault: Vault) -> Sequence[Any]:
    return list_interventions(vault)


def _stored_date(text: str | None) -> str:
    """A partial date's storage form ("2024-04-12", "2024-04~") as people read it."""
    if not text:
        return ""
    try:
        return PartialDate.parse(text).format()
    except Exception:  # a malformed stored value is shown as it is
        return text


# Ill-treatment reports open at their victim's dossier; interventions at their person or case.
ILL_TREATMENT = ListSpec(
    page_id="ill_treatment",
    table="ill_treatment_reports",
    columns=(
        Column(
            "date",
            QT_TRANSLATE_NOOP("columns", "Incident"),
            lambda r: _stored_date(r.incident_date),
            lambda r: r.incident_date,  # storage form sorts chronologically
            width=140,
        ),
        Column(
            "victim",
            QT_TRANSLATE_NOOP("columns", "Victim"),
            lambda r: r.victim_name,
            lambda r: text_key(r.victim_name),
            width=260,
        ),
        Column(
            "place",
            QT_TRANSLATE_NOOP("columns", "Place"),
            lambda r: r.place,
            lambda r: text_key(r.place),
            width=260,
        ),
        Column(
            "reported",
            QT_TRANSLATE_NOOP("columns", "Reported to"),
            lambda r: r.reported_to,
            lambda r: text_key(r.reported_to),
            width=220,
        ),
        Column(
            "response",
            QT_TRANSLATE_NOOP("columns", "Official response"),
            lambda r: r.official_response or QCoreApplication.translate("pages", "none recorded"),
            lambda r: (r.official_response is not None, text_key(r.official_response)),
        ),
    ),
    loader=_load_ill_treatment,
)

INTERVENTIONS = ListSpec(
    page_id="interventions",
    table="interventions",
    columns=(
        Column(
            "sent",
            QT_TRANSLATE_NOOP("columns", "Sent"),
            lambda r: _stored_date(r.sent_on),
            lambda r: r.sent_on,
            width=130,
        ),
        Column(
            "recipient",
            QT_TRANSLATE_NOOP("columns", "Recipient"),
            lambda r: label(r.recipient),
            width=200,
        ),
        Column(
            "reference",
            QT_TRANSLATE_NOOP("columns", "Reference"),
            lambda r: r.reference,
            width=150,
        ),
        Column(
            "about",
            QT_TRANSLATE_NOOP("columns", "About"),
            lambda r: r.person_name or r.case_title,
            lambda r: text_key(r.person_name or r.case_title),
            width=320,
        ),
        Column(
            "reply",
            QT_TRANSLATE_NOOP("columns", "Reply"),
            lambda r: r.reply or QCoreApplication.translate("pages", "no reply yet"),
            lambda r: (r.reply is not None, text_key(r.reply)),
        ),
    ),
    loader=_load_interventions,
)

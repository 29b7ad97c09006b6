"""The interface's lists of stored codes are the domain enums' (issue 13: no hand-made copies)."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from casefile.domain import detention
from casefile.domain.enums import (
    CaseRole,
    CaseStatus,
    ChargeStatus,
    CurrentStatus,
    DetentionType,
    HearingKind,
    HearingOutcome,
    NameUsage,
    OrganisationKind,
    PersonRole,
    RiskLevel,
    Sex,
)
from casefile.ui.i18n import labels
from casefile.ui.pages import record_lists as pages
from casefile.ui.pages import timeline_layout
from casefile.ui.pages.dashboard import SECTION_MORE
from casefile.ui.pages.detention_timeline import COLOURS
from casefile.ui.pages.dossier_page import HELD
from casefile.ui.pages.record_dialogs import OUTCOMES, OutcomeDialog


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def test_outcome_dialog_offers_every_hearing_outcome_in_the_enums_order(qtbot: QtBot) -> None:
    assert _values(HearingOutcome) == OUTCOMES
    dialog = OutcomeDialog(None, "24.11.2026 — Case", None)
    qtbot.addWidget(dialog)
    shown = [dialog.choice.itemData(i) for i in range(1, dialog.choice.count())]
    assert shown == list(_values(HearingOutcome))
    assert all(type(code) is str for code in shown)  # plain codes, as the vault stores them
    texts = [dialog.choice.itemText(i) for i in range(1, dialog.choice.count())]
    assert texts == ["Held", "Postponed", "Verdict", "Detention extended"]


def test_no_interface_module_spells_an_outcome_code_by_hand() -> None:
    """Outcome codes come from HearingOutcome; only the label table is keyed by them, and
    test_every_code_of_a_fixed_enum_has_a_label keeps that table complete."""
    codes = "|".join(_values(HearingOutcome))
    spelled = re.compile(rf"""["'](?:{codes})["']""")
    table = Path(labels.__file__).resolve()
    ui = table.parents[1]
    found = sorted(
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if path.resolve() != table and spelled.search(path.read_text(encoding="utf-8"))
    )
    assert found == []


def test_hearing_list_filters_and_sorts_every_kind_and_outcome() -> None:
    paged = pages.HEARINGS.paged
    assert paged is not None
    assert paged.codes == _values(HearingKind) + _values(HearingOutcome)
    assert sorted(paged.code_orders["kind"]()) == sorted(_values(HearingKind))
    assert sorted(paged.code_orders["outcome"]()) == sorted(_values(HearingOutcome))


def test_people_list_ranks_every_status_and_risk_level() -> None:
    assert sorted(labels.STATUS_ORDER) == sorted(_values(CurrentStatus))
    assert labels.STATUS_ORDER[0] == CurrentStatus.DISAPPEARED  # the most urgent first
    assert labels.STATUS_ORDER[-1] == CurrentStatus.NO_RECORD
    assert labels.RISK_ORDER == ("critical", "high", "medium", "low")
    assert tuple(reversed(_values(RiskLevel))) == labels.RISK_ORDER
    paged = pages.PEOPLE.paged
    assert paged is not None
    assert set(paged.codes) == set(_values(CurrentStatus)) | set(_values(RiskLevel))


def test_case_list_sorts_stages_in_the_enums_order() -> None:
    (stage,) = [column for column in pages.CASES.columns if column.id == "status"]
    keys = [stage.key(SimpleNamespace(status=code)) for code in _values(CaseStatus)]
    assert keys == sorted(keys)
    assert len({rank for rank, _code in keys}) == len(CaseStatus)  # no stage falls to the end


@pytest.mark.parametrize(
    "enum",
    [
        CurrentStatus,
        RiskLevel,
        CaseStatus,
        HearingKind,
        HearingOutcome,
        Sex,
        PersonRole,
        CaseRole,
        ChargeStatus,
        OrganisationKind,
        NameUsage,
    ],
)
def test_every_code_of_a_fixed_enum_has_a_label(enum: type[StrEnum]) -> None:
    missing = [code for code in _values(enum) if code not in labels._LABELS]
    assert missing == []


def test_detention_types_all_have_a_colour_and_points_come_from_the_domain() -> None:
    assert set(COLOURS) == set(_values(DetentionType))
    assert timeline_layout.POINT_TYPES is detention.POINT_TYPES


def test_status_subsets_are_current_statuses() -> None:
    assert set(HELD) <= set(_values(CurrentStatus))
    statuses = {value for kind, value in SECTION_MORE.values() if kind == "status"}
    assert statuses and statuses <= set(_values(CurrentStatus))

"""The question asked before a person or a case goes to the trash, naming it and what goes
with it ("Move “Талант Мамасалиев” to the trash, with 9 detention events and 3 charges?")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casefile.services.records.trash_contents import TrashContents
from casefile.ui.i18n.language import fill

#: Tables whose move to the trash is asked first: their whole page goes with them.
ASK_BEFORE_TRASH = frozenset({"persons", "cases"})
#: The order things are counted in: what a reader looks for first.
_ORDER = (
    "detention_events",
    "hearings",
    "charges",
    "case_participants",
    "ill_treatment_reports",
    "interventions",
    "consents",
    "person_organisations",
    "attachments",
)
#: Names shown at most when several records go at once.
_NAMES_SHOWN = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("TrashQuestion", text)


def _counted(table: str, trashed: str, n: int) -> str:
    # Each literal is its own call, so lupdate sees every plural form.
    match table:
        case "detention_events":
            return QCoreApplication.translate("TrashQuestion", "%n detention event(s)", "", n)
        case "hearings":
            return QCoreApplication.translate("TrashQuestion", "%n hearing(s)", "", n)
        case "charges":
            return QCoreApplication.translate("TrashQuestion", "%n charge(s)", "", n)
        case "case_participants" if trashed == "cases":
            return QCoreApplication.translate("TrashQuestion", "%n person(s) in the case", "", n)
        case "case_participants":
            return QCoreApplication.translate("TrashQuestion", "a part in %n case(s)", "", n)
        case "ill_treatment_reports":
            return QCoreApplication.translate("TrashQuestion", "%n ill-treatment report(s)", "", n)
        case "interventions":
            return QCoreApplication.translate("TrashQuestion", "%n intervention(s)", "", n)
        case "consents":
            return QCoreApplication.translate("TrashQuestion", "%n consent(s)", "", n)
        case "person_organisations":
            return QCoreApplication.translate("TrashQuestion", "%n link(s) to organisations", "", n)
        case "attachments":
            return QCoreApplication.translate("TrashQuestion", "%n attached file(s)", "", n)
    return QCoreApplication.translate("TrashQuestion", "%n other record(s)", "", n)


def _listed(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return fill(tr("%1 and %2"), ", ".join(items[:-1]), items[-1])


def trash_question(table: str, contents: TrashContents) -> str:
    """The question, with the records' names and the counts of what goes with them."""
    names = [f"“{name}”" for name in contents.labels]
    if len(names) == 1:
        subject = names[0]
    else:
        shown = ", ".join(names[:_NAMES_SHOWN]) + ("…" if len(names) > _NAMES_SHOWN else "")
        subject = fill(tr("%1 records (%2)"), str(len(names)), shown)
    rank = {name: index for index, name in enumerate(_ORDER)}
    counts = sorted(contents.counts, key=lambda pair: rank.get(pair[0], len(rank)))
    along = _listed([_counted(other, table, n) for other, n in counts])
    question = (
        fill(tr("Move %1 to the trash, with %2?"), subject, along)
        if along
        else fill(tr("Move %1 to the trash?"), subject)
    )
    return (
        question
        + "\n\n"
        + tr(
            "What goes with it leaves every page, list and search until it is restored. "
            "Ctrl+Z, or the Trash, brings it all back."
        )
    )

"""The texts shown before a report leaves: the checklist (consent, what this copy leaves
out, what the template still needs) and the consent banner. Plain functions of a ReportCheck,
so they are easy to read and test; the strings keep the report window's translation context.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP
from casefile.ui.reports.options import audience_label, redaction_label, template_label

if TYPE_CHECKING:
    from casefile.services.reporting.prepared import ReportCheck


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


_PROBLEMS = {
    "none": QT_TRANSLATE_NOOP("ReportDialog", "no consent is recorded"),
    "withdrawn": QT_TRANSLATE_NOOP("ReportDialog", "their consent has been withdrawn"),
    "not_covered": QT_TRANSLATE_NOOP("ReportDialog", "their consent does not include {audience}"),
}


def checklist_html(check: ReportCheck) -> str:
    """What the template still needs, what is left out, and whether consent covers it."""
    parts = ["<h4>" + escape(tr("Before it leaves")) + "</h4>"]
    audience = check.audience
    if audience == "internal":
        parts.append("<p>" + escape(tr("Internal document: no consent needed.")) + "</p>")
    elif check.consent_ok:
        text = tr("Consent covers {audience}.").format(audience=audience_label(audience))
        parts.append(f"<p>✓ {escape(text)}</p>")
    else:
        text = tr("Consent does not cover {audience}.").format(audience=audience_label(audience))
        parts.append(f"<p style='color:#a00000'>✗ {escape(text)}</p>")
    if check.submitter_missing:
        text = tr(
            "The submitter is not set (a name or organisation, and an e-mail, postal address "
            "or phone): Reports ▸ Submitter details…"
        )
        parts.append(f"<p style='color:#a00000'>✗ {escape(text)}</p>")
    if check.redactions:
        left_out = ", ".join(redaction_label(r) for r in check.redactions)
        parts.append(
            "<p><b>" + escape(tr("Left out of this copy:")) + "</b> " + escape(left_out) + "</p>"
        )
    else:
        parts.append("<p><b>" + escape(tr("Nothing is left out of this copy.")) + "</b></p>")
    several = len(check.people) > 1
    missing_any = False
    for person in check.people:
        if not person.missing:
            continue
        missing_any = True
        title = tr("Still needed for the {template}").format(
            template=template_label(check.template)
        )
        if several:
            title += f" — {person.printed_name}"
        items = "".join(f"<li>{escape(line)}</li>" for line in person.missing)
        parts.append(f"<p><b>{escape(title)}:</b></p><ul>{items}</ul>")
    if not missing_any:
        parts.append("<p>✓ " + escape(tr("Nothing the template needs is missing.")) + "</p>")
    return "".join(parts)


def refusal_text(check: ReportCheck) -> str:
    """Why the document may not leave: whose consent is missing, and what to do."""
    audience = audience_label(check.audience)
    lines = []
    for person in check.people:
        if person.consent_problem is None:
            continue
        why = tr(_PROBLEMS[person.consent_problem]).format(audience=audience)
        # One person: the window already says who; a case: whose consent is missing.
        line = f"{person.printed_name}: {why}" if len(check.people) > 1 else why
        lines.append("• " + line[:1].upper() + line[1:] + ".")
    return tr(
        "This document cannot be printed or saved: it goes to {audience}, and "
        "consent does not cover that.\n{people}\nRecord the consent first, or "
        "override with a reason; the override is written to the person's history."
    ).format(audience=audience, people="\n".join(lines))


def override_text(check: ReportCheck, reason: str) -> str:
    return tr(
        "Consent does not cover {audience}. Overridden with the reason “{reason}”; "
        "the override is written to the person's history."
    ).format(audience=audience_label(check.audience), reason=reason)

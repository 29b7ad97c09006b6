"""A prepared report and the stages that need no vault: check, render and finish.

A PreparedReport is gathered, consent-checked and redacted (pipeline.prepare_reports); what
follows reads nothing more, so the app's checklist and its preview come from one read, and a
batch renders in worker processes that import only this module and casefile.reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from casefile.reports.checklist import completeness
from casefile.reports.data import Audience, RenderOptions, ReportData, Submitter
from casefile.reports.redaction import Profile
from casefile.reports.render import render_joined, render_report


@dataclass(frozen=True)
class PreparedReport:
    """A report gathered, consent-checked and redacted, ready to render (in any process)."""

    items: tuple[ReportData, ...]
    template: str
    profile: Profile
    lang: str
    options: RenderOptions  # free texts already scrubbed
    recipient: str
    audience: Audience
    case_id: str | None
    #: person id -> consent problem ("none", "withdrawn", "not_covered") for this recipient
    problems: Mapping[str, str]


@dataclass(frozen=True)
class PersonCheck:
    person_id: str
    printed_name: str  # as the document will show it (initials when consent asks)
    consent_problem: str | None  # "none" | "withdrawn" | "not_covered" | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ReportCheck:
    """What the UI shows before printing: consent, redactions, and the checklist."""

    template: str
    audience: str
    profile: str
    redactions: tuple[str, ...]
    people: tuple[PersonCheck, ...]
    #: For a UN body: what the submitter block lacks ("name", "contact"; submitter.py).
    submitter_missing: tuple[str, ...] = ()

    @property
    def consent_ok(self) -> bool:
        return all(p.consent_problem is None for p in self.people)


@dataclass(frozen=True)
class BuiltReport:
    """A rendered document and what the disclosure log needs to know about it."""

    #: The document's bytes: a PDF, or a .docx when ``file_format`` says so.
    pdf: bytes = field(repr=False)
    sha256: str
    template: str
    profile: str
    redactions: tuple[str, ...]
    lang: str
    recipient: str
    audience: str
    person_ids: tuple[str, ...]
    case_id: str | None
    consent_overridden: tuple[str, ...]
    missing: tuple[str, ...]
    #: Why consent was overridden, for the disclosure log (None when it was not).
    override_reason: str | None = None
    file_format: str = "pdf"  # "pdf" | "docx"


def submitter_gaps(submitter: Submitter | None) -> tuple[str, ...]:
    """What a UN body needs from the submitter block (WGAD section VI, the SP "identity of the
    submitter") that it lacks: "name" (a person's or the organisation's) and "contact" (an
    e-mail, postal address or phone). Empty when the block will do."""
    if submitter is None:
        return ("name", "contact")
    gaps: list[str] = []
    if not (submitter.name or submitter.organisation):
        gaps.append("name")
    if not (submitter.email or submitter.postal_address or submitter.phone):
        gaps.append("contact")
    return tuple(gaps)


def check_report(prepared: PreparedReport) -> ReportCheck:
    """Consent, redactions and the missing-fields checklist, as the document will print."""
    people = tuple(
        PersonCheck(
            person_id=item.person.id,
            printed_name=item.person.full_name,
            consent_problem=prepared.problems.get(item.person.id),
            missing=tuple(
                completeness(item, prepared.template, options=prepared.options, lang=prepared.lang)
            ),
        )
        for item in prepared.items
    )
    return ReportCheck(
        template=prepared.template,
        audience=prepared.audience.value,
        profile=prepared.profile.describe(),
        redactions=tuple(sorted(prepared.profile.redactions)),
        people=people,
        submitter_missing=submitter_gaps(prepared.items[0].submitter)
        if prepared.audience is Audience.UN
        else (),
    )


def render(prepared: PreparedReport, file_format: str = "pdf") -> bytes:
    """The PDF (or .docx), in memory. Consent is not checked here: pipeline.build_report
    does that."""
    return render_report(
        prepared.items,
        prepared.template,
        lang=prepared.lang,
        options=prepared.options,
        file_format=file_format,
    )


def render_together(prepared: Sequence[PreparedReport]) -> tuple[bytes, tuple[int, ...]]:
    """One-person reports of one template, language and options as ONE PDF (the fonts
    embedded once), with each one's page count: a batch's part, rendered in a worker."""
    first = prepared[0]
    return render_joined(
        [one.items[0] for one in prepared], first.template, lang=first.lang, options=first.options
    )


def finish_report(
    prepared: PreparedReport,
    pdf: bytes,
    *,
    override_reason: str | None = None,
    file_format: str = "pdf",
) -> BuiltReport:
    """The BuiltReport for ``pdf``, rendered from ``prepared`` (here or in a worker process)."""
    missing: list[str] = []
    for person in check_report(prepared).people:
        missing += [line for line in person.missing if line not in missing]
    return BuiltReport(
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        template=prepared.template,
        profile=prepared.profile.describe(),
        redactions=tuple(sorted(prepared.profile.redactions)),
        lang=prepared.lang,
        recipient=prepared.recipient,
        audience=prepared.audience.value,
        person_ids=tuple(item.person.id for item in prepared.items),
        case_id=prepared.case_id,
        consent_overridden=tuple(prepared.problems),
        missing=tuple(missing),
        override_reason=override_reason,
        file_format=file_format,
    )

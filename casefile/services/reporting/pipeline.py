"""Reports as a use case, in four stages: prepare, check, render, finish.

prepare_reports is the one way in: it reads everything a report may print in one read
(gathering.py), finds whose consent does not cover the recipient, and applies the redaction
profile before a template sees the data, so what a profile leaves out is never in the PDF.
check_report (the app's checklist), render and finish_report then work on that prepared report
alone (prepared.py). build_report runs them for one document and refuses one for a UN body or
an embassy that a person's current consent does not cover (ConsentRequiredError), unless the
user gives a reason to override: that goes into the person's history as an audit entry, action
"consent_override". Printing or saving is logged by disclosures.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from casefile.errors import KnownError, Message, ValidationError, message
from casefile.reports.data import Audience, Redaction, RenderOptions, ReportData
from casefile.reports.i18n import Translator
from casefile.reports.redaction import (
    Profile,
    Scrubber,
    apply_redactions,
    make_scrubber,
    resolve_profile,
    scrub_text,
)
from casefile.reports.render import audience_of, default_recipient, template_spec
from casefile.services.reporting.disclosures import person_audit_entry
from casefile.services.reporting.gathering import Gathered, gather_records
from casefile.services.reporting.prepared import (
    BuiltReport,
    PreparedReport,
    finish_report,
    render,
)
from casefile.services.reporting.protected import ProtectedPerson, protected_in
from casefile.vault.vault import Vault

ACTION_CONSENT_OVERRIDE = "consent_override"
#: A withdrawn consent is overridden only with a reason of at least this many characters,
#: in at least OVERRIDE_MIN_WORDS words: a decision someone can later read and weigh.
OVERRIDE_MIN_CHARS = 20
OVERRIDE_MIN_WORDS = 3

_AUDIENCE_WORDS = {Audience.UN: message("UN bodies"), Audience.EMBASSY: message("embassies")}
_PROBLEM_WORDS = {
    "none": message("no consent is recorded for them"),
    "withdrawn": message("their consent has been withdrawn"),
}


class ConsentRequiredError(KnownError):
    """A document for a UN body or an embassy about someone whose consent does not cover it."""

    exit_code = 7

    def __init__(
        self, template: str | Message, *values: object, problems: Mapping[str, str] = {}
    ) -> None:
        super().__init__(template, *values)
        #: person id -> "none" | "withdrawn" | "not_covered"
        self.problems = dict(problems)


class WithdrawalNotConfirmedError(KnownError):
    """A withdrawn consent overridden without the second, confirming step."""

    exit_code = 7


def check_override_reason(reason: str) -> str:
    """The reason, its spaces tidied, if it is real words of real length; ValidationError if
    not ("x", "......", "aaaa aaaa aaaa aaaa aaaa")."""
    text = " ".join(reason.split())
    words = re.findall(r"[^\W\d_]{2,}", text)
    letters = {c.lower() for c in text if c.isalpha()}
    if len(text) < OVERRIDE_MIN_CHARS or len(words) < OVERRIDE_MIN_WORDS or len(letters) < 5:
        raise ValidationError(
            "The person withdrew their consent. To send this document all the same, say why "
            "in at least %1 characters and %2 words; the reason is kept in their history.",
            OVERRIDE_MIN_CHARS,
            OVERRIDE_MIN_WORDS,
            field="override_reason",
        )
    return text


# -- prepare --------------------------------------------------------------------------------


def prepare_reports(
    vault: Vault,
    record_ids: Sequence[str],
    template: str,
    *,
    profile: str | Profile | None = None,
    lang: str = "en",
    options: RenderOptions | None = None,
    today: date | None = None,
    people_only: bool = False,
) -> Iterator[PreparedReport]:
    """Each person's or case's report gathered and redacted, in order, ready to check and
    render. Consent problems are returned in it, not raised (build_report raises them).
    ``people_only`` refuses a case's id (a batch of briefs is about people, one each)."""
    options = options or RenderOptions()
    template_spec(template)  # an unknown template is refused before anything is read
    audience = audience_of(template, options)
    chosen = _effective_profile(template, profile, audience)
    today = today or date.today()
    # Anyone in the vault who must not be named: read once for the whole batch, in the
    # gathering's first read transaction.
    vault_wide: list[ProtectedPerson] = []

    def read_protected(session: Session) -> None:
        vault_wide.extend(protected_in(session, today))

    protect = Redaction.INITIALS in chosen.redactions
    for gathered in gather_records(
        vault,
        record_ids,
        today,
        people_only=people_only,
        first_read=read_protected if protect else None,
    ):
        yield _prepare(gathered, template, chosen, audience, lang, options, vault_wide)


def prepare_report(
    vault: Vault,
    record_id: str,
    template: str,
    *,
    profile: str | Profile | None = None,
    lang: str = "en",
    options: RenderOptions | None = None,
    today: date | None = None,
) -> PreparedReport:
    """prepare_reports for one person or case."""
    (prepared,) = prepare_reports(
        vault, [record_id], template, profile=profile, lang=lang, options=options, today=today
    )
    return prepared


def _effective_profile(template: str, profile: str | Profile | None, audience: Audience) -> Profile:
    if profile is None:
        profile = template_spec(template).default_profile
    chosen = profile if isinstance(profile, Profile) else resolve_profile(profile)
    # Consent binds every document that leaves the organisation, whatever the profile says.
    return chosen if audience is Audience.INTERNAL else chosen.with_initials()


def _consent_problem(data: ReportData, gathered_state: str, audience: Audience) -> str | None:
    """Why this person's consent does not allow a document for ``audience``; None if it does."""
    if audience is Audience.INTERNAL:
        return None
    if gathered_state:
        return gathered_state
    current = data.current_consent
    if current is None:
        return "none"
    allowed = current.share_with_un if audience is Audience.UN else current.share_with_embassies
    return None if allowed else "not_covered"


def _prepare(
    gathered: Gathered,
    template: str,
    chosen: Profile,
    audience: Audience,
    lang: str,
    options: RenderOptions,
    vault_wide: Sequence[ProtectedPerson] = (),
) -> PreparedReport:
    problems = {
        data.person.id: problem
        for data in gathered.items
        if (problem := _consent_problem(data, gathered.consent_state[data.person.id], audience))
    }
    subjects = {data.person.id for data in gathered.items}
    others = [(p.full_name, p.other_names) for p in vault_wide if p.id not in subjects]
    # A confidential UN submission names the person whose consent covers it; their "initials
    # only" is for what the UN publishes, and the submission says so.
    named = frozenset(
        data.person.id
        for data in gathered.items
        if audience is Audience.UN and data.person.id not in problems
    )
    scrubber = make_scrubber(
        gathered.items, chosen.redactions, gathered.protected_people, others=others, named=named
    )
    items = apply_redactions(gathered.items, chosen.redactions, scrubber=scrubber, named=named)
    # What the user typed at print time is scrubbed like the record's own texts.
    options = _scrubbed_options(options, scrubber)
    t = Translator(lang)
    return PreparedReport(
        items=tuple(items),
        template=template,
        profile=chosen,
        lang=t.lang,
        options=options,
        recipient=options.recipient or default_recipient(template, t, options),
        audience=audience,
        case_id=gathered.case_id,
        problems=problems,
    )


#: RenderOptions texts that are codes, not typed by the user.
_OPTION_CODES = frozenset({"communication", "arbitrary_categories"})


def _scrubbed_options(options: RenderOptions, scrubber: Scrubber) -> RenderOptions:
    """Every text typed at print time (the recipient too: it is printed in every page header,
    and the free-text sections) scrubbed like the record's own texts."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(options):
        value = getattr(options, f.name)
        if f.name in _OPTION_CODES or not value:
            continue
        if type(value) is str:  # not the audience, a StrEnum
            changes[f.name] = scrub_text(value, scrubber)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            changes[f.name] = tuple(scrub_text(v, scrubber) or v for v in value)
    return dataclasses.replace(options, **changes) if changes else options


# -- check, render, finish: one document ----------------------------------------------------


def build_report(
    vault: Vault,
    prepared: PreparedReport,
    *,
    override_reason: str | None = None,
    confirmed: bool = False,
    audit_override: bool = True,
    file_format: str = "pdf",
) -> BuiltReport:
    """The PDF (or .docx) of a prepared report about a person, or each defendant of a case.

    Raises ConsentRequiredError when a UN or embassy document is not covered by consent and
    no ``override_reason`` is given; with one, the override is written to each such person's
    history (``audit_override=False`` only for the app's preview rebuilt with a reason that
    was already written). A consent the person withdrew needs more: a reason of real length
    (check_override_reason) and ``confirmed``, the user's second, explicit step. Nothing is
    written to disk, and no disclosure is logged: call disclosures.record_disclosure once the
    document is actually printed or saved.
    """
    reason = (override_reason or "").strip()
    if prepared.problems and not reason:
        raise ConsentRequiredError(_consent_message(prepared), problems=prepared.problems)
    if "withdrawn" in prepared.problems.values():
        reason = check_override_reason(reason)
        if not confirmed:
            raise WithdrawalNotConfirmedError(
                "The person withdrew their consent to share this. Overriding a withdrawal "
                "needs a second, explicit confirmation."
            )
    document = render(prepared, file_format)
    if prepared.problems and audit_override:
        _record_override(vault, prepared, reason)
    return finish_report(
        prepared,
        document,
        override_reason=reason if prepared.problems else None,
        file_format=file_format,
    )


def _consent_message(prepared: PreparedReport) -> Message:
    name = Translator("en")(f"template.{prepared.template}")
    words = _AUDIENCE_WORDS[prepared.audience]
    if len(prepared.items) > 1:
        return message(
            "The %1 about this case was not made because %2 of the %3 defendants have no "
            "consent in force that covers %4. Record their consent first, or give a reason to "
            "override it; the override is kept in the person's history.",
            name,
            len(prepared.problems),
            len(prepared.items),
            words,
        )
    (problem,) = prepared.problems.values()
    why = (
        message("their consent does not include %1", words)
        if problem == "not_covered"
        else _PROBLEM_WORDS[problem]
    )
    return message(
        "The %1 about this person was not made because %2. Record their consent first, or give "
        "a reason to override it; the override is kept in the person's history.",
        name,
        why,
    )


def _record_override(vault: Vault, prepared: PreparedReport, reason: str) -> None:
    with vault.write(reason=reason) as session:
        for person_id, problem in prepared.problems.items():
            session.add(
                person_audit_entry(
                    vault,
                    ACTION_CONSENT_OVERRIDE,
                    person_id,
                    reason,
                    template=prepared.template,
                    audience=prepared.audience.value,
                    recipient=prepared.recipient,
                    consent=problem,
                    case_id=prepared.case_id,
                )
            )

"""Pieces several templates print the same way: names, status, charges, timeline, consent."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.platypus import Flowable

from casefile.domain import custody_facts
from casefile.domain.custody_facts import Present, present_situation
from casefile.domain.dates import PartialDate
from casefile.reports.common import Cell, esc, grid_table, heading, kv_table, markup, para
from casefile.reports.data import (
    Audience,
    ConsentData,
    DetentionItem,
    HearingItem,
    IllTreatmentItem,
    PersonData,
    Redaction,
    RenderOptions,
    ReportData,
    Submitter,
)
from casefile.reports.i18n import Translator

MUTED_OPEN = '<font color="#666666"><i>'
MUTED_CLOSE = "</i></font>"

CUSTODY_TYPES = frozenset(
    {"arrest", "police_custody", "pretrial_detention", "pretrial_extension", "imprisonment"}
)
DEPRIVATION_TYPES = CUSTODY_TYPES | {"house_arrest", "disappearance"}
CUSTODY_STATUSES = frozenset({"police_custody", "pretrial_detention", "imprisoned"})
DEFENDER_ROLES = frozenset({"human_rights_defender", "journalist", "blogger", "lawyer", "activist"})


@dataclass(frozen=True)
class Need:
    """One thing a template asks for: its section and field (message ids), and whether the
    data has it. A field the profile withheld on purpose is not a gap."""

    section: str
    label: str
    present: bool
    withheld_by: Redaction | None = None
    number: int | None = None  # for sections that repeat ("Incident 2")


@dataclass(frozen=True)
class Ctx:
    """One report being drawn: its data, language and the user's choices."""

    data: ReportData
    t: Translator
    options: RenderOptions
    audience: Audience
    #: A case document about several people: this person's place and everyone's names.
    index: int = 0
    group: tuple[str, ...] = ()

    # -- values as markup -----------------------------------------------------------------

    def muted(self, text: str) -> str:
        return MUTED_OPEN + esc(text) + MUTED_CLOSE

    def withheld(self, redaction: Redaction) -> bool:
        return redaction in self.data.redactions

    def v(self, text: str | None, withheld_by: Redaction | None = None) -> str:
        """A user text, or "not recorded" / "withheld" in grey."""
        if text is not None and text.strip():
            return esc(text)
        if withheld_by is not None and self.withheld(withheld_by):
            return self.muted(self.t("value.withheld"))
        return self.muted(self.t("value.not_recorded"))

    def d(self, value: PartialDate | date | datetime | None) -> str:
        if value is None:
            return self.muted(self.t("value.not_recorded"))
        return esc(self.t.date(value))

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.muted(self.t("value.not_recorded"))
        return esc(self.t("value.yes" if value else "value.no"))

    def term(self, vocabulary: str, code: str) -> str:
        return self.t.term(self.data.vocab, vocabulary, code)

    def when_where(self, when: PartialDate | None, where: str | None) -> str:
        parts = [self.t.date(when)] if when is not None else []
        if where:
            parts.append(where)
        return ", ".join(parts)


# -- the person ------------------------------------------------------------------------------


def display_name(ctx: Ctx) -> str:
    return ctx.data.person.full_name


def age_text(birth: PartialDate | None, today: date) -> str | None:
    """ "34" or "33–34" when the birth date is only partly known."""
    if birth is None:
        return None

    def age_on(born: date) -> int:
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    oldest, youngest = age_on(birth.earliest), age_on(birth.latest)
    return str(oldest) if oldest == youngest else f"{youngest}–{oldest}"


def birth_text(ctx: Ctx) -> str:
    """ "12 March 1990 (age 34)" / "c. 1990 (age 33–35)"."""
    person = ctx.data.person
    if person.birth_date is None:
        return ctx.muted(ctx.t("value.not_recorded"))
    age = age_text(person.birth_date, ctx.data.today)
    text = ctx.t.date(person.birth_date)
    return esc(f"{text} ({ctx.t('label.age')} {age})" if age else text)


def roles_text(ctx: Ctx) -> str:
    return ", ".join(ctx.t.enum("role", r) for r in ctx.data.person.roles)


def affiliations_text(ctx: Ctx) -> str:
    parts = []
    for a in ctx.data.person.organisations:
        parts.append(f"{a.organisation} ({a.position})" if a.position else a.organisation)
    return "; ".join(parts)


def is_defender(ctx: Ctx) -> bool:
    return bool(DEFENDER_ROLES.intersection(ctx.data.person.roles))


# -- status and custody ----------------------------------------------------------------------


def present(ctx: Ctx) -> Present:
    return present_situation(ctx.data.detention, ctx.data.today)


def status_line(ctx: Ctx) -> str:
    """'In pre-trial detention: 412 days in custody (since 3 October 2023). Held at SIZO No. 1',
    'Under house arrest since 3 May 2026 (59 days), term until 3 July 2026',
    'Under a travel ban since 1 March 2026. Released from custody on 1 March 2026 after 50 days'.
    """
    s, t, sex = ctx.data.status, ctx.t, ctx.data.person.sex
    now = present(ctx)
    text = t.enum("status", s.status, sex=sex)
    if s.status in CUSTODY_STATUSES:
        details = []
        if s.days_in_custody:
            details.append(t("status.days_in_custody", days=s.days_in_custody))
        if s.custody_started is not None:
            details.append(t("status.since", date=t.date(s.custody_started)))
        line = text + (": " + ", ".join(details) if details else "")
        place = s.place or now.place
        if place:
            line += ". " + t("status.held_at", place=place)
        if s.term_until is not None:
            line += ". " + t("status.term_until", date=t.date(s.term_until))
        return line
    parts = [text]
    if now.since is not None:
        parts[0] += " " + t("status.since", date=t.date(now.since))
        if s.status == "house_arrest":
            parts[0] += " " + t("status.days_paren", days=now.days_now)
        if now.term_until is not None and s.status in {"house_arrest", "travel_ban", "probation"}:
            parts[0] += ", " + t("status.measure_term", date=t.date(now.term_until))
    if s.status == "disappeared":
        parts.append(t("status.whereabouts_unknown"))
    if now.released_on is not None and s.status != "released":
        parts.append(t.g("status.released_on", sex, date=t.date(now.released_on)))
    elif now.released_on is not None:
        parts[0] = t.g("status.released_on", sex, date=t.date(now.released_on))
    if s.days_in_custody and s.status != "disappeared":
        parts.append(t("status.custody_total", days=s.days_in_custody))
    return ". ".join(p[:1].upper() + p[1:] for p in parts)


def period_lines(ctx: Ctx) -> list[str]:
    """Each period of deprivation of liberty of the latest episode: custody and house arrest,
    with start, end or term, and days."""
    t, data = ctx.t, ctx.data
    found = custody_facts.episodes(data.detention, data.today)
    if not found:
        return []
    lines = []
    for p in found[-1].periods:
        kind = t(f"period.{p.kind}")
        # As precisely as the event that opened it is known ("April 2024", not "1 April").
        opened = next(
            (e.start for e in data.detention if e.start.earliest == p.start),
            PartialDate.from_date(p.start),
        )
        span = t.date(opened) + " – "
        if p.end is not None:
            span += t.date(p.end)
        else:
            span += t("period.ongoing")
            if p.term_until is not None:
                span += ", " + t("status.measure_term", date=t.date(p.term_until))
        line = f"{kind}: {span} ({t('period.days', days=p.days)})"
        if p.place:
            line += f", {p.place}"
        lines.append(line)
    return lines


def facts_lines(ctx: Ctx) -> list[str]:
    """The derived facts in short, for the dossier: the arrest, each period, the verdict and
    the appeals (the same derivations the outgoing templates print)."""
    lines = []
    arrest = arrest_event(ctx.data)
    if arrest is not None:
        where = ctx.when_where(arrest.start, arrest.place)
        lines.append(f"{ctx.term('detention_type', arrest.type)}: {where}")
    lines += period_lines(ctx)
    verdict = verdict_text(ctx)
    if verdict:
        lines.append(verdict)
    lines += appeal_lines(ctx)
    return lines


def custody_events(data: ReportData) -> list[DetentionItem]:
    return [e for e in data.detention if e.type in CUSTODY_TYPES]


def arrest_event(data: ReportData) -> DetentionItem | None:
    """The event that began the latest deprivation of liberty (custody_facts.arrest_event):
    the arrest or disappearance, not the ИВС that held the person afterwards."""
    return custody_facts.arrest_event(data.detention, data.today)


def detention_since_arrest(data: ReportData) -> list[DetentionItem]:
    """Deprivation-of-liberty events from the latest arrest on (places, transfers, extensions,
    house arrest)."""
    arrest = arrest_event(data)
    if arrest is None:
        return []
    start = data.detention.index(arrest)
    return [e for e in data.detention[start:] if e.type in DEPRIVATION_TYPES]


def hearings_concerning(data: ReportData) -> list[tuple[HearingItem, str | None]]:
    """The case's hearings that concern this person, with the measure they were under."""
    result = []
    for h in data.hearings:
        concerns, measure = custody_facts.hearing_concerns(h, data.detention, data.today)
        if concerns:
            result.append((h, measure))
    return result


def hearing_outcome(ctx: Ctx, h: HearingItem, measure: str | None) -> str:
    """The outcome as it applies to this person ("house arrest extended" for someone under
    house arrest at a detention-extension hearing)."""
    t = ctx.t
    if not h.outcome:
        return t("wgad.pending")
    if h.outcome == "detention_extended" and measure == "house_arrest":
        return t("outcome.house_arrest_extended")
    if h.outcome == "verdict" and h.kind in {"appeal", "cassation"}:
        return t("outcome.decision")
    return t.enum("outcome", h.outcome)


def verdict_text(ctx: Ctx) -> str | None:
    """'Convicted on 3 May 2025 by X (on appeal). Sentence: 6 years.' or None."""
    t, data = ctx.t, ctx.data
    found = custody_facts.verdict(data.detention, data.charges, data.hearings)
    if found is None:
        return None
    sex = data.person.sex
    text = t.g(f"verdict.{found.result}", sex)
    if found.on is not None:
        text += " " + t("verdict.on", date=t.date(found.on))
    if found.court:
        text += ", " + found.court
    if found.on_appeal:
        text += " " + t("verdict.on_appeal")
    text += "."
    if found.sentences:
        text += " " + t("verdict.sentence", sentence="; ".join(found.sentences))
    if found.notes:
        text += " " + found.notes
    return text


def appeal_lines(ctx: Ctx) -> list[str]:
    """'Appeal: decided on 3 May 2025 by the city court. Sentence upheld.' per instance."""
    t = ctx.t
    lines = []
    for r in custody_facts.appeal_results(ctx.data.hearings, ctx.data.today):
        head = ctx.term("hearing_kind", r.kind)
        court = f", {r.court}" if r.court else ""
        if r.decided and r.on is not None:
            line = f"{head}: " + t("appeal.decided", date=t.date(r.on)) + court
            line += f". {r.notes}" if r.notes else "."
        elif r.on is not None:
            line = f"{head}: " + t("appeal.pending_next", date=t.date(r.on)) + court + "."
        else:
            line = f"{head}: " + t("appeal.pending") + court + "."
        lines.append(line)
    return lines


def un_history(ctx: Ctx, recipients: frozenset[str] | None = None) -> list[str]:
    """Earlier submissions (interventions) with their references, replies and outcomes."""
    t = ctx.t
    lines = []
    for i in ctx.data.interventions:
        if recipients is not None and i.recipient not in recipients:
            continue
        head = ctx.term("recipient", i.recipient)
        if i.sent_on is not None:
            head += f", {t.date(i.sent_on)}"
        if i.reference:
            head += f" ({t('history.reference', reference=i.reference)})"
        parts = [head]
        if i.summary:
            parts.append(i.summary)
        if i.reply:
            parts.append(t("history.reply", reply=i.reply))
        if i.outcome:
            parts.append(t("history.outcome", outcome=i.outcome))
        lines.append(". ".join(p.rstrip(".") for p in parts) + ".")
    return lines


def latin_name(person: PersonData) -> str | None:
    """The passport (Latin) spelling: the first other spelling written in Latin letters."""
    for variant in person.name_variants:
        letters = [c for c in variant if c.isalpha()]
        if letters and all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in letters):
            return variant
    return None


def foreign_language_fields(ctx: Ctx) -> list[str]:
    """Record texts written in another script than the report's language (for the checklist):
    Cyrillic free text in an English report, Latin free text in a Russian or Kyrgyz one."""
    lang = "ru" if ctx.t.lang == "ky" else ctx.t.lang  # both Cyrillic: the script is all we see
    texts: list[tuple[str, str | None]] = [
        ("ill.circumstances", i.circumstances) for i in ctx.data.ill_treatment
    ]
    texts += [("wgad.circumstances", c.summary) for c in ctx.data.cases]
    texts += [("wgad.reasons", e.reasons_given) for e in ctx.data.detention]
    found = []
    for label, text in texts:
        if text and _script(text) not in {"", lang} and label not in found:
            found.append(label)
    return found


def _script(text: str) -> str:
    latin = sum(1 for c in text if c.isalpha() and c.isascii())
    cyrillic = sum(1 for c in text if "CYRILLIC" in unicodedata.name(c, ""))
    if latin + cyrillic < 20:
        return ""
    return "ru" if cyrillic > latin else "en"


def detention_table(ctx: Ctx, events: Sequence[DetentionItem], *, full: bool = False) -> Flowable:
    t = ctx.t
    rows: list[list[Cell]] = []
    for e in events:
        period = t.date(e.start)
        if e.end is not None:
            period += " – " + t.date(e.end)
        elif e.term_until is not None:
            period += " – " + t("timeline.term_until", date=t.date(e.term_until))
        where = [e.place] if e.place else []
        if e.ordering_authority:
            where.append(t("timeline.ordered_by", authority=e.ordering_authority))
        row: list[Cell] = [
            esc(period),
            esc(ctx.term("detention_type", e.type)),
            esc("; ".join(where)),
        ]
        if full:
            extra = []
            if e.forces:
                extra.append(t("timeline.forces", forces=e.forces))
            if e.reasons_given:
                extra.append(t("timeline.reasons", reasons=e.reasons_given))
            if e.legal_basis:
                extra.append(t("timeline.legal_basis", basis=e.legal_basis))
            if e.warrant_shown is not None:
                extra.append(
                    t("timeline.warrant", shown=t("value.yes" if e.warrant_shown else "value.no"))
                )
            if e.notes:
                extra.append(t("timeline.notes", notes=e.notes))
            row[2] = esc("\n".join(["; ".join(where), *extra]).strip())
        rows.append(row)
    if not rows:
        return para(t("value.none_recorded"), "notice")
    return grid_table(
        [t("timeline.when"), t("timeline.measure"), t("timeline.where")],
        rows,
        [0.27, 0.28, 0.45],
    )


# -- charges ---------------------------------------------------------------------------------


def article_text(ctx: Ctx, article: str, code: str | None) -> str:
    text = ctx.t("charge.article", article=article)
    return f"{text}, {code}" if code else text


def charges_summary(ctx: Ctx) -> str:
    parts = []
    for c in ctx.data.charges:
        text = ctx.t("charge.article", article=c.article)
        if c.wording:
            text += f" ({c.wording})"
        parts.append(text)
    return "; ".join(parts)


def charges_table(ctx: Ctx) -> Flowable:
    t = ctx.t
    if not ctx.data.charges:
        return para(t("value.none_recorded"), "notice")
    rows: list[list[Cell]] = []
    for c in ctx.data.charges:
        status = t.enum("charge_status", c.status)
        if c.sentence:
            status += f": {c.sentence}"
        rows.append(
            [
                esc(article_text(ctx, c.article, c.code)),
                ctx.v(c.wording),
                ctx.d(c.brought_on) if c.brought_on else ctx.muted("—"),
                esc(status),
            ]
        )
    return grid_table(
        [t("charge.article_head"), t("charge.wording"), t("charge.brought_on"), t("charge.status")],
        rows,
        [0.3, 0.34, 0.16, 0.2],
    )


# -- hearings --------------------------------------------------------------------------------


def hearing_text(
    ctx: Ctx, hearing_date: date, at: time | None, court: str | None, kind: str
) -> str:
    text = ctx.t.date(hearing_date)
    if at is not None:
        text += f", {at.strftime('%H:%M')}"
    text += f" — {court}" if court else ""
    return text + f" ({ctx.term('hearing_kind', kind)})"


def next_hearing_text(ctx: Ctx) -> str:
    h = ctx.data.next_hearing
    if h is None:
        return ctx.muted(ctx.t("hearing.none_scheduled"))
    text = hearing_text(ctx, h.scheduled_date, h.scheduled_time, h.court, h.kind)
    if h.closed_to_public:
        text += ". " + ctx.t("hearing.closed")
    return esc(text)


# -- ill-treatment ---------------------------------------------------------------------------


def methods_text(ctx: Ctx, item: IllTreatmentItem) -> str:
    return ", ".join(ctx.term("ill_treatment_method", m) for m in item.methods)


def perpetrators_text(item: IllTreatmentItem) -> str | None:
    parts = [p for p in (item.perpetrators, item.perpetrator_unit, item.perpetrator_rank) if p]
    return "; ".join(parts) or None


def complaint_text(ctx: Ctx, item: IllTreatmentItem) -> str | None:
    t = ctx.t
    if not item.reported_to and item.reported_on is None:
        return None
    text = t("ill.reported", to=item.reported_to or t("value.not_recorded"))
    if item.reported_on is not None:
        text += " " + t("ill.on", date=t.date(item.reported_on))
    if item.official_response:
        response = t("ill.response", response=item.official_response)
        if item.response_on is not None:
            response += f" ({t.date(item.response_on)})"
        text += ". " + response
    else:
        text += ". " + t("ill.no_response")
    return text


def medical_text(ctx: Ctx, item: IllTreatmentItem) -> str:
    t = ctx.t
    parts = []
    if item.medical_exam_date is not None:
        parts.append(t("ill.exam_on", date=t.date(item.medical_exam_date)))
    if item.medical_examiner:
        parts.append(t("ill.exam_by", examiner=item.medical_examiner))
    text = esc("; ".join(parts)) if parts else ""
    if item.medical_findings:
        text += ("<br/>" if text else "") + esc(t("ill.findings", findings=item.medical_findings))
    elif ctx.withheld(Redaction.MEDICAL) and (parts or item.medical_exam_date):
        text += ("<br/>" if text else "") + ctx.muted(t("ill.findings_withheld"))
    return text or ctx.muted(t("ill.no_exam"))


def ill_treatment_rows(ctx: Ctx, item: IllTreatmentItem, *, full: bool) -> list[tuple[str, Cell]]:
    t = ctx.t
    rows: list[tuple[str, Cell]] = [
        (t("ill.when_where"), ctx.v(ctx.when_where(item.incident_date, item.place))),
        (t("ill.circumstances"), ctx.v(item.circumstances)),
        (t("ill.perpetrators"), ctx.v(perpetrators_text(item))),
        (t("ill.methods"), ctx.v(methods_text(ctx, item))),
        (t("ill.injuries"), ctx.v(item.injuries)),
        (t("ill.medical"), medical_text(ctx, item)),
        (t("ill.witnesses"), ctx.v(item.witnesses)),
        (t("ill.complaints"), ctx.v(complaint_text(ctx, item))),
    ]
    if full:
        source = ctx.data.source_by_id(item.source_id)
        if source is not None:
            rows.append((t("ill.source"), esc(source.name)))
        if item.notes:
            rows.append((t("label.notes"), esc(item.notes)))
    return rows


def ill_treatment_short(ctx: Ctx, item: IllTreatmentItem) -> str:
    """One paragraph for the embassy brief."""
    t = ctx.t
    head = ctx.when_where(item.incident_date, item.place) or t("value.not_recorded")
    parts = [f"<b>{esc(head)}</b>"]
    methods = methods_text(ctx, item)
    if methods:
        parts.append(esc(methods.capitalize() if ctx.t.lang == "en" else methods))
    if item.injuries:
        parts.append(esc(t("ill.injuries_short", injuries=item.injuries)))
    complaint = complaint_text(ctx, item)
    if complaint:
        parts.append(esc(complaint))
    return ". ".join(parts).replace("..", ".")


# -- consent and submitter -------------------------------------------------------------------


def consent_rows(ctx: Ctx, consent: ConsentData | None) -> list[tuple[str, Cell]]:
    t = ctx.t
    if consent is None:
        return [(t("consent.given"), ctx.muted(t("consent.none")))]
    shared = (
        consent.share_with_embassies if ctx.audience is Audience.EMBASSY else consent.share_with_un
    )
    given = ctx.yes_no(shared)
    if consent.given_on is not None:
        given += " " + esc(f"({t.date(consent.given_on)})")
    usage = t("consent.initials") if consent.name_usage == "initials" else t("consent.full_name")
    return [
        (t("consent.given"), given),
        (t("consent.informed_state"), ctx.yes_no(consent.informed_state_contacted)),
        (t("consent.public"), ctx.yes_no(consent.share_publicly)),
        (t("consent.name_usage"), esc(usage)),
    ]


def authorisation_rows(ctx: Ctx) -> list[tuple[str, Cell]]:
    """The statement of authorisation: given or not, when, by whom (how it was obtained) and
    the name to be used; "initials only" binds publication, not this confidential document."""
    t = ctx.t
    consent = ctx.data.current_consent
    rows = consent_rows(ctx, consent)
    if consent is not None:
        rows.insert(1, (t("consent.given_by"), ctx.v(consent.how_obtained)))
        if consent.name_usage == "initials":
            # Whether this copy itself uses initials is the redaction profile's choice.
            key = (
                "consent.initials_here"
                if ctx.data.person.initials_only
                else "consent.initials_scope"
            )
            rows.append((t("consent.initials_scope_head"), esc(t(key))))
    return rows


def submitter_rows(ctx: Ctx) -> list[tuple[str, Cell]]:
    t = ctx.t
    s = ctx.data.submitter
    if s is None:
        # The gap is named in the checklist; the page shows only that it is missing.
        s = Submitter()
    return [
        (t("submitter.name"), ctx.v(s.name)),
        (t("submitter.organisation"), ctx.v(s.organisation)),
        (t("submitter.postal"), ctx.v(s.postal_address)),
        (t("submitter.email"), ctx.v(s.email)),
        (t("submitter.phone"), ctx.v(s.phone)),
    ]


# -- the first-page blocks -------------------------------------------------------------------

REDACTION_ORDER = (
    Redaction.SOURCES,
    Redaction.CONTACTS,
    Redaction.INITIALS,
    Redaction.NOTES,
    Redaction.MEDICAL,
)


def redaction_notice(ctx: Ctx) -> Flowable:
    t = ctx.t
    applied = [t(f"redaction.{r.value}") for r in REDACTION_ORDER if r in ctx.data.redactions]
    listed = "; ".join(applied) if applied else t("redaction.none")
    return para(t("redaction.applied", list=listed), "notice")


def title_block(ctx: Ctx, title: str, subtitle: str | None = None) -> list[Flowable]:
    blocks: list[Flowable] = [para(title, "title")]
    if subtitle:
        blocks.append(para(subtitle, "subtitle"))
    blocks.append(redaction_notice(ctx))
    return blocks


def section(title: str, *body: Flowable) -> list[Flowable]:
    return [*heading(title), *body]


def subheading(title: str) -> list[Flowable]:
    return heading(title, 2)


def rows_table(rows: Sequence[tuple[str, Cell]], label_width: float = 0.34) -> Flowable:
    return kv_table(rows, label_width)


def text_or_notice(ctx: Ctx, text: str | None) -> Flowable:
    if text and text.strip():
        return para(text)
    return markup(ctx.muted(ctx.t("value.not_recorded")))

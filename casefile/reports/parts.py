"""Pieces several templates print the same way: names, status, charges, timeline, consent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.platypus import Flowable

from casefile.domain.dates import PartialDate
from casefile.reports.common import Cell, esc, grid_table, heading, kv_table, markup, para
from casefile.reports.data import (
    Audience,
    ConsentData,
    DetentionItem,
    IllTreatmentItem,
    Redaction,
    RenderOptions,
    ReportData,
)
from casefile.reports.i18n import Translator

MUTED_OPEN = '<font color="#666666"><i>'
MUTED_CLOSE = "</i></font>"

CUSTODY_TYPES = frozenset(
    {"arrest", "police_custody", "pretrial_detention", "pretrial_extension", "imprisonment"}
)
ARREST_TYPES = ("arrest", "police_custody")
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


def status_line(ctx: Ctx) -> str:
    """'Pre-trial detention: 412 days in custody (since 3 October 2023), SIZO No. 1'."""
    s = ctx.data.status
    text = ctx.t.enum("status", s.status)
    details = []
    if s.days_in_custody:
        details.append(ctx.t("status.days_in_custody", days=s.days_in_custody))
    if s.custody_started is not None:
        details.append(ctx.t("status.since", date=ctx.t.date(s.custody_started)))
    line = text + (": " + ", ".join(details) if details else "")
    if s.place:
        line += ". " + ctx.t("status.held_at", place=s.place)
    if s.term_until is not None:
        line += ". " + ctx.t("status.term_until", date=ctx.t.date(s.term_until))
    return line


def custody_events(data: ReportData) -> list[DetentionItem]:
    return [e for e in data.detention if e.type in CUSTODY_TYPES]


def arrest_event(data: ReportData) -> DetentionItem | None:
    """The arrest that began the latest custody: an arrest (or police custody) event."""
    events = custody_events(data)
    arrests = [e for e in events if e.type in ARREST_TYPES]
    if arrests:
        return arrests[-1]
    return events[0] if events else None


def detention_since_arrest(data: ReportData) -> list[DetentionItem]:
    """Custody events from the latest arrest on (places, transfers, extensions)."""
    arrest = arrest_event(data)
    if arrest is None:
        return []
    events = custody_events(data)
    start = events.index(arrest)
    return events[start:]


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


def submitter_rows(ctx: Ctx) -> list[tuple[str, Cell]]:
    t = ctx.t
    s = ctx.data.submitter
    if s is None:
        return [(t("submitter.organisation"), ctx.muted(t("submitter.missing")))]
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

"""UN Working Group on Arbitrary Detention: the model questionnaire, sections I to VI.

Section II describes the arrest that began the latest custody; section III the custody from
then on (places, transfers, orders). The categories of section IV are what the user ticks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from reportlab.platypus import Flowable

from casefile.domain import custody_facts
from casefile.reports.common import Cell, bullets, esc, grid_table, markup, para, spacer
from casefile.reports.data import Redaction, ReportData
from casefile.reports.parts import (
    Ctx,
    Need,
    affiliations_text,
    appeal_lines,
    arrest_event,
    article_text,
    authorisation_rows,
    birth_text,
    complaint_text,
    detention_since_arrest,
    hearing_outcome,
    hearings_concerning,
    latin_name,
    period_lines,
    roles_text,
    rows_table,
    section,
    status_line,
    subheading,
    submitter_rows,
    title_block,
    un_history,
    verdict_text,
)

CATEGORIES = ("I", "II", "III", "IV", "V")
CHECKED, UNCHECKED = "☒", "☐"  # U+2612, U+2610: both in DejaVu Sans
# Appeals are summed up per instance below the table (their postponements are not results).
DOMESTIC_HEARINGS = frozenset({"detention_extension"})
#: Recipients (vocabulary codes) whose earlier submissions section V lists.
UN_RECIPIENTS = frozenset({"wgad", "wgeid", "special_rapporteur", "human_rights_committee"})


def _unique(values: Iterable[str | None]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _numbered(rows: list[tuple[str, Cell]]) -> list[tuple[str, Cell]]:
    return [(f"{n}. {label}", value) for n, (label, value) in enumerate(rows, start=1)]


def identity(ctx: Ctx) -> list[Flowable]:
    t, p = ctx.t, ctx.data.person
    document = [
        (t("wgad.doc_type"), p.id_document_type, None),
        (t("wgad.doc_issued_by"), p.id_document_issued_by, None),
        (
            t("wgad.doc_issued_on"),
            t.date(p.id_document_issued_on) if p.id_document_issued_on else None,
            None,
        ),
        (t("wgad.doc_number"), p.id_document_number, Redaction.INITIALS),
    ]
    doc_text = "<br/>".join(f"{esc(label)}: {ctx.v(value, by)}" for label, value, by in document)
    activity = "; ".join(x for x in (p.profession, roles_text(ctx), affiliations_text(ctx)) if x)
    rows: list[tuple[str, Cell]] = [
        (t("wgad.family_name"), ctx.v(p.family_name)),
        (t("wgad.first_name"), ctx.v(p.first_names)),
        (t("wgad.latin_name"), ctx.v(latin_name(p), Redaction.INITIALS)),
        (t("label.sex"), esc(t.enum("sex", p.sex))),
        (t("wgad.birth"), birth_text(ctx)),
        (t("label.nationality"), ctx.v(", ".join(p.nationalities))),
        (t("wgad.document"), doc_text),
        (t("wgad.profession"), ctx.v(activity)),
        (t("wgad.address"), ctx.v(p.usual_address, Redaction.CONTACTS)),
    ]
    return section(t("wgad.s1"), rows_table(_numbered(rows)))


def arrest(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    event = arrest_event(ctx.data)
    if event is None:
        return section(t("wgad.s2"), para(t("wgad.no_arrest"), "notice"))
    rows: list[tuple[str, Cell]] = [
        (t("wgad.date"), ctx.d(event.start)),
        (t("wgad.place"), ctx.v(event.place)),
        (t("wgad.arrest_forces"), ctx.v(event.forces)),
        (t("wgad.warrant"), ctx.yes_no(event.warrant_shown)),
        (t("wgad.authority"), ctx.v(event.ordering_authority)),
        (t("wgad.reasons"), ctx.v(event.reasons_given)),
        (t("wgad.legal_basis"), ctx.v(event.legal_basis)),
    ]
    out = section(t("wgad.s2"))
    if event.type == "disappearance":
        out.append(para(t("wgad.disappearance"), "notice"))
    out.append(rows_table(_numbered(rows)))
    return out


def detention(ctx: Ctx) -> list[Flowable]:
    t, data = ctx.t, ctx.data
    events = detention_since_arrest(data)
    if not events:
        return section(t("wgad.s3"), para(t("wgad.no_detention"), "notice"))
    held = [e for e in events if e.type not in {"arrest", "disappearance"}] or events
    periods = period_lines(ctx)
    places = []
    for e in events:
        if e.place:
            places.append(f"{t.date(e.start)}: {e.place} ({ctx.term('detention_type', e.type)})")
    legal = _unique([e.legal_basis for e in held])
    legal += [article_text(ctx, c.article, c.code) for c in data.charges]
    rows: list[tuple[str, Cell]] = [
        (t("wgad.date"), ctx.d(held[0].start)),
        (t("wgad.duration"), ctx.v("\n".join(periods))),
        (t("wgad.present"), esc(status_line(ctx))),
        (t("wgad.holding_forces"), ctx.v("; ".join(_unique([e.forces for e in held[::-1]])))),
        (t("wgad.places"), ctx.v("\n".join(places))),
        (t("wgad.ordered_by"), ctx.v("\n".join(_unique([e.ordering_authority for e in held])))),
        (t("wgad.reasons"), ctx.v("\n".join(_unique([e.reasons_given for e in held])))),
        (t("wgad.legal_basis"), ctx.v("\n".join(_unique(legal)))),
        (
            t("wgad.verdict"),
            ctx.muted(t("wgad.no_verdict")) if not (v := verdict_text(ctx)) else esc(v),
        ),
    ]
    return section(t("wgad.s3"), rows_table(_numbered(rows)))


def arbitrariness(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    ticked = set(ctx.options.arbitrary_categories)
    lines = [
        f"{CHECKED if c in ticked else UNCHECKED}  <b>{t('wgad.category', number=c)}</b>: "
        + esc(t(f"wgad.category.{c}"))
        for c in CATEGORIES
    ]
    out = section(t("wgad.s4"), markup("<br/>".join(lines)), spacer())
    out += subheading(t("wgad.circumstances"))
    texts = [ctx.options.arbitrariness_reasons] + [c.summary for c in ctx.data.cases]
    written = [x for x in texts if x and x.strip()]
    out += [para(x) for x in written] or [markup(ctx.muted(t("value.not_recorded")))]
    return out


def remedies(ctx: Ctx) -> list[Flowable]:
    t, data = ctx.t, ctx.data
    out = section(t("wgad.s5"))
    if ctx.options.domestic_remedies:
        out.append(para(ctx.options.domestic_remedies))
    # (day, row): hearings and complaints together in date order; undated complaints last.
    dated: list[tuple[date, list[Cell]]] = []
    for h, measure in hearings_concerning(data):
        if h.kind in DOMESTIC_HEARINGS:
            outcome = hearing_outcome(ctx, h, measure)
            dated.append(
                (
                    h.scheduled_date,
                    [
                        esc(t.date(h.scheduled_date)),
                        esc(ctx.term("hearing_kind", h.kind)),
                        ctx.v(h.court),
                        esc(outcome),
                    ],
                )
            )
    for item in data.ill_treatment:
        complaint = complaint_text(ctx, item)
        if complaint:
            when = t.date(item.reported_on) if item.reported_on else ""
            day = item.reported_on.earliest if item.reported_on else date.max
            row = [esc(when), esc(t("wgad.complaint")), ctx.v(item.reported_to), esc(complaint)]
            dated.append((day, row))
    rows = [row for _day, row in sorted(dated, key=lambda pair: pair[0])]
    if rows:
        out.append(
            grid_table(
                [t("timeline.when"), t("wgad.step"), t("wgad.before"), t("wgad.result")],
                rows,
                [0.17, 0.22, 0.26, 0.35],
            )
        )
    elif not ctx.options.domestic_remedies:
        out.append(markup(ctx.muted(t("value.not_recorded"))))
    appeals = appeal_lines(ctx)
    if appeals:
        out += subheading(t("wgad.appeals"))
        out += bullets(appeals)
    out += subheading(t("wgad.un_history"))
    history = un_history(ctx, UN_RECIPIENTS)
    out += bullets(history) if history else [para(t("wgad.un_history_none"), "notice")]
    return out


def submitter(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    out = section(t("wgad.s6"))
    out += subheading(t("wgad.authorisation"))
    out.append(rows_table(authorisation_rows(ctx)))
    out += subheading(t("wgad.submitter"))
    rows = [
        *submitter_rows(ctx),
        (t("wgad.submission_date"), esc(t.date(ctx.options.generated_on or ctx.data.today))),
        (t("wgad.signature"), "<br/><br/>" + "_" * 40),
    ]
    out.append(rows_table(rows))
    return out


def story(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    out = title_block(ctx, t("wgad.title"), t("wgad.subtitle"))
    for part in (identity, arrest, detention, arbitrariness, remedies, submitter):
        out += part(ctx)
    return out


def needs(data: ReportData, categories: tuple[str, ...] = ()) -> list[Need]:
    p = data.person
    event = arrest_event(data)
    held = detention_since_arrest(data)
    sub = data.submitter
    consent = data.current_consent
    s1, s2, s3 = "wgad.s1", "wgad.s2", "wgad.s3"
    return [
        Need(s1, "wgad.family_name", bool(p.family_name)),
        Need(s1, "wgad.first_name", bool(p.first_names)),
        Need(s1, "wgad.latin_name_field", latin_name(p) is not None, Redaction.INITIALS),
        Need(s1, "label.sex", p.sex != "unknown"),
        Need(s1, "wgad.birth", p.birth_date is not None),
        Need(s1, "label.nationality", bool(p.nationalities)),
        Need(s1, "wgad.doc_type", bool(p.id_document_type)),
        Need(s1, "wgad.doc_issued_by", bool(p.id_document_issued_by)),
        Need(s1, "wgad.doc_issued_on", p.id_document_issued_on is not None),
        Need(s1, "wgad.doc_number", bool(p.id_document_number), Redaction.INITIALS),
        Need(s1, "wgad.profession", bool(p.profession or p.roles)),
        Need(s1, "wgad.address", bool(p.usual_address), Redaction.CONTACTS),
        Need(s2, "wgad.date", event is not None),
        Need(s2, "wgad.place", bool(event and event.place)),
        Need(s2, "wgad.arrest_forces", bool(event and event.forces)),
        Need(s2, "wgad.warrant", event is not None and event.warrant_shown is not None),
        Need(s2, "wgad.authority", bool(event and event.ordering_authority)),
        Need(s2, "wgad.reasons", bool(event and event.reasons_given)),
        Need(s2, "wgad.legal_basis", bool(event and event.legal_basis)),
        Need(s3, "wgad.places", any(e.place for e in held)),
        Need(s3, "wgad.holding_forces", any(e.forces for e in held)),
        Need(s3, "wgad.ordered_by", any(e.ordering_authority for e in held)),
        Need(s3, "wgad.legal_basis", any(e.legal_basis for e in held) or bool(data.charges)),
        Need(s3, "wgad.verdict_field", _verdict_known(data)),
        Need("wgad.s4", "wgad.categories", bool(categories)),
        Need("wgad.s6", "consent.given", bool(consent and consent.share_with_un)),
        Need(
            "wgad.s6",
            "consent.given_by_field",
            bool(consent and consent.how_obtained),
        ),
        Need("wgad.s6", "submitter.name", bool(sub and (sub.name or sub.organisation))),
        Need("wgad.s6", "submitter.postal", bool(sub and sub.postal_address)),
        Need("wgad.s6", "submitter.email", bool(sub and sub.email)),
        Need("wgad.s6", "submitter.phone", bool(sub and sub.phone)),
    ]


def _verdict_known(data: ReportData) -> bool:
    """A gap only when a charge is decided (or a verdict given) but no sentence is recorded."""
    found = custody_facts.verdict(data.detention, data.charges, data.hearings)
    return found is None or found.result != "convicted" or bool(found.sentences)

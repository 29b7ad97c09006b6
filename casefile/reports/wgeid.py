"""UN Working Group on Enforced or Involuntary Disappearances: the minimum elements of a case.

The WGEID accepts a case when it has: the identity of the person; the date of the
disappearance (at least month and year); the place of the arrest or abduction, or where the
person was last seen; the parties believed to have carried it out (State agents, or people
acting with the State's support or acquiescence); the steps taken to find the person and the
domestic remedies tried, with their results; and who submits it, with the family's consent.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from casefile.domain import custody_facts
from casefile.reports.common import Cell, bullets, esc, para
from casefile.reports.data import DetentionItem, Redaction, ReportData
from casefile.reports.parts import (
    Ctx,
    Need,
    affiliations_text,
    authorisation_rows,
    birth_text,
    complaint_text,
    latin_name,
    roles_text,
    rows_table,
    section,
    status_line,
    submitter_rows,
    title_block,
    un_history,
)


def disappearance_event(data: ReportData) -> DetentionItem | None:
    """The disappearance that began the latest deprivation of liberty, else the latest one."""
    arrest = custody_facts.arrest_event(data.detention, data.today)
    if arrest is not None and arrest.type == "disappearance":
        return arrest
    found = [e for e in data.detention if e.type == "disappearance"]
    return found[-1] if found else arrest


def person(ctx: Ctx) -> list[Flowable]:
    t, p = ctx.t, ctx.data.person
    activity = "; ".join(x for x in (p.profession, roles_text(ctx), affiliations_text(ctx)) if x)
    rows: list[tuple[str, Cell]] = [
        (t("wgeid.name"), esc(p.full_name)),
        (t("wgad.latin_name"), ctx.v(latin_name(p), Redaction.INITIALS)),
        (t("label.sex"), esc(t.enum("sex", p.sex))),
        (t("wgad.birth"), birth_text(ctx)),
        (t("label.nationality"), ctx.v(", ".join(p.nationalities))),
        (t("wgeid.doc_number"), ctx.v(p.id_document_number, Redaction.INITIALS)),
        (t("wgad.profession"), ctx.v(activity)),
        (t("wgad.address"), ctx.v(p.usual_address, Redaction.CONTACTS)),
    ]
    return section(t("wgeid.s1"), rows_table(rows))


def disappearance(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    event = disappearance_event(ctx.data)
    if event is None:
        return section(t("wgeid.s2"), para(t("wgeid.none"), "notice"))
    rows: list[tuple[str, Cell]] = [
        (t("wgeid.date"), ctx.d(event.start)),
        (t("wgeid.place"), ctx.v(event.place)),
        (t("wgeid.forces"), ctx.v(event.forces)),
        (t("wgad.warrant"), ctx.yes_no(event.warrant_shown)),
        (t("wgeid.state_link"), ctx.v(event.reasons_given)),
        (t("wgeid.present"), esc(status_line(ctx))),
    ]
    if event.notes:
        rows.append((t("label.notes"), esc(event.notes)))
    out = section(t("wgeid.s2"), rows_table(rows))
    for case in ctx.data.cases:
        if case.summary:
            out.append(para(case.summary))
    return out


def steps(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    lines = [c for item in ctx.data.ill_treatment if (c := complaint_text(ctx, item))]
    if ctx.options.domestic_remedies:
        lines.insert(0, ctx.options.domestic_remedies)
    lines += un_history(ctx)
    body = bullets(lines) if lines else [para(t("wgeid.no_steps"), "notice")]
    return section(t("wgeid.s3"), *body)


def source(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    out = section(t("wgeid.s4"), para(t("sp.submitter_confidential"), "notice"))
    out.append(rows_table(submitter_rows(ctx)))
    out += section(t("wgeid.s5"), rows_table(authorisation_rows(ctx)))
    return out


def story(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    out = title_block(ctx, t("wgeid.title"), t("wgeid.subtitle"))
    for part in (person, disappearance, steps, source):
        out += part(ctx)
    return out


def needs(data: ReportData) -> list[Need]:
    p = data.person
    event = disappearance_event(data)
    consent = data.current_consent
    steps_taken = any(i.reported_to for i in data.ill_treatment) or bool(data.interventions)
    steps_taken = steps_taken or any(c.summary for c in data.cases)
    return [
        Need("wgeid.s1", "wgeid.name", bool(p.full_name)),
        Need("wgeid.s1", "label.sex", p.sex != "unknown"),
        Need("wgeid.s1", "wgad.birth", p.birth_date is not None),
        Need("wgeid.s2", "wgeid.event_field", event is not None and event.type == "disappearance"),
        Need("wgeid.s2", "wgeid.place", bool(event and event.place)),
        Need("wgeid.s2", "wgeid.forces", bool(event and event.forces)),
        Need("wgeid.s3", "wgeid.s3", steps_taken),
        Need("wgeid.s4", "submitter.organisation", data.submitter is not None),
        Need("wgeid.s5", "consent.given", bool(consent and consent.share_with_un)),
    ]

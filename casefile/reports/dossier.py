"""The full internal dossier: everything on record, marked "Internal — do not share" on every
page, and a last page listing what each outgoing template still needs."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from casefile.reports.checklist import CHECKED_TEMPLATES, describe, gaps
from casefile.reports.common import Cell, bullets, esc, grid_table, markup, para
from casefile.reports.parts import (
    Ctx,
    affiliations_text,
    birth_text,
    charges_table,
    detention_table,
    facts_lines,
    hearing_outcome,
    hearings_concerning,
    ill_treatment_rows,
    roles_text,
    rows_table,
    section,
    status_line,
    subheading,
    text_or_notice,
    title_block,
)


def identity(ctx: Ctx) -> list[Flowable]:
    t, p = ctx.t, ctx.data.person
    document = ", ".join(
        x
        for x in (
            p.id_document_type,
            p.id_document_number,
            p.id_document_issued_by,
            t.date(p.id_document_issued_on) if p.id_document_issued_on else None,
        )
        if x
    )
    rows: list[tuple[str, Cell]] = [
        (t("dossier.full_name"), esc(p.full_name)),
        (t("dossier.other_names"), ctx.v(", ".join((*p.name_variants, *p.aliases)))),
        (t("label.sex"), esc(t.enum("sex", p.sex))),
        (t("wgad.birth"), birth_text(ctx)),
        (t("label.nationality"), ctx.v(", ".join(p.nationalities))),
        (t("wgad.document"), ctx.v(document)),
        (t("label.profession"), ctx.v(p.profession)),
        (t("label.roles"), ctx.v(roles_text(ctx))),
        (t("label.organisations"), ctx.v(affiliations_text(ctx))),
        (t("wgad.address"), ctx.v(p.usual_address)),
        (t("dossier.contacts"), ctx.v(p.contact_details)),
        (t("dossier.risk"), ctx.v(t.enum("risk", p.risk_level) if p.risk_level else None)),
        (t("label.notes"), ctx.v(p.notes)),
    ]
    return section(t("dossier.s_identity"), rows_table(rows, 0.28))


def consents(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    if not ctx.data.consents:
        return section(t("dossier.s_consent"), para(t("consent.none"), "notice"))
    rows: list[list[Cell]] = []
    for c in ctx.data.consents:
        scope = [
            t("dossier.consent_un") if c.share_with_un else None,
            t("dossier.consent_embassies") if c.share_with_embassies else None,
            t("dossier.consent_public") if c.share_publicly else None,
        ]
        state = t("dossier.consent_current") if c.current else ""
        if c.withdrawn_on is not None:
            state = t("dossier.consent_withdrawn", date=t.date(c.withdrawn_on))
        usage = t("consent.initials") if c.name_usage == "initials" else t("consent.full_name")
        rows.append(
            [
                ctx.d(c.given_on),
                ctx.v(", ".join(x for x in scope if x)),
                esc(usage),
                ctx.yes_no(c.informed_state_contacted),
                ctx.v(c.how_obtained),
                esc(state),
            ]
        )
    header = [
        t("dossier.consent_given_on"),
        t("dossier.consent_scope"),
        t("consent.name_usage"),
        t("consent.informed_state"),
        t("dossier.consent_how"),
        t("dossier.consent_state"),
    ]
    return section(
        t("dossier.s_consent"), grid_table(header, rows, [0.14, 0.2, 0.14, 0.14, 0.22, 0.16])
    )


def cases(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    out = section(t("dossier.s_cases"))
    if not ctx.data.cases:
        out.append(para(t("value.none_recorded"), "notice"))
    for case in ctx.data.cases:
        numbers = ", ".join(case.case_numbers)
        head = f"<b>{esc(case.title)}</b>"
        if numbers:
            head += f" ({esc(numbers)})"
        head += " — " + esc(t.enum("case_status", case.status))
        if case.role:
            head += "; " + esc(t("dossier.role_in_case", role=t.enum("case_role", case.role)))
        out.append(markup(head))
        if case.summary:
            out.append(para(case.summary))
    return out


def hearings(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    if not ctx.data.hearings:
        return section(t("dossier.s_hearings"), para(t("value.none_recorded"), "notice"))
    rows: list[list[Cell]] = []
    # Only the hearings that concern this person: not the extensions of co-defendants'
    # detention after they were released (custody_facts.hearing_concerns).
    for h, measure in hearings_concerning(ctx.data):
        when = t.date(h.scheduled_date)
        if h.scheduled_time is not None:
            when += " " + h.scheduled_time.strftime("%H:%M")
        court = "; ".join(x for x in (h.court, h.judge) if x)
        details = [hearing_outcome(ctx, h, measure)]
        if h.closed_to_public:
            details.append(t("hearing.closed"))
        if h.postponement_reason:
            details.append(h.postponement_reason)
        if h.notes:
            details.append(h.notes)
        rows.append(
            [
                esc(when),
                esc(ctx.term("hearing_kind", h.kind)),
                ctx.v(court),
                esc("\n".join(details)),
            ]
        )
    header = [t("timeline.when"), t("dossier.kind"), t("dossier.court"), t("dossier.outcome")]
    return section(t("dossier.s_hearings"), grid_table(header, rows, [0.17, 0.2, 0.3, 0.33]))


def interventions(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    if not ctx.data.interventions:
        return section(t("dossier.s_interventions"), para(t("value.none_recorded"), "notice"))
    rows: list[list[Cell]] = []
    for i in ctx.data.interventions:
        answer = "\n".join(x for x in (i.reply, i.outcome) if x)
        rows.append(
            [
                ctx.d(i.sent_on),
                esc(
                    ctx.term("recipient", i.recipient)
                    + (f" ({i.reference})" if i.reference else "")
                ),
                ctx.v(i.summary),
                ctx.v(answer),
            ]
        )
    header = [t("timeline.when"), t("dossier.recipient"), t("dossier.summary"), t("dossier.reply")]
    return section(t("dossier.s_interventions"), grid_table(header, rows, [0.14, 0.26, 0.3, 0.3]))


def sources(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    if not ctx.data.sources:
        return section(t("dossier.s_sources"), para(t("value.none_recorded"), "notice"))
    rows: list[list[Cell]] = []
    for s in ctx.data.sources:
        name = s.name + (f" ({t('dossier.confidential')})" if s.confidential else "")
        rows.append([esc(name), ctx.v(s.contact_details), ctx.v(s.reliability), ctx.v(s.notes)])
    header = [
        t("dossier.source"),
        t("dossier.contacts"),
        t("dossier.reliability"),
        t("label.notes"),
    ]
    return section(t("dossier.s_sources"), grid_table(header, rows, [0.26, 0.26, 0.16, 0.32]))


def disclosures(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    if not ctx.data.disclosures:
        # A redacted copy never carries the log (see redaction.apply_redactions).
        empty = t("value.withheld") if ctx.data.redactions else t("value.none_recorded")
        return section(t("dossier.s_disclosures"), para(empty, "notice"))
    rows: list[list[Cell]] = []
    for d in ctx.data.disclosures:
        rows.append(
            [
                esc(t.date(d.at) + d.at.strftime(" %H:%M")),
                esc(f"{d.template} ({d.lang}), {d.profile}"),
                esc(d.recipient)
                + (
                    "<br/>" + esc(t("dossier.override", reason=d.override_reason or "—"))
                    if d.consent_overridden
                    else ""
                ),
                esc(f"{d.actor}, {t.enum('medium', d.medium)}"),
                markup(f'<font size="6.5">{esc(d.sha256)}</font>', "cell"),
            ]
        )
    header = [
        t("timeline.when"),
        t("dossier.template"),
        t("dossier.recipient"),
        t("dossier.by"),
        "SHA-256",
    ]
    return section(
        t("dossier.s_disclosures"), grid_table(header, rows, [0.15, 0.2, 0.2, 0.15, 0.3])
    )


def gaps_page(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    out: list[Flowable] = [PageBreak(), para(t("dossier.gaps_title"), "title")]
    out.append(para(t("dossier.gaps_intro"), "notice"))
    for template in CHECKED_TEMPLATES:
        missing: list[str] = []
        for need in gaps(ctx.data, template, ctx.options):
            line = describe(need, t)
            if line not in missing:
                missing.append(line)
        out += section(t(f"template.{template}"))
        out += bullets(missing) if missing else [para(t("dossier.gaps_none"), "notice")]
    return out


def story(ctx: Ctx) -> list[Flowable]:
    t, data = ctx.t, ctx.data
    out = title_block(ctx, t("dossier.title"), t("dossier.subtitle"))
    out.append(para(data.person.full_name, "name"))
    out += identity(ctx)
    out += section(t("dossier.s_status"), para(status_line(ctx)), *bullets(facts_lines(ctx)))
    if data.status.police_custody_over_48h:
        out.append(para(t("dossier.over_48h"), "mark"))
    out += consents(ctx)
    out += cases(ctx)
    out += section(t("embassy.charges_head"), charges_table(ctx))
    out += section(t("dossier.s_detention"), detention_table(ctx, data.detention, full=True))
    out += hearings(ctx)
    out += section(t("dossier.s_ill_treatment"))
    if not data.ill_treatment:
        out.append(text_or_notice(ctx, None))
    for n, item in enumerate(data.ill_treatment, start=1):
        out += subheading(t("ill.s_incident", number=n))
        out.append(rows_table(ill_treatment_rows(ctx, item, full=True)))
    out += interventions(ctx)
    out += sources(ctx)
    out += disclosures(ctx)
    out += gaps_page(ctx)
    return out

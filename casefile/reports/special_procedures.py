"""Communication to UN Special Procedures (torture, human-rights defenders, expression).

Victim, consent, alleged perpetrators, the facts (date, place, description), domestic action
and the authorities' responses, and, for a human-rights defender, their activities and the
link to the violation. Sent as an urgent appeal or an allegation letter (the user's choice).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from casefile.reports.common import Cell, bullets, esc, para, spacer
from casefile.reports.data import Redaction, RenderOptions, ReportData
from casefile.reports.parts import (
    Ctx,
    Need,
    affiliations_text,
    appeal_lines,
    arrest_event,
    authorisation_rows,
    birth_text,
    complaint_text,
    detention_since_arrest,
    hearing_outcome,
    hearings_concerning,
    is_defender,
    perpetrators_text,
    roles_text,
    rows_table,
    section,
    status_line,
    subheading,
    submitter_rows,
    text_or_notice,
    title_block,
    un_history,
    verdict_text,
)

URGENT = "urgent_appeal"


def victim(ctx: Ctx) -> list[Flowable]:
    t, p = ctx.t, ctx.data.person
    occupation = "; ".join(x for x in (p.profession, roles_text(ctx), affiliations_text(ctx)) if x)
    rows: list[tuple[str, Cell]] = [
        (t("sp.victim_name"), esc(p.full_name)),
        (t("label.sex"), esc(t.enum("sex", p.sex))),
        (t("sp.birth"), birth_text(ctx)),
        (t("label.nationality"), ctx.v(", ".join(p.nationalities))),
        (t("sp.occupation"), ctx.v(occupation)),
        (t("sp.residence"), ctx.v(p.usual_address, Redaction.CONTACTS)),
        (t("sp.status"), esc(status_line(ctx))),
        (t("sp.group"), esc(group_text(ctx))),
    ]
    return section(t("sp.s_victim"), rows_table(rows))


def group_text(ctx: Ctx) -> str:
    if len(ctx.group) < 2:
        return ctx.t("sp.individual")
    return ctx.t("sp.group_of", count=len(ctx.group), number=ctx.index + 1)


def urgency(ctx: Ctx) -> list[Flowable]:
    """Why the appeal is urgent: the risk, the 48-hour flag, health, the user's own words."""
    t, data = ctx.t, ctx.data
    lines = []
    if ctx.options.urgency:
        lines.append(ctx.options.urgency)
    if data.status.police_custody_over_48h:
        lines.append(t("sp.urgent_48h"))
    if data.person.risk_level:
        lines.append(t("sp.urgent_risk", level=t.enum("risk", data.person.risk_level)))
    if data.status.status in {"police_custody", "pretrial_detention", "imprisoned", "disappeared"}:
        lines.append(status_line(ctx))
    for item in data.ill_treatment[-2:]:
        if item.injuries:
            when = t.date(item.incident_date) if item.incident_date else ""
            lines.append(t("sp.urgent_health", injuries=item.injuries, date=when).strip())
    if not lines:
        return []
    return section(t("sp.s_urgency"), *bullets(lines))


def consent(ctx: Ctx) -> list[Flowable]:
    return section(ctx.t("sp.s_consent"), rows_table(authorisation_rows(ctx)))


def perpetrator_lines(ctx: Ctx) -> list[str]:
    t = ctx.t
    lines: list[str] = []
    for e in detention_since_arrest(ctx.data):
        who = "; ".join(x for x in (e.forces, e.ordering_authority) if x)
        if who:
            line = f"{t.date(e.start)}, {ctx.term('detention_type', e.type)}: {who}"
            if line not in lines:
                lines.append(line)
    for item in ctx.data.ill_treatment:
        involved = perpetrators_text(item)
        if involved:
            when = t.date(item.incident_date) if item.incident_date else t("value.not_recorded")
            lines.append(f"{when}, {t('sp.ill_treatment')}: {involved}")
    return lines


def facts(ctx: Ctx) -> list[Flowable]:
    t, data = ctx.t, ctx.data
    out = section(t("sp.s_facts"))
    event = arrest_event(data)
    if event is not None:
        rows: list[tuple[str, Cell]] = [
            (t("sp.arrest_date"), ctx.d(event.start)),
            (t("sp.arrest_place"), ctx.v(event.place)),
            (t("sp.reasons"), ctx.v(event.reasons_given)),
        ]
        if data.charges:
            charged = "; ".join(
                t("charge.article", article=c.article) + (f" ({c.wording})" if c.wording else "")
                for c in data.charges
            )
            rows.append((t("sp.charges"), esc(charged)))
        out += [rows_table(rows), spacer()]
    for case in data.cases:
        if case.summary:
            out.append(para(case.summary))
    for n, item in enumerate(data.ill_treatment, start=1):
        out += subheading(t("sp.incident", number=n))
        rows = [
            (t("sp.incident_date"), ctx.v(ctx.when_where(item.incident_date, item.place))),
            (t("sp.description"), ctx.v(item.circumstances)),
            (
                t("ill.methods"),
                ctx.v(", ".join(ctx.term("ill_treatment_method", m) for m in item.methods)),
            ),
            (t("ill.injuries"), ctx.v(item.injuries)),
            (t("ill.witnesses"), ctx.v(item.witnesses)),
        ]
        out.append(rows_table(rows))
    if event is None and not data.ill_treatment and not any(c.summary for c in data.cases):
        out.append(text_or_notice(ctx, None))
    return out


def domestic(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    lines = [c for item in ctx.data.ill_treatment if (c := complaint_text(ctx, item))]
    if ctx.options.domestic_remedies:
        lines.insert(0, ctx.options.domestic_remedies)
    verdict = verdict_text(ctx)
    if verdict:
        lines.append(verdict)
    lines += appeal_lines(ctx)
    for h, measure in hearings_concerning(ctx.data):
        if h.kind == "detention_extension" and h.outcome:
            court = f", {h.court}" if h.court else ""
            outcome = hearing_outcome(ctx, h, measure)
            lines.append(
                f"{ctx.term('hearing_kind', h.kind)}, {t.date(h.scheduled_date)}{court}: {outcome}"
            )
    body = [para(line) for line in lines] or [text_or_notice(ctx, None)]
    out = section(t("sp.s_domestic"), *body)
    earlier = un_history(ctx, frozenset({"special_rapporteur", "wgad", "wgeid"}))
    if earlier:
        out += subheading(t("sp.earlier"))
        out += bullets(earlier)
    return out


def defender(ctx: Ctx) -> list[Flowable]:
    t, o = ctx.t, ctx.options
    if not is_defender(ctx) and not o.hrd_activities:
        return []
    p = ctx.data.person
    derived = "; ".join(x for x in (roles_text(ctx), p.profession, affiliations_text(ctx)) if x)
    rows: list[tuple[str, Cell]] = [
        (t("sp.activities"), ctx.v(o.hrd_activities or derived)),
        (t("sp.link"), ctx.v(o.hrd_link)),
    ]
    if o.reprisals:
        rows.append((t("sp.reprisals"), esc(o.reprisals)))
    return section(t("sp.s_defender"), rows_table(rows))


def story(ctx: Ctx) -> list[Flowable]:
    t = ctx.t
    kind = t("sp.urgent") if ctx.options.communication == URGENT else t("sp.allegation")
    out: list[Flowable] = []
    if ctx.index == 0:
        out += title_block(ctx, t("sp.title"), kind)
        if len(ctx.group) > 1:
            out.append(para(t("sp.group_intro", count=len(ctx.group), names="; ".join(ctx.group))))
    else:
        out += subheading(t("sp.group_member", number=ctx.index + 1, count=len(ctx.group)))
    out += victim(ctx)
    if ctx.options.communication == URGENT:
        out += urgency(ctx)
    out += consent(ctx)
    perpetrators = perpetrator_lines(ctx)
    out += section(
        t("sp.s_perpetrators"),
        *(bullets(perpetrators) if perpetrators else [text_or_notice(ctx, None)]),
    )
    out += facts(ctx)
    out += domestic(ctx)
    out += defender(ctx)
    if ctx.index == max(len(ctx.group) - 1, 0):
        out += section(t("sp.s_submitter"), para(t("sp.submitter_confidential"), "notice"))
        out.append(rows_table(submitter_rows(ctx)))
    return out


def needs(data: ReportData) -> list[Need]:
    p = data.person
    consent = data.current_consent
    event = arrest_event(data)
    description = any(c.summary for c in data.cases) or any(
        i.circumstances for i in data.ill_treatment
    )
    perpetrators = bool(event and event.forces) or any(
        perpetrators_text(i) for i in data.ill_treatment
    )
    domestic = any(i.reported_to for i in data.ill_treatment) or any(
        h.kind in {"appeal", "cassation"} for h in data.hearings
    )
    return [
        Need("sp.s_victim", "label.sex", p.sex != "unknown"),
        Need("sp.s_victim", "sp.birth", p.birth_date is not None),
        Need("sp.s_victim", "label.nationality", bool(p.nationalities)),
        Need("sp.s_victim", "sp.occupation", bool(p.profession or p.roles)),
        Need("sp.s_consent", "consent.given", consent is not None and consent.share_with_un),
        Need(
            "sp.s_consent",
            "consent.informed_state",
            bool(consent and consent.informed_state_contacted),
        ),
        Need("sp.s_perpetrators", "sp.s_perpetrators", bool(perpetrators)),
        Need("sp.s_facts", "sp.arrest_date", event is not None or bool(data.ill_treatment)),
        Need("sp.s_facts", "sp.description", description),
        Need("sp.s_domestic", "sp.s_domestic", domestic),
        Need("sp.s_submitter", "submitter.organisation", data.submitter is not None),
    ]


def urgent_needs(data: ReportData, options: RenderOptions) -> list[Need]:
    """An urgent appeal says why it is urgent: the user's text, or a flag from the record."""
    if options.communication != URGENT:
        return []
    flagged = data.status.police_custody_over_48h or data.person.risk_level in {"high", "critical"}
    return [Need("sp.s_urgency", "sp.urgency_field", bool(options.urgency) or flagged)]

"""Ill-treatment summary along the Istanbul Protocol's elements of an account.

Per incident: circumstances, dates, the people involved, methods (vocabulary labels),
injuries, medical examination, witnesses, complaints and responses; then the consent and
confidentiality arrangements.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from casefile.domain import custody_facts
from casefile.reports.common import Cell, bullets, esc, para
from casefile.reports.data import Audience, IllTreatmentItem, Redaction, ReportData
from casefile.reports.parts import (
    Ctx,
    Need,
    authorisation_rows,
    birth_text,
    ill_treatment_rows,
    perpetrators_text,
    rows_table,
    section,
    status_line,
    submitter_rows,
    title_block,
)


def held_at(ctx: Ctx, item: IllTreatmentItem) -> str | None:
    """Where the person was held when it happened (from the detention timeline)."""
    if item.incident_date is None:
        return None
    day = item.incident_date.earliest
    measure = custody_facts.measure_on(ctx.data.detention, day, ctx.data.today)
    if measure is None:
        return None
    places = [
        e
        for e in ctx.data.detention
        if e.start.earliest <= day and e.type not in {"arrest", "release", "conviction"}
    ]
    text = ctx.t(f"period.{measure}")
    place = next((e.place for e in reversed(places) if e.place), None)
    return f"{text}, {place}" if place and measure == "custody" else text


def safeguards(ctx: Ctx, item: IllTreatmentItem) -> str:
    """Access to a lawyer, a doctor and the family, as far as the record shows."""
    t, data = ctx.t, ctx.data
    lawyer = "; ".join(data.lawyers) if data.lawyers else t("value.not_recorded")
    examined = item.medical_exam_date is not None or bool(item.medical_examiner)
    doctor = t("value.yes") if examined else t("value.not_recorded")
    return "<br/>".join(
        [
            esc(t("ill.safeguard_lawyer", lawyer=lawyer)),
            esc(t("ill.safeguard_doctor", doctor=doctor)),
            esc(t("ill.safeguard_family", family=t("value.not_recorded"))),
        ]
    )


def story(ctx: Ctx) -> list[Flowable]:
    t, data = ctx.t, ctx.data
    p = data.person
    out = title_block(ctx, t("ill.title"), t("ill.subtitle"))
    rows: list[tuple[str, Cell]] = [
        (t("ill.victim"), esc(p.full_name)),
        (t("label.sex"), esc(t.enum("sex", p.sex))),
        (t("sp.birth"), birth_text(ctx)),
        (t("sp.status"), esc(status_line(ctx))),
    ]
    out += section(t.g("ill.s_victim", p.sex), rows_table(rows))
    if not data.ill_treatment:
        out += section(t("ill.s_incident", number=1), para(t("ill.none"), "notice"))
    full = ctx.audience is Audience.INTERNAL
    for n, item in enumerate(data.ill_treatment, start=1):
        rows = ill_treatment_rows(ctx, item, full=full)
        rows.insert(1, (t("ill.time"), ctx.muted(t("ill.time_missing"))))
        rows.insert(2, (t("ill.held_at"), ctx.v(held_at(ctx, item))))
        rows.insert(3, (t("ill.conditions"), ctx.muted(t("value.not_recorded"))))
        rows.append((t("ill.safeguards"), safeguards(ctx, item)))
        out += section(t("ill.s_incident", number=n), rows_table(rows))
    out += section(t("ill.s_attachments"))
    if data.attachments:
        out += bullets([f"{a.title} ({a.media_type})" for a in data.attachments])
    else:
        out.append(para(t("ill.no_attachments"), "notice"))
    out += section(t("ill.s_consent"), rows_table(authorisation_rows(ctx)))
    out.append(para(t("ill.confidentiality"), "notice"))
    out += section(t("sp.s_submitter"), rows_table(submitter_rows(ctx)))
    return out


def needs(data: ReportData) -> list[Need]:
    if not data.ill_treatment:
        return [Need("ill.s_incident", "ill.none_short", False, number=1)]
    result = []
    s = "ill.s_incident"
    for n, item in enumerate(data.ill_treatment, start=1):
        examined = item.medical_exam_date is not None or bool(item.medical_examiner)
        findings = item.medical_findings or ""
        consistency = any(w in findings.lower() for w in ("consisten", "соответств"))
        result += [
            Need(s, "ill.when_where", item.incident_date is not None and bool(item.place), None, n),
            Need(s, "ill.time_field", False, None, n),
            Need(s, "ill.conditions_field", False, None, n),
            Need(s, "ill.circumstances", bool(item.circumstances), None, n),
            Need(s, "ill.perpetrators", bool(perpetrators_text(item)), None, n),
            Need(s, "ill.methods", bool(item.methods), None, n),
            Need(s, "ill.injuries", bool(item.injuries), None, n),
            Need(s, "ill.medical", examined, None, n),
            Need(s, "ill.consistency_field", consistency, Redaction.MEDICAL, n),
            Need(s, "ill.witnesses", bool(item.witnesses), None, n),
            Need(s, "ill.complaints", bool(item.reported_to), None, n),
            Need(s, "ill.family_field", False, None, n),
        ]
    result.append(Need("sp.s_submitter", "submitter.organisation", data.submitter is not None))
    return result

"""Ill-treatment summary along the Istanbul Protocol's elements of an account.

Per incident: circumstances, dates, the people involved, methods (vocabulary labels),
injuries, medical examination, witnesses, complaints and responses; then the consent and
confidentiality arrangements.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from casefile.reports.common import Cell, esc, para
from casefile.reports.data import Audience, ReportData
from casefile.reports.parts import (
    Ctx,
    Need,
    birth_text,
    consent_rows,
    ill_treatment_rows,
    perpetrators_text,
    rows_table,
    section,
    status_line,
    title_block,
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
    out += section(t("ill.s_victim"), rows_table(rows))
    if not data.ill_treatment:
        out += section(t("ill.s_incident", number=1), para(t("ill.none"), "notice"))
    full = ctx.audience is Audience.INTERNAL
    for n, item in enumerate(data.ill_treatment, start=1):
        out += section(
            t("ill.s_incident", number=n), rows_table(ill_treatment_rows(ctx, item, full=full))
        )
    out += section(t("ill.s_consent"), rows_table(consent_rows(ctx, data.current_consent)))
    out.append(para(t("ill.confidentiality"), "notice"))
    return out


def needs(data: ReportData) -> list[Need]:
    if not data.ill_treatment:
        return [Need("ill.s_incident", "ill.none_short", False, number=1)]
    result = []
    s = "ill.s_incident"
    for n, item in enumerate(data.ill_treatment, start=1):
        examined = item.medical_exam_date is not None or bool(item.medical_examiner)
        result += [
            Need(s, "ill.when_where", item.incident_date is not None and bool(item.place), None, n),
            Need(s, "ill.circumstances", bool(item.circumstances), None, n),
            Need(s, "ill.perpetrators", bool(perpetrators_text(item)), None, n),
            Need(s, "ill.methods", bool(item.methods), None, n),
            Need(s, "ill.injuries", bool(item.injuries), None, n),
            Need(s, "ill.medical", examined, None, n),
            Need(s, "ill.witnesses", bool(item.witnesses), None, n),
            Need(s, "ill.complaints", bool(item.reported_to), None, n),
        ]
    return result

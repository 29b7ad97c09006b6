"""Embassy brief: one or two pages a diplomat reads in two minutes.

Who the person is and why they matter, their status today and days in custody, the charges
with their articles, the next hearing (so an observer can be sent), the detention timeline in
short, ill-treatment concerns, and what is asked of the embassy.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from casefile.reports.common import Cell, bullets, esc, markup, para, spacer
from casefile.reports.data import ReportData
from casefile.reports.parts import (
    Ctx,
    Need,
    affiliations_text,
    age_text,
    charges_summary,
    charges_table,
    detention_table,
    ill_treatment_short,
    next_hearing_text,
    roles_text,
    rows_table,
    section,
    status_line,
    title_block,
)

#: The timeline "in short": the latest events only.
TIMELINE_LIMIT = 8


def requests(ctx: Ctx) -> list[str]:
    """The user's requests, or the standard ones that fit the case."""
    if ctx.options.requests:
        return list(ctx.options.requests)
    t, data = ctx.t, ctx.data
    asks = []
    hearing = data.next_hearing
    if hearing is not None:
        where = hearing.court or t("value.not_recorded")
        asks.append(t("embassy.ask.observe", date=t.date(hearing.scheduled_date), court=where))
    else:
        asks.append(t("embassy.ask.observe_any"))
    asks.append(t("embassy.ask.raise"))
    if data.status.days_in_custody and data.status.status in {
        "police_custody",
        "pretrial_detention",
        "imprisoned",
    }:
        asks.append(t("embassy.ask.visit"))
    if data.ill_treatment:
        asks.append(t("embassy.ask.investigate"))
    return asks


def story(ctx: Ctx) -> list[Flowable]:
    t, data = ctx.t, ctx.data
    person = data.person
    out = title_block(ctx, t("embassy.title"), t("embassy.subtitle"))
    out.append(para(person.full_name, "name"))
    glance: list[tuple[str, Cell]] = [
        (t("embassy.status"), esc(status_line(ctx))),
        (t("embassy.charges"), ctx.v(charges_summary(ctx))),
        (t("embassy.next_hearing"), next_hearing_text(ctx)),
    ]
    numbers = [n for case in data.cases for n in case.case_numbers]
    if numbers:
        glance.append((t("label.case_numbers"), esc(", ".join(numbers))))
    out.append(rows_table(glance, 0.26))

    who: list[tuple[str, Cell]] = []
    if person.roles:
        who.append((t("label.roles"), esc(roles_text(ctx))))
    who.append((t("label.profession"), ctx.v(person.profession)))
    if person.organisations:
        who.append((t("label.organisations"), esc(affiliations_text(ctx))))
    if person.nationalities:
        who.append((t("label.nationality"), esc(", ".join(person.nationalities))))
    age = age_text(person.birth_date, data.today)
    if age:
        who.append((t("label.age_head"), esc(age)))
    out += section(t("embassy.who"), rows_table(who, 0.26), spacer())
    for case in data.cases:
        if case.summary:
            out.append(markup(f"<b>{esc(case.title)}.</b> {esc(case.summary)}"))

    out += section(t("embassy.charges_head"), charges_table(ctx))
    recent = data.detention[-TIMELINE_LIMIT:]
    out += section(t("embassy.timeline"), detention_table(ctx, recent))
    if len(data.detention) > len(recent):
        out.append(
            para(t("embassy.timeline_more", count=len(data.detention) - len(recent)), "notice")
        )
    if data.ill_treatment:
        out += section(t("embassy.ill_treatment"))
        out += [markup(ill_treatment_short(ctx, item)) for item in data.ill_treatment]
    out += section(t("embassy.requests"), *bullets(requests(ctx), numbered=True))
    submitter = data.submitter
    if submitter is not None:
        contact = [
            v
            for v in (submitter.organisation, submitter.name, submitter.email, submitter.phone)
            if v
        ]
        if contact:
            out += section(t("embassy.contact"), para(", ".join(contact)))
    return out


def needs(data: ReportData) -> list[Need]:
    p = data.person
    return [
        Need("embassy.who", "label.roles", bool(p.roles or p.profession)),
        Need("embassy.status", "embassy.status", data.status.status != "no_record"),
        Need("embassy.charges_head", "embassy.charges", bool(data.charges)),
        Need("embassy.next_hearing", "embassy.next_hearing", data.next_hearing is not None),
        Need("embassy.timeline", "embassy.timeline", bool(data.detention)),
        Need("embassy.contact", "submitter.organisation", data.submitter is not None),
    ]

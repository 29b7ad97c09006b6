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
    detention_table,
    ill_treatment_short,
    next_hearing_text,
    roles_text,
    rows_table,
    section,
    status_line,
    title_block,
    un_history,
    verdict_text,
)

#: The timeline "in short": the latest events only (the brief must fit two pages).
TIMELINE_LIMIT = 6
HISTORY_LIMIT = 3


def requests(ctx: Ctx) -> list[str]:
    """The user's requests, or the standard ones an embassy can act on for this case."""
    if ctx.options.requests:
        return list(ctx.options.requests)
    t, data = ctx.t, ctx.data
    asks = []
    hearing = data.next_hearing
    if hearing is not None:
        where = hearing.court or t("value.not_recorded")
        asks.append(t("embassy.ask.observe", date=t.date(hearing.scheduled_date), court=where))
    elif data.status.status not in {"released", "expelled", "disappeared", "no_record"}:
        asks.append(t("embassy.ask.observe_any"))
    status = data.status.status
    if status == "disappeared":
        asks.append(t("embassy.ask.whereabouts"))
    asks.append(t("embassy.ask.raise"))
    if status in {"police_custody", "pretrial_detention", "imprisoned"}:
        asks.append(t("embassy.ask.visit"))
    elif status == "house_arrest":
        asks.append(t("embassy.ask.visit_home"))
    if data.ill_treatment:
        asks.append(t("embassy.ask.investigate"))
    if data.person.risk_level in {"high", "critical"}:
        asks.append(t("embassy.ask.visa"))
    return asks


def _consent_public(ctx: Ctx) -> str:
    consent = ctx.data.current_consent
    if consent is None:
        return ctx.muted(ctx.t("consent.none"))
    return esc(ctx.t("embassy.public_yes" if consent.share_publicly else "embassy.public_no"))


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
    if data.status.police_custody_over_48h:
        glance.append((t("embassy.alert"), f"<b>{esc(t('embassy.over_48h'))}</b>"))
    verdict = verdict_text(ctx)
    if verdict:
        glance.append((t("wgad.verdict"), esc(verdict)))
    if person.risk_level:
        glance.append((t("dossier.risk"), esc(t.enum("risk", person.risk_level))))
    glance.append((t("embassy.lawyer"), ctx.v("; ".join(data.lawyers))))
    glance.append((t("embassy.public"), _consent_public(ctx)))
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
            out.append(markup(f"<b>{esc(case.title)}.</b> {esc(_short(case.summary))}"))

    recent = data.detention[-TIMELINE_LIMIT:]
    out += section(t("embassy.timeline"), detention_table(ctx, recent))
    if len(data.detention) > len(recent):
        out.append(
            para(t("embassy.timeline_more", count=len(data.detention) - len(recent)), "notice")
        )
    if data.ill_treatment:
        out += section(t("embassy.ill_treatment"))
        out += [markup(ill_treatment_short(ctx, item)) for item in data.ill_treatment[-2:]]
    history = un_history(ctx)
    if history:
        out += section(
            t("embassy.history"), *bullets([_short(h) for h in history[-HISTORY_LIMIT:]])
        )
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


def _short(text: str, limit: int = 320) -> str:
    """A long free text cut at a word for a two-page brief (the full text is in the dossier)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def needs(data: ReportData) -> list[Need]:
    p = data.person
    consent = data.current_consent
    return [
        Need("embassy.who", "label.roles", bool(p.roles or p.profession)),
        Need("embassy.status", "embassy.status", data.status.status != "no_record"),
        Need("embassy.charges_head", "embassy.charges", bool(data.charges)),
        Need("embassy.next_hearing", "embassy.next_hearing", data.next_hearing is not None),
        Need("embassy.timeline", "embassy.timeline", bool(data.detention)),
        Need("embassy.lawyer", "embassy.lawyer_field", bool(data.lawyers)),
        Need("dossier.risk", "dossier.risk", bool(p.risk_level)),
        Need("embassy.public", "embassy.public", consent is not None),
        Need("embassy.contact", "submitter.organisation", data.submitter is not None),
    ]

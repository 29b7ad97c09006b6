"""Embassy brief: one or two pages a diplomat reads in two minutes.

Who the person is and why they matter, their status today and days in custody, the charges
with their articles, the next hearing (so an observer can be sent), the detention timeline in
short, ill-treatment concerns, and what is asked of the embassy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from reportlab.platypus import Flowable

from casefile.reports.common import Cell, bullets, esc, grid_table, markup, para, spacer
from casefile.reports.data import CaseItem, ChargeItem, HearingItem, ReportData
from casefile.reports.parts import (
    CUSTODY_STATUSES,
    Ctx,
    Need,
    affiliations_text,
    age_text,
    article_text,
    charges_summary,
    detention_table,
    ill_treatment_short,
    next_hearing_text,
    present,
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
    out += _contact(ctx)
    return out


def _contact(ctx: Ctx) -> list[Flowable]:
    submitter = ctx.data.submitter
    if submitter is None:
        return []
    contact = [
        v for v in (submitter.organisation, submitter.name, submitter.email, submitter.phone) if v
    ]
    return section(ctx.t("embassy.contact"), para(", ".join(contact))) if contact else []


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


# -- a case with several defendants: a two-page summary, then each brief as an annex ----------

#: In the summary, earlier interventions of all defendants together, the latest first.
CASE_HISTORY_LIMIT = 4


def case_story(ctxs: Sequence[Ctx]) -> list[Flowable]:
    """The case summary (two pages at most): the case, its defendants in one table, the next
    hearing, earlier interventions, the public statement and the asks. It prints only the
    people it is given, so those left out of the annex are left out here too."""
    first = ctxs[0]
    t = first.t
    case = _common_case([c.data for c in ctxs])
    out = title_block(first, t("embassy.title"), t("embassy.subtitle"))
    if case is not None:
        out.append(para(case.title, "name"))
    glance: list[tuple[str, Cell]] = []
    numbers = list(dict.fromkeys(n for c in ctxs for n in _case_numbers(c.data, case)))
    if numbers:
        glance.append((t("label.case_numbers"), esc(", ".join(numbers))))
    if case is not None:
        glance.append((t("embassy.case_stage"), esc(t.enum("case_status", case.status))))
    glance.append((t("embassy.court"), first.v(_court(ctxs, case))))
    glance.append((t("embassy.articles"), first.v(_articles(ctxs, case))))
    glance.append((t("embassy.next_hearing"), next_hearing_text(_soonest(ctxs))))
    glance.append((t("embassy.public"), esc(_case_public(ctxs))))
    # A case's lawyers are usually everyone's: said once, the table keeps its room.
    shared_lawyers = len({c.data.lawyers for c in ctxs}) == 1
    if shared_lawyers:
        glance.append((t("embassy.lawyer"), first.v("; ".join(first.data.lawyers))))
    out.append(rows_table(glance, 0.22))
    if case is not None and case.summary:
        out += [spacer(), para(_short(case.summary, 420))]
    out += section(
        t("embassy.defendants", count=len(ctxs)),
        _defendants_table(ctxs, with_lawyers=not shared_lawyers),
    )
    history = _case_history(ctxs)
    if history:
        out += section(t("embassy.history"), *bullets(history[-CASE_HISTORY_LIMIT:]))
    out += section(t("embassy.requests"), *bullets(case_requests(ctxs), numbered=True))
    out += _contact(first)
    return out


def _common_case(items: Sequence[ReportData]) -> CaseItem | None:
    """The case every defendant is in (the one the document is about)."""
    shared = set.intersection(*({c.id for c in d.cases} for d in items))
    return next((c for c in items[0].cases if c.id in shared), None)


def _case_numbers(data: ReportData, case: CaseItem | None) -> tuple[str, ...]:
    own = data.case_by_id(case.id) if case is not None else None
    return own.case_numbers if own is not None else ()


def _of_case[T: (HearingItem, ChargeItem)](items: Sequence[T], case: CaseItem | None) -> list[T]:
    return [i for i in items if case is None or i.case_id in {case.id, None}]


def _court(ctxs: Sequence[Ctx], case: CaseItem | None) -> str | None:
    """The court of the next hearing, else of the latest hearing that names one."""
    soonest = _soonest(ctxs).data.next_hearing
    if soonest is not None and soonest.court:
        return soonest.court
    hearings = sorted(
        (h for c in ctxs for h in _of_case(c.data.hearings, case) if h.court),
        key=lambda h: h.scheduled_date,
    )
    return hearings[-1].court if hearings else None


def _articles(ctxs: Sequence[Ctx], case: CaseItem | None) -> str:
    """Each article once, with its wording."""
    seen: dict[str, ChargeItem] = {}
    for c in ctxs:
        for charge in _of_case(c.data.charges, case):
            seen.setdefault(charge.article, charge)
    parts = []
    for charge in seen.values():
        text = article_text(ctxs[0], charge.article, charge.code)
        if charge.wording:
            text += f" ({_short(charge.wording, 160)})"
        parts.append(text)
    return "; ".join(parts)


def _soonest(ctxs: Sequence[Ctx]) -> Ctx:
    """The defendant whose next hearing comes first (the first defendant when none has one)."""
    scheduled = [c for c in ctxs if c.data.next_hearing is not None]
    if not scheduled:
        return ctxs[0]
    return min(scheduled, key=lambda c: _hearing_key(c.data.next_hearing))


def _hearing_key(h: HearingItem | None) -> tuple[date, time]:
    assert h is not None
    return h.scheduled_date, h.scheduled_time or time.min


def _case_public(ctxs: Sequence[Ctx]) -> str:
    t = ctxs[0].t
    agreed = [
        c.data.person.full_name
        for c in ctxs
        if c.data.current_consent is not None and c.data.current_consent.share_publicly
    ]
    if len(agreed) == len(ctxs):
        return t("embassy.case_public_all")
    if not agreed:
        return t("embassy.case_public_none")
    return t("embassy.case_public_some", names=", ".join(agreed))


def _situation(ctx: Ctx) -> str:
    """'In pre-trial detention since 29 January 2026, term until 19 January 2027, SIZO-1'."""
    t, s, sex = ctx.t, ctx.data.status, ctx.data.person.sex
    now = present(ctx)
    text = t.enum("status", s.status, sex=sex)
    since = s.custody_started if s.status in CUSTODY_STATUSES else now.since
    term = s.term_until if s.status in CUSTODY_STATUSES else now.term_until
    if s.status == "released" and now.released_on is not None:
        return t.g("status.released_on", sex, date=t.date(now.released_on))
    if since is not None:
        text += " " + t("status.since", date=t.date(since))
    if s.status == "house_arrest":
        text += " " + t("status.days_paren", days=now.days_now)
    if term is not None and s.status not in {"imprisoned", "released"}:
        text += ", " + t("status.measure_term", date=t.date(term))
    place = s.place or now.place
    if place and s.status in CUSTODY_STATUSES:
        text += ", " + place
    return text


def _defendants_table(ctxs: Sequence[Ctx], *, with_lawyers: bool) -> Flowable:
    t = ctxs[0].t
    header = [t("cover.no"), t("embassy.col_name"), t("embassy.col_situation")]
    header += [t("embassy.col_days"), t("embassy.lawyer"), t("dossier.risk")]
    widths = [0.06, 0.22, 0.31, 0.11, 0.18, 0.12]
    rows = [_defendant_row(n, c) for n, c in enumerate(ctxs, start=1)]
    if not with_lawyers:
        del header[4], widths[4]
        widths[1:3] = [0.27, 0.44]
        for row in rows:
            del row[4]
    return grid_table(header, rows, widths)


def _defendant_row(number: int, ctx: Ctx) -> list[Cell]:
    t, data = ctx.t, ctx.data
    person = data.person
    who = [roles_text(ctx)] if person.roles else []
    if person.profession:
        who.append(person.profession)
    name = f"<b>{esc(person.full_name)}</b>"
    if who:
        name += "<br/>" + esc("; ".join(who))
    situation = esc(_situation(ctx))
    if data.status.police_custody_over_48h:
        situation += f"<br/><b>{esc(t('embassy.over_48h'))}</b>"
    days = str(data.status.days_in_custody) if data.status.days_in_custody else "—"
    risk = t.enum("risk", person.risk_level) if person.risk_level else None
    return [
        str(number),
        name,
        situation,
        esc(days),
        ctx.v("; ".join(data.lawyers)),
        ctx.v(risk),
    ]


def _case_history(ctxs: Sequence[Ctx]) -> list[str]:
    """Each earlier intervention once; one that concerns only some defendants names them."""
    concerns: dict[str, list[str]] = {}
    for c in ctxs:
        for line in un_history(c):
            concerns.setdefault(line, []).append(c.data.person.full_name)
    return [
        line if len(names) == len(ctxs) else f"{', '.join(names)}: {_short(line)}"
        for line, names in concerns.items()
    ]


def case_requests(ctxs: Sequence[Ctx]) -> list[str]:
    """The user's requests, or the standard asks for the case, naming whom each concerns."""
    first = ctxs[0]
    if first.options.requests:
        return list(first.options.requests)
    t = first.t

    def names(wanted: Callable[[ReportData], bool]) -> str:
        return ", ".join(c.data.person.full_name for c in ctxs if wanted(c.data))

    asks = []
    hearing = _soonest(ctxs).data.next_hearing
    open_statuses = {"released", "expelled", "disappeared", "no_record"}
    if hearing is not None:
        where = hearing.court or t("value.not_recorded")
        asks.append(t("embassy.ask.observe", date=t.date(hearing.scheduled_date), court=where))
    elif any(c.data.status.status not in open_statuses for c in ctxs):
        asks.append(t("embassy.ask.observe_any"))
    named = [
        ("embassy.case_ask.whereabouts", lambda d: d.status.status == "disappeared"),
        ("embassy.ask.raise", None),
        (
            "embassy.case_ask.visit",
            lambda d: d.status.status in {"police_custody", "pretrial_detention", "imprisoned"},
        ),
        ("embassy.case_ask.visit_home", lambda d: d.status.status == "house_arrest"),
        ("embassy.case_ask.investigate", lambda d: bool(d.ill_treatment)),
        ("embassy.case_ask.visa", lambda d: d.person.risk_level in {"high", "critical"}),
    ]
    for key, wanted in named:
        if wanted is None:
            asks.append(t(key))
        elif who := names(wanted):
            asks.append(t(key, names=who))
    return asks

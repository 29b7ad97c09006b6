"""The court-day list: every hearing of a day or a week, by day and court, for monitors.

One table per court: time, case, defendants, lawyer, judge, and what kind of hearing it is,
with a postponed one marked "postponed → new date" (it does not take place on that day). The
running header and footer, the fonts and the neutral metadata are those of every report; the
mark is "Internal — do not share", as the list names defendants, lawyers and judges.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from casefile.reports.common import RunningText, build_pdf, esc, grid_table, heading, para
from casefile.reports.data import CourtDayData, CourtDayHearing, CourtGroup
from casefile.reports.i18n import Translator

#: Column widths as fractions of the body: time, case, defendants, lawyer, judge, hearing.
WIDTHS = (0.09, 0.22, 0.19, 0.16, 0.15, 0.19)
#: Without names there is no lawyer or judge column: time, case, defendants, hearing.
WIDTHS_WITHOUT_NAMES = (0.09, 0.36, 0.2, 0.35)


def _day_title(t: Translator, day: date) -> str:
    text = f"{t(f'weekday.{day.weekday()}')}, {t.date(day)}"
    return text[:1].upper() + text[1:]  # Russian weekdays are written in lower case


def _period(t: Translator, data: CourtDayData) -> str:
    if data.start == data.end:
        return _day_title(t, data.start)
    return f"{t.date(data.start)} – {t.date(data.end)}"


def _lines(items: tuple[str, ...]) -> str:
    return "<br/>".join(esc(item) for item in items)


def _row(t: Translator, hearing: CourtDayHearing, with_names: bool) -> list[str]:
    when = hearing.at.strftime("%H:%M") if hearing.at is not None else t("court_day.no_time")
    case = f"<b>{esc(hearing.case_reference)}</b>"
    if hearing.case_title:
        case += "<br/>" + esc(hearing.case_title)
    if hearing.defendants:
        defendants = _lines(hearing.defendants)
    elif hearing.defendant_count:
        defendants = esc(t("court_day.defendant_count", count=hearing.defendant_count))
    else:
        defendants = ""
    notes = [esc(hearing.kind)]
    if hearing.closed_to_public:
        notes.append(esc(t("court_day.closed")))
    if hearing.postponed:
        mark = (
            t("court_day.postponed_to", date=t.date(hearing.postponed_to))
            if hearing.postponed_to is not None
            else t("court_day.postponed")
        )
        notes.append(f"<b>{esc(mark)}</b>")
    if not with_names:
        return [esc(when), case, defendants, "<br/>".join(notes)]
    return [
        esc(when),
        case,
        defendants,
        _lines(hearing.lawyers),
        esc(hearing.judge or ""),
        "<br/>".join(notes),
    ]


def _court(t: Translator, group: CourtGroup, with_names: bool) -> list[Flowable]:
    header = [t("court_day.time"), t("court_day.case"), t("court_day.defendants")]
    if with_names:
        header += [t("court_day.lawyer"), t("court_day.judge")]
    header.append(t("court_day.notes"))
    rows = [_row(t, hearing, with_names) for hearing in group.hearings]
    return [
        *heading(group.court or t("court_day.no_court"), level=2),
        grid_table(header, rows, WIDTHS if with_names else WIDTHS_WITHOUT_NAMES),
    ]


def story(data: CourtDayData, t: Translator) -> list[Flowable]:
    title = "court_day.title_day" if data.start == data.end else "court_day.title_week"
    courts = sum(len(day.courts) for day in data.days)
    flow: list[Flowable] = [
        para(t(title), "title"),
        para(_period(t, data), "subtitle"),
    ]
    if not data.days:
        return [*flow, para(t("court_day.none"))]
    flow.append(para(t("court_day.count", hearings=data.hearing_count, courts=courts), "small"))
    if not data.with_names:
        flow.append(para(t("court_day.without_names"), "notice"))
    several_days = data.start != data.end
    for day in data.days:
        if several_days:
            flow += heading(_day_title(t, day.day))
        for group in day.courts:
            flow += _court(t, group, data.with_names)
    return flow


def render_court_day(data: CourtDayData, *, lang: str = "en") -> bytes:
    """The court-day list as PDF bytes (nothing touches the disk)."""
    t = Translator(lang)
    running = RunningText(
        recipient=t("header.to", recipient=t("court_day.recipient")),
        reference=t("court_day.reference", period=_short_period(data)),
        mark=t("mark.internal"),
        generated=t("footer.generated", date=t.date(data.generated_on)),
        page_of=t("footer.page_of", page="{page}", pages="{pages}"),
    )
    return build_pdf(story(data, t), running, lang=t.lang)


def _short_period(data: CourtDayData) -> str:
    if data.start == data.end:
        return f"{data.start:%d.%m.%Y}"
    return f"{data.start:%d.%m.%Y}–{data.end:%d.%m.%Y}"

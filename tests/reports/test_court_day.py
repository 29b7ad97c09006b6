"""The court-day list: hearings of a day or a week by court, read back from the PDF's text."""

from __future__ import annotations

import io
from datetime import date, time

import pypdf
import pytest

from casefile.reports.court_day import render_court_day
from casefile.reports.data import CourtDay, CourtDayData, CourtDayHearing, CourtGroup
from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import postpone_hearing
from casefile.services.records.trash import move_to_trash
from casefile.services.reporting.court_day import court_day_list, court_day_pdf
from casefile.vault.vault import Vault
from tests.reports.report_helpers import page_texts, pdf_text

MONDAY = date(2026, 12, 21)
TODAY = date(2026, 12, 20)
OCTOBER = "Октябрьский районный суд г. Бишкек"
PERVOMAI = "Первомайский районный суд г. Бишкек"
DEFENDANT = "Тажибеков Айбек Русланович"
LAWYER = "Үмүт Жаңылова"  # ү and ң: Kyrgyz letters
JUDGE = "Канат Дүйшөнбиев"


def _case(
    vault: Vault, title: str, number: str | None, defendants: list[str], lawyers: list[str]
) -> str:
    case_id = save_record(
        vault, "cases", None, {"title": title, "case_numbers": [number] if number else []}
    )
    for names, role in ((defendants, "defendant"), (lawyers, "lawyer")):
        for name in names:
            person_id = save_record(vault, "persons", None, {"full_name": name})
            save_record(
                vault,
                "case_participants",
                None,
                {"case_id": case_id, "person_id": person_id, "role": role},
            )
    return case_id


def _hearing(
    vault: Vault, case_id: str, day: date, at: time | None, court: str | None, **more: object
) -> str:
    values: dict[str, object] = {"case_id": case_id, "scheduled_date": day, "kind": "trial_session"}
    if at is not None:
        values["scheduled_time"] = at
    if court is not None:
        values["court"] = court
    values.update(more)
    return save_record(vault, "hearings", None, values)


@pytest.fixture
def week(vault: Vault) -> dict[str, str]:
    """Monday: two hearings at the October court (one typed with other spacing), one at the
    Pervomai court that was postponed to the next Monday; Wednesday: one with no court."""
    posts = _case(vault, "Тажибеков: посты в Facebook", "№ 1-234/26", [DEFENDANT], [LAWYER])
    kempir = _case(
        vault,
        "Дело о Кемпир-Абаде",
        "УД-0451/24",
        ["Асанов Бакыт", "Тажибек кызы Айпери"],
        ["Сидоров Пётр"],
    )
    kloop = _case(vault, "Kloop journalists", None, ["Aziz Tolegonov"], [])
    ids = {
        "posts": _hearing(vault, posts, MONDAY, time(10, 0), OCTOBER, judge=JUDGE),
        "kloop": _hearing(
            vault, kloop, MONDAY, time(11, 30), "октябрьский районный суд  г. Бишкек"
        ),
        "kempir": _hearing(
            vault,
            kempir,
            MONDAY,
            time(14, 30),
            PERVOMAI,
            judge="Иманалиева А.",
            closed_to_public=True,
        ),
        "wednesday": _hearing(vault, kloop, date(2026, 12, 23), None, None, kind="appeal"),
        "kloop_case": kloop,
    }
    ids["kempir_new"] = postpone_hearing(vault, ids["kempir"], date(2026, 12, 28), time(9, 0), "")
    return ids


def test_a_day_is_grouped_by_court_with_lawyers_judges_and_the_postponed_mark(
    vault: Vault, week: dict[str, str]
) -> None:
    data = court_day_list(vault, MONDAY, MONDAY, today=TODAY)
    (day,) = data.days
    assert [group.court for group in day.courts] == [OCTOBER, PERVOMAI]
    october, pervomai = day.courts
    assert [h.id for h in october.hearings] == [week["posts"], week["kloop"]]
    (kempir,) = pervomai.hearings
    assert kempir.postponed and kempir.postponed_to == date(2026, 12, 28)
    assert kempir.lawyers == ("Сидоров Пётр",)

    pdf = court_day_pdf(data)
    text = pdf_text(pdf)
    assert "Court-day list" in text and "Monday, 21 December 2026" in text
    # Each hearing under its court: the October court's two, then the Pervomai court's one.
    at = {word: text.index(word) for word in (OCTOBER, "№ 1-234/26", "CF-", PERVOMAI, "УД-0451/24")}
    assert at[OCTOBER] < at["№ 1-234/26"] < at["CF-"] < at[PERVOMAI] < at["УД-0451/24"]
    assert text.count("районный суд") == 2  # one heading per court, however it was typed
    for shown in (DEFENDANT, LAWYER, JUDGE, "Тажибек кызы Айпери", "Сидоров Пётр", "10:00"):
        assert shown in " ".join(text.split())
    assert "postponed → 28 December 2026" in " ".join(text.split())
    assert "closed to the public" in " ".join(text.split())
    assert "Page 1 of 1" in text and "INTERNAL — DO NOT SHARE" in text


def test_a_week_lists_each_day_and_a_hearing_with_no_court_last(
    vault: Vault, week: dict[str, str]
) -> None:
    data = court_day_list(vault, MONDAY, date(2026, 12, 27), today=TODAY)
    assert [day.day for day in data.days] == [MONDAY, date(2026, 12, 23)]
    assert data.hearing_count == 4
    text = " ".join(pdf_text(court_day_pdf(data)).split())
    assert "Hearings of the week" in text
    assert text.index("Monday, 21 December 2026") < text.index("Wednesday, 23 December 2026")
    assert text.index("Wednesday, 23 December 2026") < text.index("Court not recorded")
    assert "Hearings 21.12.2026–27.12.2026" in text
    # At most a week: a longer period is cut to seven days.
    assert court_day_list(vault, MONDAY, date(2027, 1, 31), today=TODAY).end == date(2026, 12, 27)


def test_the_russian_list(vault: Vault, week: dict[str, str]) -> None:
    data = court_day_list(vault, MONDAY, MONDAY, lang="ru", today=TODAY)
    text = " ".join(pdf_text(court_day_pdf(data, lang="ru")).split())
    assert "Список заседаний на день" in text and "Понедельник, 21 декабря 2026" in text
    assert "отложено → 28 декабря 2026" in text
    assert "Судебное заседание" in text  # the vocabulary's own Russian label
    assert "Страница 1 из 1" in text


def test_without_names_the_data_holds_none(vault: Vault, week: dict[str, str]) -> None:
    data = court_day_list(vault, MONDAY, date(2026, 12, 27), with_names=False, today=TODAY)
    text = " ".join(pdf_text(court_day_pdf(data)).split())
    for name in (DEFENDANT, LAWYER, JUDGE, "Асанов", "Сидоров", "Tolegonov", "Kloop", "Кемпир"):
        assert name not in text
        assert name not in repr(data)
    assert "Names are left out of this copy" in text
    assert "УД-0451/24" in text and "defendants: 2" in text
    assert f"CF-{week['kloop_case'].split('-')[0].upper()}" in text
    assert OCTOBER in text  # the court stays: it is where the monitor goes


def test_trashed_hearings_and_cases_are_left_out(vault: Vault, week: dict[str, str]) -> None:
    move_to_trash(vault, "hearings", week["posts"])
    move_to_trash(vault, "cases", week["kloop_case"])
    data = court_day_list(vault, MONDAY, date(2026, 12, 27), today=TODAY)
    assert [h.id for d in data.days for g in d.courts for h in g.hearings] == [week["kempir"]]


def test_an_empty_period_and_neutral_metadata(vault: Vault) -> None:
    pdf = court_day_pdf(court_day_list(vault, MONDAY, MONDAY, today=TODAY))
    assert "No hearings in this period." in pdf_text(pdf)
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}
    assert metadata.get("/Title") == "Case summary"
    assert not metadata.get("/Author") and not metadata.get("/Subject")


def test_a_long_day_runs_over_pages_numbered_as_one() -> None:
    hearings = tuple(
        CourtDayHearing(
            id=str(n),
            at=time(9 + n // 6, (n % 6) * 10),
            case_reference=f"№ {n}-100/26",
            case_title="Дело о призывах к массовым беспорядкам",
            defendants=("Жаңыл Төлөгөнова", "Өмүрбек уулу Нурлан"),
            defendant_count=2,
            lawyers=("Үмүт Жаңылова",),
            judge=JUDGE,
            kind="Trial session",
        )
        for n in range(48)
    )
    data = CourtDayData(
        start=MONDAY,
        end=MONDAY,
        days=(CourtDay(MONDAY, (CourtGroup(OCTOBER, hearings),)),),
        with_names=True,
        generated_on=TODAY,
    )
    pages = page_texts(render_court_day(data))
    assert len(pages) >= 2
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert "Жаңыл Төлөгөнова" in " ".join(pages[-1].split())

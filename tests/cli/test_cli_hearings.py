"""`casefile calendar -o FILE.ics` and `casefile court-day [DATE] -o FILE.pdf`, in-process."""

from __future__ import annotations

import io
import stat
from datetime import date, time, timedelta
from pathlib import Path

import pypdf
import pytest

from casefile.cli.main import main
from casefile.services.records.drafts import save_record
from casefile.services.records.hearings import postpone_hearing
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"  # as in tests/conftest.py
TODAY = date.today()
DEFENDANT = "Айпери Тажибек кызы"
COURT = "Октябрьский районный суд г. Бишкек"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASEFILE_PASSPHRASE", "CASEFILE_NEW_PASSPHRASE", "CASEFILE_VAULT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def filled(vault_path: Path) -> Path:
    """A hearing yesterday, tomorrow at 10:00, one postponed from today to next month, and one
    in two years."""
    with Vault.open(vault_path, PASSPHRASE, actor="tester") as vault:
        case = save_record(vault, "cases", None, {"title": "Дело", "case_numbers": ["УД-1/26"]})
        person = save_record(vault, "persons", None, {"full_name": DEFENDANT})
        save_record(
            vault,
            "case_participants",
            None,
            {"case_id": case, "person_id": person, "role": "defendant"},
        )
        for day, at in (
            (TODAY - timedelta(days=1), None),
            (TODAY + timedelta(days=1), time(10, 0)),
            (TODAY + timedelta(days=730), None),
        ):
            values: dict[str, object] = {"case_id": case, "scheduled_date": day, "court": COURT}
            if at is not None:
                values["scheduled_time"] = at
            save_record(vault, "hearings", None, values)
        today = save_record(vault, "hearings", None, {"case_id": case, "scheduled_date": TODAY})
        postpone_hearing(vault, today, TODAY + timedelta(days=30), None, "")
    return vault_path


def test_calendar_of_every_future_hearing_with_a_reminder(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "hearings.ics"
    argv = ("calendar", "--vault", str(filled), "--reminder", "1d", "-o", str(target))
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert out == f"3\t{target}\n"  # tomorrow, in two years, and the postponed one moved
    assert "NOT encrypted" in err
    text = target.read_text("utf-8").replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == 3 == text.count("BEGIN:VALARM")
    assert "TRIGGER:-P1D" in text and "TRIGGER:-PT15H" in text
    assert DEFENDANT not in text and "SUMMARY:Hearing: УД-1/26" in text
    assert f"DTSTART;VALUE=DATE:{TODAY + timedelta(days=730):%Y%m%d}" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    code, _out, err = run(capsys, *argv)  # exists: refused before the passphrase
    assert code == 2 and "--force" in err
    code, _out, err = run(capsys, *argv, "--force", "--with-names")
    assert code == 0, err
    assert DEFENDANT in target.read_text("utf-8").replace("\r\n ", "")
    code, _out, err = run(capsys, "calendar", "--vault", str(filled), "-o", str(tmp_path / "x"))
    assert code == 2 and ".ics" in err


def test_court_day_list_of_a_day_and_a_week(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = tmp_path / "day.pdf"
    tomorrow = TODAY + timedelta(days=1)
    code, out, err = run(
        capsys, "court-day", f"{tomorrow:%d.%m.%Y}", "--vault", str(filled), "-o", str(day)
    )
    assert code == 0, err
    assert out == f"1\t{day}\n" and "NOT encrypted" in err
    pages = pypdf.PdfReader(io.BytesIO(day.read_bytes())).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert COURT in text and DEFENDANT in text and "10:00" in text
    assert stat.S_IMODE(day.stat().st_mode) == 0o600

    week = tmp_path / "week.pdf"
    code, out, err = run(
        capsys,
        "court-day",
        "--week",
        "--lang",
        "ru",
        "--without-names",
        "--vault",
        str(filled),
        "-o",
        str(week),
    )
    assert code == 0, err
    pages = pypdf.PdfReader(io.BytesIO(week.read_bytes())).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Заседания недели" in text and DEFENDANT not in text
    assert "отложено → " in text  # today's hearing, postponed

    code, _out, err = run(capsys, "court-day", "31.02.2026", "--vault", str(filled), "-o", "x.pdf")
    assert code == 2 and err.startswith("casefile: DATE")

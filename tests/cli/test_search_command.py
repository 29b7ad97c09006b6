"""`casefile search QUERY`: one line per match with the spelling that matched."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.cli.main import main
from casefile.services.records.drafts import save_record
from casefile.vault.vault import Vault

PASSPHRASE = "correct horse battery staple for tests only"  # as in tests/conftest.py


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEFILE_VAULT", raising=False)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)


def _people(vault_path: Path) -> dict[str, str]:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        ids = {
            "cyrillic": save_record(vault, "persons", None, {"full_name": "Тажибек кызы Махабат"}),
            "latin": save_record(
                vault,
                "persons",
                None,
                {"full_name": "Tazhibek Aibek", "name_variants": ["Тажибек Айбек"]},
            ),
            "other": save_record(vault, "persons", None, {"full_name": "Бакыт Асанов"}),
        }
        save_record(vault, "charges", None, {"person_id": ids["other"], "article": "278"})
    return ids


def test_search_prints_kind_id_name_and_matched_spelling(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _people(vault_path)
    code = main(["search", "Tazhib", "--vault", str(vault_path)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.splitlines() == [
        f"person\t{ids['latin']}\tTazhibek Aibek\tTazhibek Aibek",
        f"person\t{ids['cyrillic']}\tТажибек кызы Махабат\tТажибек кызы Махабат",
    ]
    main(["search", "Айбек", "--vault", str(vault_path)])
    assert capsys.readouterr().out.splitlines() == [
        f"person\t{ids['latin']}\tTazhibek Aibek\tТажибек Айбек"
    ]
    main(["search", "Tazhib", "--vault", str(vault_path), "--limit", "1"])
    assert capsys.readouterr().out.splitlines() == [
        f"person\t{ids['latin']}\tTazhibek Aibek\tTazhibek Aibek"
    ]
    # Another kind, matched on text that is not a name: the last field is empty.
    main(["search", "278", "--vault", str(vault_path)])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("charge\t") and lines[0].endswith("\t")
    main(["search", "Osmonov", "--vault", str(vault_path)])
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("argv", [["search", "  "], ["search", "x", "--limit", "0"]])
def test_search_refuses_bad_usage(
    vault_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code = main([*argv, "--vault", str(vault_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err

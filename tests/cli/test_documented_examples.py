"""Every `casefile …` example in README.md and docs/cli.md runs, against a fresh demo vault.

The examples are read from the documents' code blocks (plus the search examples written in
the text), run in order in-process through main(argv), and must exit 0. Each document gets
its own home folder, where its own `casefile demo ~/demo` builds the demo vault (with the
test suite's fast key derivation). Search examples must find something, and what the
document says they find.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from casefile.cli.main import main
from casefile.demo.build import DEMO_PASSPHRASE
from casefile.services.lists.listing import list_people
from casefile.vault.keyfile import KdfCost
from casefile.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ("README.md", "docs/cli.md")
ENV_NAMES = (
    "CASEFILE_PASSPHRASE",
    "CASEFILE_NEW_PASSPHRASE",
    "CASEFILE_RECOVERY_KEY",
    "CASEFILE_BUNDLE_PASSPHRASE",
    "CASEFILE_VAULT",
)

#: Examples that need a second vault (a partner's card or bundle) are not run. None is in a
#: code block today; the prose of docs/cli.md's "Exchange between laptops" names the
#: `bundle` and `device trust` commands, which tests/cli/test_bundle* and the exchange
#: service tests cover with two vaults.
NEEDS_A_PARTNER = ("casefile bundle export", "casefile bundle import", "casefile device trust")

#: Exit codes other than 0 that the documents state for an example (none today).
DOCUMENTED_CODES: dict[str, int] = {}

FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
# `casefile search X` written in the text, with what it "finds" when the text says so.
INLINE_SEARCH = re.compile(r'`(casefile\s+search\s+[^`]+)`(?:\s+finds\s+"([^"]+)")?')
SYNOPSIS = re.compile(r"[\[\]|]|\b[A-Z][A-Z_]+\b")
COMMENT_FINDS = re.compile(r'#\s*finds\s+"([^"]+)"')


def _placeholders(home: Path) -> dict[str, Callable[[], str]]:
    """Words in the examples that stand for something the reader picks."""

    def person_id() -> str:
        # The person the documents' search examples find.
        with Vault.open(home / "demo.casefile", DEMO_PASSPHRASE) as vault:
            (row,) = [p for p in list_people(vault) if p.full_name == "Азамат Төлөгөнов"]
            return row.id

    def usb() -> str:
        stick = home / "usb-stick"  # a mounted stick: the folder exists
        stick.mkdir(exist_ok=True)
        return str(stick)

    return {"PERSON_ID": person_id, "/media/usb": usb}


class Example:
    """One command line of a document, with what the document says it finds."""

    def __init__(self, line: str, finds: str | None = None) -> None:
        self.line = line
        self.finds = finds

    def __repr__(self) -> str:
        return self.line


def examples(document: str) -> list[Example]:
    text = (ROOT / document).read_text(encoding="utf-8")
    found: list[Example] = []
    for block in FENCE.findall(text):
        for raw in block.splitlines():
            line = raw.strip()
            if line.startswith(".venv/bin/"):
                line = line.removeprefix(".venv/bin/")
            if line.startswith("casefile ") or re.match(r"export [A-Z_]+=", line):
                finds = COMMENT_FINDS.search(line)
                found.append(Example(line, finds.group(1) if finds else None))
    for command, finds in INLINE_SEARCH.findall(text):
        if not SYNOPSIS.search(command):  # `casefile search QUERY [--limit N]` is no example
            found.append(Example(" ".join(command.split()), finds or None))
    return found


def _expand(word: str, home: Path, table: dict[str, Callable[[], str]]) -> str:
    if word == "~" or word.startswith("~/"):
        word = str(home) + word[1:]
    for placeholder, value in table.items():
        if placeholder in word:
            word = word.replace(placeholder, value())
    return word


@pytest.fixture
def home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_kdf: KdfCost
) -> Path:  # fast_kdf: `casefile demo` derives its key with the test cost
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    # The reader types the demo passphrase at the prompt; here it comes from the variable.
    monkeypatch.setenv("CASEFILE_PASSPHRASE", DEMO_PASSPHRASE)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    return home


def test_the_documents_have_examples() -> None:
    for document in DOCUMENTS:
        lines = [example.line for example in examples(document)]
        assert any(line.startswith("casefile demo ") for line in lines), document
        assert any(line.startswith("casefile search ") for line in lines), document
    cli = [example.line for example in examples("docs/cli.md")]
    assert any(line.startswith("casefile report ") for line in cli)


@pytest.mark.slow
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_example_runs(
    document: str,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    table = _placeholders(home)
    ran = 0
    for example in examples(document):
        if example.line.startswith(NEEDS_A_PARTNER):
            continue
        words = [_expand(word, home, table) for word in shlex.split(example.line, comments=True)]
        if words[0] == "export":  # a shell variable for the next commands
            name, _sep, value = words[1].partition("=")
            monkeypatch.setenv(name, _expand(value, home, table))
            continue
        code = main(words[1:])
        out, err = capsys.readouterr()
        expected = DOCUMENTED_CODES.get(example.line, 0)
        assert code == expected, f"{document}: `{example.line}` exited {code}: {err.strip()}"
        ran += 1
        if words[1] == "search":
            assert out.strip(), f"{document}: `{example.line}` found nothing"
            if example.finds is not None:
                names = [line.split("\t")[2] for line in out.splitlines()]
                assert example.finds in names, f"{document}: `{example.line}` found {names}"
    assert ran >= 5

"""Reads the reports' translations from Qt Linguist .ts files, without Qt (the reports run
headless, in the CLI and in tests).

The files are resources/translations/reports_<lang>.ts, in the context "reports". Each message's
source is the English text and its comment (Qt's disambiguation) the message id, so a translator
sees the English sentence and the id keeps it apart from the same English elsewhere ("not
recorded" is both a value and a sex). tools/update_report_translations.py writes them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from casefile.assets import resources_dir

CONTEXT = "reports"
#: Our own files are about 60 KB; anything far larger is not one of them.
MAX_BYTES = 2_000_000


class CatalogueError(ValueError):
    """A .ts file that is not one of ours (too large, declares entities, not a TS document)."""


@dataclass(frozen=True)
class TsMessage:
    key: str  # the message id, kept in the message's comment
    source: str  # the English text the translation was made from
    translation: str
    #: "" when finished; else Qt's type: "unfinished", "vanished" or "obsolete".
    state: str = ""


def catalogue_path(lang: str) -> Path:
    return resources_dir() / "translations" / f"reports_{lang}.ts"


def parse_ts(data: bytes) -> list[TsMessage]:
    """The messages of the "reports" context, in file order.

    Bounded: the size is capped, and a document that declares entities is refused before
    parsing, so nothing expands (the only DOCTYPE Qt writes is ``<!DOCTYPE TS>``).
    """
    if len(data) > MAX_BYTES:
        raise CatalogueError(f"a translation file of {len(data)} bytes is too large")
    if b"<!ENTITY" in data.upper():
        raise CatalogueError("a translation file must not declare entities")
    root = ET.fromstring(data)  # our own file, size-capped, declaring no entities
    if root.tag != "TS":
        raise CatalogueError("not a Qt Linguist translation file")
    messages: list[TsMessage] = []
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            key = message.findtext("comment") or ""
            translation = message.find("translation")
            if not key or translation is None:
                continue
            messages.append(
                TsMessage(
                    key=key,
                    source=message.findtext("source") or "",
                    translation=translation.text or "",
                    state=translation.get("type", ""),
                )
            )
    return messages


def finished(messages: list[TsMessage], english: dict[str, str]) -> dict[str, str]:
    """Message id -> translation, for the translations Qt's lrelease would keep: finished, not
    empty, and made from the current English text (an English text that changed waits for its
    translator, as a changed source string does in Qt)."""
    return {
        m.key: m.translation
        for m in messages
        if not m.state and m.translation and english.get(m.key) == m.source
    }


@cache
def load(lang: str) -> tuple[TsMessage, ...]:
    """The messages of one language's file, read once per process; none when it has no file."""
    path = catalogue_path(lang)
    if not path.is_file():
        return ()
    with path.open("rb") as stream:
        data = stream.read(MAX_BYTES + 1)
    return tuple(parse_ts(data))

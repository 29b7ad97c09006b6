"""Brings the reports' translations (resources/translations/reports_<lang>.ts) up to date with
the English texts in casefile/reports/i18n.py.

    .venv/bin/python tools/update_report_translations.py            # merge, write
    .venv/bin/python tools/update_report_translations.py --check    # exit 1 if not done
    .venv/bin/python tools/update_report_translations.py --list     # what needs translating
    .venv/bin/python tools/update_report_translations.py --apply F  # fill from JSON, then merge

(tools/update_translations.py, `make translations`, runs the merge too.) Each message's source
is the English text and its comment the message id; the context is "reports". A new id comes in
unfinished; an id whose English changed keeps its old translation, marked unfinished, for the
translator to check; an id gone from the code stays as "vanished" (--prune drops it). Only
finished translations made from the current English are used when printing.

--apply takes {"ky": {"message.id": "translation"}}. The files open in Qt Linguist
(pyside6-linguist resources/translations/reports_ky.ts) like the interface's own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from casefile.reports.catalogue import CONTEXT, TsMessage, parse_ts  # noqa: E402
from casefile.reports.i18n import EN  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"
TS_LANGUAGES = {"ru": "ru_RU", "ky": "ky_KG"}


def ts_path(lang: str) -> Path:
    return TS_DIR / f"reports_{lang}.ts"


def read(lang: str) -> list[TsMessage]:
    path = ts_path(lang)
    return parse_ts(path.read_bytes()) if path.is_file() else []


def merge(old: list[TsMessage], english: dict[str, str], *, prune: bool = False) -> list[TsMessage]:
    """The messages in the order of the English table, then the vanished ones."""
    by_key = {m.key: m for m in old}
    merged: list[TsMessage] = []
    for key, source in english.items():
        previous = by_key.get(key)
        if previous is None:
            merged.append(TsMessage(key, source, "", "unfinished"))
        elif previous.source != source or previous.state in {"vanished", "obsolete"}:
            # Same id, new English (or back from the dead): keep the text for the translator.
            state = "unfinished" if previous.source != source else ""
            state = state if previous.translation else "unfinished"
            merged.append(TsMessage(key, source, previous.translation, state))
        else:
            merged.append(previous)
    if not prune:
        merged += [
            TsMessage(m.key, m.source, m.translation, "vanished")
            for m in old
            if m.key not in english and m.translation
        ]
    return merged


def render(lang: str, messages: list[TsMessage]) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{TS_LANGUAGES[lang]}" sourcelanguage="en_GB">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for m in messages:
        state = f' type="{m.state}"' if m.state else ""
        out += [
            "    <message>",
            f"        <source>{escape(m.source)}</source>",
            f"        <comment>{escape(m.key)}</comment>",
            f"        <translation{state}>{escape(m.translation)}</translation>",
            "    </message>",
        ]
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def apply(messages: list[TsMessage], filled: dict[str, str]) -> list[TsMessage]:
    unknown = sorted(set(filled) - {m.key for m in messages})
    if unknown:
        raise SystemExit(f"not report message ids: {', '.join(unknown[:10])}")
    return [
        TsMessage(m.key, m.source, filled[m.key], "") if m.key in filled else m for m in messages
    ]


def todo(messages: list[TsMessage]) -> list[TsMessage]:
    return [m for m in messages if m.state != "vanished" and (m.state or not m.translation)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if not done")
    parser.add_argument("--list", action="store_true", help="print what needs translating")
    parser.add_argument("--prune", action="store_true", help="drop vanished messages")
    parser.add_argument("--apply", type=Path, metavar="JSON")
    args = parser.parse_args(argv)
    filled: dict[str, dict[str, str]] = {}
    if args.apply:
        filled = json.loads(args.apply.read_text(encoding="utf-8"))
    english = dict(EN)
    problems = 0
    for lang in TS_LANGUAGES:
        merged = merge(read(lang), english, prune=args.prune)
        if lang in filled:
            merged = apply(merged, filled[lang])
        text = render(lang, merged)
        path = ts_path(lang)
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        missing = todo(merged)
        if args.list or args.check:
            for m in missing:
                print(f"{lang}\t{m.key}\t{m.source}")
        if args.check:
            # Compared as messages: Qt Linguist saves the same content with its own layout.
            stale = not current or parse_ts(current.encode()) != merged
            if stale:
                print(f"{path.relative_to(ROOT)} is not up to date", file=sys.stderr)
                problems += 1
            problems += len(missing)
        elif text != current:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}: {len(missing)} to translate")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

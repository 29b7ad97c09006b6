"""`casefile search QUERY`: the best matches across scripts, one tab-separated line each."""

from __future__ import annotations

import argparse

from casefile.cli.common import Subparsers, add_parser, add_vault_argument, one_line, out, unlock
from casefile.cli.prompts import UsageError
from casefile.services.search.search import search

DEFAULT_LIMIT = 20


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(subparsers: Subparsers) -> None:
    parser = add_parser(
        subparsers,
        "search",
        cmd_search,
        help="find people, cases and other records by name or words, in any script",
        description="Searches the vault as the app's search box does: every word must match, "
        "as the start of a word.\nNames match across Cyrillic and Latin spellings "
        "(Kyrgyz, Russian, Kazakh, Uzbek):\n'Tazhib' finds 'Тажибек'. Matches as typed come "
        "first, then those found through\nanother spelling.\n\n"
        "One line per match, tab-separated:\n"
        "  kind, id, the stored name (or label), the name or spelling that matched\n"
        "The last field is empty when the words matched other text (notes, charges).",
    )
    add_vault_argument(parser)
    parser.add_argument("query", metavar="QUERY", help="the words to look for")
    parser.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"print at most N matches (default {DEFAULT_LIMIT})",
    )


def cmd_search(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError("Give the words to search for.")
    vault, _passphrase = unlock(args)
    with vault:
        groups = search(vault, args.query, limit_per_kind=args.limit)
    hits = [hit for group in groups for hit in group.hits]
    # As typed, then transliterated, then with a slip (fuzzy); then bm25 across kinds.
    hits.sort(key=lambda hit: (hit.transliterated, hit.fuzzy, hit.score))
    for hit in hits[: args.limit]:
        out("\t".join(one_line(field) for field in (hit.kind, hit.id, hit.label, hit.matched)))
    return 0

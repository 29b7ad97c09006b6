"""Names typed with a slip: the index's name keys within one or two edits of a typed word.

Compared after transliteration (casefile.domain.transliteration keys), so "Ашанов" (key
awanuv) is one edit from "Асанов" (asanuv), and "Tolegonov" one from "Тологонов". A word
still being typed is compared with the beginnings of the keys as well ("Toleg" finds
"Тологонов"). The search runs the keys found as whole-key FTS5 terms, after the hits found
as typed and through keys (casefile.services.search.search).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

#: Keys shorter than this get no fuzzy matches: one edit in three letters is another name.
MIN_LETTERS = 4
#: Keys of at least this many letters may be two edits away; shorter ones one.
TWO_EDITS_FROM = 6
#: The closest keys kept per typed word: each becomes a term of the query.
MAX_KEYS = 24


def allowed_edits(key: str) -> int:
    """How many edits a typed key may be from a stored one (0: none)."""
    if len(key) < MIN_LETTERS:
        return 0
    return 1 if len(key) < TWO_EDITS_FROM else 2


def prepare() -> None:
    """Loads the matcher ahead of the first fuzzy pass (the search box asks at its first
    letter, on the worker thread, as it reads the vault's name keys)."""
    import rapidfuzz.process  # noqa: F401 - loaded for later, not used here


def near_keys(typed_keys: Iterable[str], vocabulary: Collection[str]) -> dict[str, int]:
    """Stored keys within the allowed edits of any typed key, as a whole or by their
    beginning, each with its distance (1 or 2; keys the typed ones start are left out: the
    search finds those without edits). The MAX_KEYS closest."""
    wanted = [key for key in typed_keys if allowed_edits(key)]
    if not wanted or not vocabulary:
        return {}
    # Here rather than at the top: the lists' filters import the search module, and rapidfuzz
    # is only wanted once a word has four letters (prepare() loads it on the first letter).
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    stored = list(vocabulary)
    found: dict[str, int] = {}
    for key in wanted:
        edits = allowed_edits(key)
        # Whole keys, and their beginnings one letter shorter, as long and one letter longer:
        # a word being typed is compared with how the stored one starts.
        for length in (None, len(key) - 1, len(key), len(key) + 1):
            choices = stored if length is None else [term[:length] for term in stored]
            for _choice, distance, index in process.extract(
                key, choices, scorer=Levenshtein.distance, score_cutoff=edits, limit=None
            ):
                term = stored[index]
                if distance and not term.startswith(key):
                    found[term] = min(int(distance), found.get(term, edits))
    closest = sorted(found.items(), key=lambda item: (item[1], item[0]))[:MAX_KEYS]
    return dict(closest)

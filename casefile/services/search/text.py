"""Which stored words a search matched, as typed or through transliteration keys, and the
snippets that show them (marked with MATCH_START and MATCH_END).

Snippets are made here from the stored text rather than with FTS5's snippet(): that runs the
full-text query a second time and costs more than the search itself in a large vault.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from casefile.domain.transliteration import NAME_TOKEN, name_tokens, prefix_keys, token_keys
from casefile.vault.search_index import KEY_MARK

#: Marks around matched words in a snippet (see casefile.services.search.search.snippet_html).
MATCH_START = "\x02"
MATCH_END = "\x03"
ELLIPSIS = "…"
SNIPPET_WORDS = 12

_MAX_TOKENS = 12
# As the index's unicode61 tokenizer cuts words: letters and digits.
_FTS_TOKEN = re.compile(r"[^\W_]+")
_AS_TYPED = 2
_THROUGH_KEY = 1


_COMBINING = re.compile(r"[\u0300-\u036f]")  # the combining accents Latin and Cyrillic use


def fold(text: str) -> str:
    """Case and accents folded, as the index compares words (й and ё fold to и and е)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", _COMBINING.sub("", decomposed))


@dataclass(frozen=True)
class Typed:
    """The typed words, ready to compare with stored ones."""

    folded: tuple[str, ...]
    keys: tuple[str, ...]
    near: frozenset[str] = frozenset()  # stored keys matched with edits (fuzzy search)


def typed_words(user_text: str) -> Typed:
    tokens = name_tokens(user_text)[:_MAX_TOKENS]
    pieces = _FTS_TOKEN.findall(unicodedata.normalize("NFC", user_text))[:_MAX_TOKENS]
    folded = tuple(dict.fromkeys(fold(t) for t in (*tokens, *pieces)))
    keys = tuple(dict.fromkeys(key for token in tokens for key in prefix_keys(token)))
    return Typed(folded, keys)


def match_level(word: str, typed: Typed) -> int:
    """2 if the stored word starts with a typed one, 1 if it does through a key (or its key
    is one the typed words were near), else 0."""
    folded = fold(word)
    if any(folded.startswith(t) for t in typed.folded):
        return _AS_TYPED
    if typed.keys and any(k.startswith(q) for k in token_keys(word) for q in typed.keys):
        return _THROUGH_KEY
    if typed.near and any(k in typed.near for k in token_keys(word)):
        return _THROUGH_KEY
    return 0


def without_keys(stored: str) -> str:
    """An indexed column's text without the key tokens at its end."""
    return stored.split(KEY_MARK, 1)[0].rstrip()


def _marked(text: str, spans: list[tuple[int, int, int]], start: int, end: int) -> str:
    """text[start:end] with the spans of a level above 0 marked."""
    out: list[str] = []
    position = start
    for span_start, span_end, level in spans:
        if span_end <= start or span_start >= end or not level:
            continue
        out.append(text[position:span_start])
        out.append(f"{MATCH_START}{text[span_start:span_end]}{MATCH_END}")
        position = span_end
    out.append(text[position:end])
    return "".join(out)


def _spans(text: str, typed: Typed) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), match_level(m.group(), typed)) for m in NAME_TOKEN.finditer(text)]


def snippet(title: str, body: str, typed: Typed) -> str:
    """Up to SNIPPET_WORDS words around the first match, from the title if it has one."""
    for text in (without_keys(title), without_keys(body)):
        words = list(NAME_TOKEN.finditer(text))
        # Words are compared only up to the first match, and then within the window.
        first = next((i for i, w in enumerate(words) if match_level(w.group(), typed)), None)
        if first is None:
            continue
        begin = max(0, min(first - 3, len(words) - SNIPPET_WORDS))
        end = min(len(words), begin + SNIPPET_WORDS)
        spans = [(w.start(), w.end(), match_level(w.group(), typed)) for w in words[begin:end]]
        start_at = 0 if begin == 0 else spans[0][0]
        end_at = len(text) if end == len(words) else spans[-1][1]
        return (
            (ELLIPSIS if begin else "")
            + _marked(text, spans, start_at, end_at)
            + (ELLIPSIS if end < len(words) else "")
        )
    return " ".join(without_keys(title).split()[:SNIPPET_WORDS])


def best_match(texts: list[str], typed: Typed) -> tuple[str, str]:
    """The text whose words the typed ones match best (as typed first) and it marked;
    ("", "") when no word of any text matches."""
    best = (0, 0)
    found = ("", "")
    for text in texts:
        if not text:
            continue
        spans = _spans(text, typed)
        exact = sum(1 for *_, level in spans if level == _AS_TYPED)
        keyed = sum(1 for *_, level in spans if level == _THROUGH_KEY)
        if (exact + keyed, exact) > best:
            best = (exact + keyed, exact)
            found = (text, _marked(text, spans, 0, len(text)))
    return found

"""Search keys for personal names across Cyrillic and Latin spellings, and suggested variants.

The same person is written "Махабат Тажибек кызы", "Makhabat Tajibek kyzy" and "Mahabat
Tazhibek qizi". Every name token, in either script, is reduced to a skeleton key:

1. Letters become phonemes. Cyrillic (Russian, Kyrgyz, Kazakh, Uzbek) letter by letter; Latin
   with the digraphs of the common romanisations (zh, kh, sh, shch, ch, gh, dj, dzh, o', g').
2. Sounds that romanisations disagree on collapse: ж/zh/j/dzh -> j; х/kh/h/x -> h; қ/q/k -> k;
   ғ/gh/g' -> g; ң/ng -> n; vowels fall into four classes (a: а ә ä; e: е э; i: и ы і ı y;
   u: о у ө ү ұ ў o u ö ü), so ы=y=i and ө=ö=o.
3. Glides go: я/ya/ia, ю/yu/iu, ё/yo, е/ye keep only their vowel at the start of a word or
   after a vowel, and become i after a consonant (Ильяс = Ilyas = Ilias).
4. Doubled letters collapse (Mukhabbat = Мухабат); patronymic particles map to one key each
   (кызы/kyzy/qizi/қызы -> kizi; уулу/uulu/улы/ogly/o'g'li/ўғли -> ulu).

Letters some romanisations render two ways (ө as o or e, ү as u or y, ё as yo or e, ә as a or
e, Latin x as kh or ks) give a token more than one key; two spellings match when their key sets
meet. Keys are plain lower-case ASCII. Pure functions: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import combinations

# -- phonemes ---------------------------------------------------------------------------------
# One character per phoneme. Vowel classes: a e i u. "Y" is a glide, resolved by _resolve_glides.
# "c" is ch, "w" is sh; all other consonants are themselves.
_VOWELS = frozenset("aeiu")
_GLIDE = "Y"

# An ambiguous letter: its default phonemes, the alternative, and the group deciding both.
# Letters of one group switch together (vowel harmony: a word's ө are all o or all e).
type _Alt = tuple[str, str, str]

_CYRILLIC: dict[str, str | _Alt] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "є": "Ye",
    "ё": ("Yu", "e", "yo"),
    "ж": "j",
    "җ": "j",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "Yi",
    "й": "Y",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "u",
    "ө": ("u", "e", "oe"),
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": ("u", "i", "ue"),
    "ў": "u",
    "ф": "f",
    "х": "h",
    "ҳ": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "c",
    "ш": "w",
    "щ": "w",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "Yu",
    "я": "Ya",
    "ә": ("a", "e", "ae"),
}

# Latin, longest spelling first. Apostrophes (o', g', ʼ) are dropped beforehand.
_LATIN: dict[str, str | _Alt] = {
    "shch": "w",
    "dzh": "j",
    "sch": "w",
    "sh": "w",
    "ch": "c",
    "zh": "j",
    "kh": "h",
    "gh": "g",
    "dj": "j",
    "ph": "f",
    "ck": "k",
    "a": "a",
    "ä": ("a", "e", "ae"),
    "ə": ("a", "e", "ae"),
    "b": "b",
    "c": "k",
    "ç": "c",
    "č": "c",
    "d": "d",
    "e": "e",
    "f": "f",
    "g": "g",
    "ğ": "g",
    "h": "h",
    "ḩ": "h",
    "i": "i",
    "ı": "i",
    "j": "j",
    "ž": "j",
    "k": "k",
    "l": "l",
    "m": "m",
    "n": "n",
    "ñ": "n",
    "ŋ": "n",
    "o": "u",
    "ö": ("u", "e", "oe"),
    "ø": ("u", "e", "oe"),
    "p": "p",
    "q": "k",
    "r": "r",
    "s": "s",
    "ş": "w",
    "ș": "w",
    "š": "w",
    "t": "t",
    "u": "u",
    "ū": "u",
    "ü": ("u", "i", "ue"),
    "v": "v",
    "w": "v",
    "x": ("h", "ks", "x"),
    "y": "Y",
    "ý": "Y",
    "z": "z",
}
_LATIN_LONGEST = max(len(spelling) for spelling in _LATIN)
_LATIN_VOWEL_LETTERS = frozenset("aeouäöüəø")
_APOSTROPHES = "'’ʼʻ`´‘"

#: Name tokens: letters and digits, with apostrophes inside a word (Uzbek o', g', Ma'ruf).
_NAME_TOKEN = re.compile(rf"[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*[{_APOSTROPHES}]?")

# Patronymic particles: "daughter of" and "son of" in Kyrgyz, Kazakh, Uzbek, Azerbaijani.
_DAUGHTER_KEY = "kizi"
_SON_KEY = "ulu"
_PARTICLE_KEYS: dict[str, str] = {
    "kizi": _DAUGHTER_KEY,
    "gizi": _DAUGHTER_KEY,
    "ulu": _SON_KEY,
    "uli": _SON_KEY,
    "ugli": _SON_KEY,
    "uglu": _SON_KEY,
}

# Group sets tried per token; more groups than this and only "none" and "all" are tried.
_MAX_GROUPS = 3
# Latin letters a prefix may end in the middle of (s|h, c|h, z|h, k|h, d|j, d|zh).
_DIGRAPH_STARTS = frozenset("sczkd")


#: A name token as name_tokens() finds it (use finditer for positions).
NAME_TOKEN = _NAME_TOKEN


def name_tokens(text: str) -> list[str]:
    """The words of a name, apostrophes inside a word kept ("O'tkir", "G'ulomov")."""
    return _NAME_TOKEN.findall(unicodedata.normalize("NFC", text))


def _fold_latin(char: str) -> str:
    """A Latin letter outside the table without its accents (é -> e); '' if not Latin."""
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if base.isascii() and base.isalpha() else ""


def _pieces(token: str) -> list[str | _Alt]:
    """The token as a list of phoneme strings or ambiguous letters."""
    text = unicodedata.normalize("NFC", token).lower()
    text = "".join(c for c in text if c not in _APOSTROPHES)
    pieces: list[str | _Alt] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in _CYRILLIC:
            pieces.append(_CYRILLIC[char])
            i += 1
            continue
        if char.isdigit():
            pieces.append(char)
            i += 1
            continue
        for size in range(min(_LATIN_LONGEST, len(text) - i), 0, -1):
            spelling = text[i : i + size]
            if spelling in _LATIN:
                if spelling == "i" and i == 0 and text[1:2] in _LATIN_VOWEL_LETTERS:
                    pieces.append(_GLIDE)  # Iuliia, Iakov: a passport-style glide
                else:
                    pieces.append(_LATIN[spelling])
                i += size
                break
        else:
            folded = _fold_latin(char)
            if folded:
                pieces.extend(_LATIN.get(letter, "") for letter in folded)
            i += 1
    return pieces


def _resolve_glides(phonemes: str, *, silent_after_consonant: bool) -> str:
    """Y before a vowel goes at the start or after a vowel; after a consonant it is i, or
    nothing in the informal reading (Джамиля is Djamilya and Jamila). Elsewhere it is i."""
    out: list[str] = []
    for index, char in enumerate(phonemes):
        if char != _GLIDE:
            out.append(char)
            continue
        before_vowel = phonemes[index + 1 : index + 2] in _VOWELS
        if before_vowel and (not out or out[-1] in _VOWELS or silent_after_consonant):
            continue
        out.append("i")
    return "".join(out)


def _skeletons(phonemes: str) -> list[str]:
    keys: list[str] = []
    for silent in (False, True):
        text = _resolve_glides(phonemes, silent_after_consonant=silent)
        text = text.replace("dj", "j").replace("ng", "n")
        collapsed = re.sub(r"(.)\1+", r"\1", text)
        keys.append(_PARTICLE_KEYS.get(collapsed, collapsed))
    return keys


def _spell(pieces: list[str | _Alt], switched: frozenset[str]) -> str:
    return "".join(
        piece if isinstance(piece, str) else (piece[1] if piece[2] in switched else piece[0])
        for piece in pieces
    )


def _group_sets(groups: list[str]) -> list[frozenset[str]]:
    if len(groups) > _MAX_GROUPS:
        return [frozenset(), frozenset(groups)]
    return [frozenset(chosen) for n in range(len(groups) + 1) for chosen in combinations(groups, n)]


@lru_cache(maxsize=65536)  # pure; indexing meets the same names and places again and again
def token_keys(token: str) -> tuple[str, ...]:
    """Every search key of one name token, the usual reading first; () if it has no letters."""
    pieces = _pieces(token)
    groups = sorted({piece[2] for piece in pieces if not isinstance(piece, str)})
    keys: list[str] = []
    for switched in _group_sets(groups):
        for key in _skeletons(_spell(pieces, switched)):
            if key and key not in keys and any(c.isalpha() for c in key):
                keys.append(key)
    return tuple(keys)


def prefix_keys(token: str) -> tuple[str, ...]:
    """Keys for a token still being typed: also without a last letter that may begin a
    digraph ("Taz" may become "Tazh"), and the particle a beginning may grow into."""
    keys = list(token_keys(token))
    text = token.lower().rstrip(_APOSTROPHES)
    if text and text[-1] in _DIGRAPH_STARTS and text.isascii() and len(text) > 1:
        for shorter in (text[:-1], text[:-2] if text.endswith("dz") else ""):
            for key in token_keys(shorter) if shorter else ():
                if key not in keys:
                    keys.append(key)
    # "o'g'l" -> "ugl", which only the particle key "ulu" would otherwise not start.
    for variant, particle in _PARTICLE_KEYS.items():
        if any(len(key) >= 2 and variant.startswith(key) for key in keys) and particle not in keys:
            keys.append(particle)
    return tuple(keys)


def text_keys(text: str) -> list[str]:
    """The distinct keys of every name token in a text, in order."""
    seen: dict[str, None] = {}
    for token in name_tokens(text):
        for key in token_keys(token):
            seen.setdefault(key, None)
    return list(seen)


def is_particle(token: str) -> bool:
    """True for кызы/kyzy/qizi, уулу/uulu/o'g'li and their kind."""
    return any(key in (_DAUGHTER_KEY, _SON_KEY) for key in token_keys(token))


def keys_meet(left: Iterable[str], right: Iterable[str]) -> bool:
    return not set(left).isdisjoint(right)


def same_name(first: str, second: str) -> bool:
    """True when two names hold the same words in any order, across scripts and spellings.

    Particles (kyzy, uulu) are ignored; when one name has fewer words (at least two) and
    every one of them is in the other, it is the same name too ("Makhabat Tazhibek" and
    "Тажибек кызы Махабат").
    """
    left = [set(token_keys(t)) for t in name_tokens(first) if not is_particle(t)]
    right = [set(token_keys(t)) for t in name_tokens(second) if not is_particle(t)]
    left = [keys for keys in left if keys]
    right = [keys for keys in right if keys]
    if not left or not right:
        return False
    shorter, longer = sorted((left, right), key=len)
    if len(shorter) < 2 and len(longer) != len(shorter):
        return False
    return _assign(shorter, longer)


def _assign(needles: list[set[str]], haystack: list[set[str]]) -> bool:
    """Whether each needle can take a distinct word of the haystack whose keys it meets."""
    if not needles:
        return True
    first, rest = needles[0], needles[1:]
    for index, candidate in enumerate(haystack):
        if first & candidate and _assign(rest, haystack[:index] + haystack[index + 1 :]):
            return True
    return False


# -- suggested spellings ---------------------------------------------------------------------


@dataclass(frozen=True)
class NameVariants:
    """Spellings of a name to offer beside it: Latin ones and Cyrillic ones."""

    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]


_CYRILLIC_LETTERS = frozenset(_CYRILLIC)
_UZBEK_LATIN_MARKS = re.compile(rf"[og][{_APOSTROPHES}]|q", re.IGNORECASE)

# Cyrillic -> Latin, per style. Letters not listed keep the "passport" spelling.
_PASSPORT: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "й": "i", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ў": "u", "ф": "f", "х": "kh", "ҳ": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia", "ә": "a",
}  # fmt: skip
_COMMON: dict[str, str] = {
    **_PASSPORT,
    "ё": "yo", "й": "y", "ж": "j", "х": "h", "ҳ": "h", "ю": "yu", "я": "ya",
}  # fmt: skip
_TURKIC: dict[str, str] = {
    **_PASSPORT,
    "ө": "ö", "ү": "ü", "ң": "ng", "ә": "ä", "ё": "yo", "й": "y", "ю": "yu", "я": "ya",
    "қ": "q", "ғ": "gh",
}  # fmt: skip
_UZBEK_LATIN: dict[str, str] = {
    **_PASSPORT,
    "ў": "o'", "ғ": "g'", "қ": "q", "х": "x", "ҳ": "h", "ж": "j", "й": "y", "ё": "yo",
    "ю": "yu", "я": "ya", "ц": "ts", "ы": "i",
}  # fmt: skip

# Latin -> Cyrillic, longest spelling first, Russian-style; "y" and a first "e" are decided by
# their neighbours. _TO_KYRGYZ and _TO_UZBEK override it for the other two styles.
_TO_CYRILLIC: dict[str, str] = {
    "shch": "щ", "dzh": "дж", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ts": "ц",
    "gh": "г", "yo": "ё", "yu": "ю", "ya": "я", "ye": "е",
    "a": "а", "ä": "а", "b": "б", "c": "к", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г",
    "ğ": "г", "h": "х", "i": "и", "ı": "ы", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н",
    "ñ": "н", "o": "о", "ö": "о", "p": "п", "q": "к", "r": "р", "s": "с", "ş": "ш", "t": "т",
    "u": "у", "ü": "у", "v": "в", "w": "в", "x": "х", "z": "з",
}  # fmt: skip
_TO_KYRGYZ: dict[str, str] = {"ö": "ө", "ü": "ү", "ä": "ә", "ng": "ң", "ñ": "ң", "j": "ж"}
_TO_UZBEK: dict[str, str] = {
    "o'": "ў", "o’": "ў", "oʻ": "ў", "g'": "ғ", "g’": "ғ", "gʻ": "ғ",
    "q": "қ", "x": "х", "h": "ҳ", "j": "ж",
}  # fmt: skip
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяөүұәі")


def _is_cyrillic(text: str) -> bool:
    return any(c.lower() in _CYRILLIC_LETTERS for c in text)


def _with_case(spelled: str, like: str) -> str:
    if like[:1].isupper() and spelled:
        return spelled[0].upper() + spelled[1:]
    return spelled


def _romanise_word(word: str, table: dict[str, str]) -> str:
    out: list[str] = []
    for index, char in enumerate(word):
        lower = char.lower()
        spelled = table.get(lower, lower)
        before = word[index - 1].lower() if index else ""
        # Е at the start or after a vowel is "ye" in the common spellings (Yerlan, Aliyev).
        if lower == "е" and table is not _PASSPORT and (not before or before in _CYRILLIC_VOWELS):
            spelled = "ye"
        out.append(_with_case(spelled, char))
    return "".join(out)


def _cyrillise_word(word: str, style: dict[str, str]) -> str:
    table = {**_TO_CYRILLIC, **style}
    longest = max(len(spelling) for spelling in table)
    lower = word.lower()
    out: list[str] = []
    i = 0
    while i < len(lower):
        previous = out[-1][-1:] if out else ""
        after_vowel = previous in _CYRILLIC_VOWELS
        for size in range(min(longest, len(lower) - i), 0, -1):
            spelling = lower[i : i + size]
            if spelling in table:
                letter = table[spelling]
                break
        else:
            spelling = lower[i]
            if spelling == "y":  # й after a vowel (Aybek, Dmitriy); ы elsewhere (kyzy)
                letter = "й" if previous and after_vowel else "ы"
            elif spelling in _APOSTROPHES:  # a lone apostrophe (Ma'ruf): ъ in Uzbek
                letter = "ъ" if style is _TO_UZBEK and out else ""
            else:
                letter = spelling
        if spelling == "e" and not out:
            letter = "э"  # Erkin, Esen: a first E is Э (a first Е is written Ye)
        out.append(letter)
        i += len(spelling)
    return _with_case("".join(out), word)


def _each_word(name: str, convert: Callable[[str], str]) -> str:
    return "".join(convert(part) if part[:1].isalpha() else part for part in _WORDS.split(name))


_WORDS = re.compile(rf"([^\w{_APOSTROPHES}]+)")


def suggest_variants(full_name: str) -> NameVariants:
    """Likely other spellings of a name, to offer beside it.

    A Cyrillic name gets its passport, common and Turkic romanisations (and Uzbek Latin when it
    has ў ғ қ ҳ); a Latin name gets Russian-style and Kyrgyz-style Cyrillic (and Uzbek Cyrillic
    when it has o' g' q), and the other romanisations of those. The name itself, and spellings
    equal to it but for case, are not suggested.
    """
    name = " ".join(full_name.split())
    if not name:
        return NameVariants((), ())
    latin: list[str] = []
    cyrillic: list[str] = []
    if _is_cyrillic(name):
        source = name
    else:
        styles: list[dict[str, str]] = [{}, _TO_KYRGYZ] + (
            [_TO_UZBEK] if _UZBEK_LATIN_MARKS.search(name) else []
        )
        for style in styles:
            cyrillic.append(_each_word(name, partial(_cyrillise_word, style=style)))
        source = cyrillic[-1]
    tables = [_PASSPORT, _COMMON, _TURKIC]
    if any(c in source.lower() for c in "ўғқҳ"):
        tables.append(_UZBEK_LATIN)
    for table in tables:
        latin.append(_each_word(source, partial(_romanise_word, table=table)))
    return NameVariants(_distinct(latin, name), _distinct(cyrillic, name))


def _distinct(spellings: list[str], name: str) -> tuple[str, ...]:
    seen = {name.casefold()}
    out: list[str] = []
    for spelling in spellings:
        if spelling.casefold() not in seen and spelling.strip():
            seen.add(spelling.casefold())
            out.append(spelling)
    return tuple(out)

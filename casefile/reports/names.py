"""Names for documents: family name and first names out of a full name, and initials.

A record keeps one ``full_name`` as typed. Forms such as the WGAD questionnaire ask for the
family name apart, so it is guessed from the usual endings of Central Asian and Russian family
names (-ов, -ева, -ин, -ский, uulu/kyzy …) and patronymics (-ович, -овна …). Without such a
hint the last word is taken as the family name ("Asel Ivanova"), unless there are three words
and the last is a patronymic ("Иванова Асель Бакытовна").
"""

from __future__ import annotations

import itertools
import re

_FAMILY_ENDINGS = (
    "ов",
    "ова",
    "ев",
    "ева",
    "ёв",
    "ёва",
    "ин",
    "ина",
    "ын",
    "ына",
    "ский",
    "ская",
    "цкий",
    "цкая",
    "ко",
    "ук",
    "юк",
    "ov",
    "ova",
    "ev",
    "eva",
    "in",
    "ina",
    "sky",
    "skaya",
    "skiy",
)
_PATRONYMIC_ENDINGS = (
    "ович",
    "евич",
    "ич",
    "овна",
    "евна",
    "ична",
    "инична",
    "ovich",
    "evich",
    "ovna",
    "evna",
    "ichna",
)
_CONNECTORS = frozenset({"уулу", "кызы", "uulu", "kyzy", "qizi", "o'g'li", "оглы"})


def _words(full_name: str) -> list[str]:
    return full_name.split()


def _is_family(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) > 3 and lowered.endswith(_FAMILY_ENDINGS)


def _is_patronymic(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) > 4 and lowered.endswith(_PATRONYMIC_ENDINGS)


def split_name(full_name: str) -> tuple[str | None, str | None]:
    """(family name, first names) guessed from a full name; (None, name) for one word."""
    words = _words(full_name)
    if not words:
        return None, None
    if len(words) == 1:
        return None, words[0]
    # "Бакыт уулу Нурлан": a patronymic surname of two words ("X uulu"/"X kyzy") comes first.
    if len(words) >= 3 and words[1].lower() in _CONNECTORS:
        return " ".join(words[:2]), " ".join(words[2:])
    if len(words) >= 3 and words[-1].lower() in _CONNECTORS:
        return " ".join(words[-2:]), " ".join(words[:-2])
    if _is_family(words[0]) and not _is_family(words[-1]):
        return words[0], " ".join(words[1:])
    if len(words) == 3 and _is_patronymic(words[2]):
        return words[0], " ".join(words[1:])
    return words[-1], " ".join(words[:-1])


def initials(full_name: str) -> str:
    """'Асель Бакытовна Иванова' -> 'А. Б. И.'; hyphenated parts keep their hyphen ('А.-М.')."""
    parts: list[str] = []
    for word in _words(full_name):
        pieces = [p for p in word.split("-") if p]
        letters = [p[0].upper() + "." for p in pieces if p[0].isalpha()]
        if letters:
            parts.append("-".join(letters))
    return " ".join(parts)


def name_pattern(names: list[str]) -> re.Pattern[str] | None:
    """A pattern matching any of these names, and each word of them with Russian case endings.

    "Иванова" also matches "Ивановой", "Асель" also "Асели": the stem (the word less a final
    vowel or soft sign) followed by any letters. Words shorter than three letters are ignored,
    so initials and particles do not match half the text.
    """
    alternatives: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        alternatives.add(re.escape(name))
        words = name.split()
        for before, after in itertools.pairwise(words):
            # "Аманбай уулу" is one family name: match it whole, so "уулу" is not left over.
            if after.lower() in _CONNECTORS:
                alternatives.add(re.escape(before) + r"\s+" + re.escape(after))
        for word in re.split(r"[\s\-]+", name):
            word = word.strip(".,;:()\"'«»")
            if len(word) < 3 or word.lower() in _CONNECTORS:
                continue
            stem = word[:-1] if len(word) > 4 and word[-1].lower() in "аеёиоуыэюяьйaeiouy" else word
            alternatives.add(re.escape(stem) + r"\w*")
    if not alternatives:
        return None
    # Longest first, so a whole name is replaced before its words.
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)", re.IGNORECASE)

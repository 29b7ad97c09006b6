"""Contacts as people actually write them, found in free text: phones, e-mails, handles, addresses.

Used by the redaction scrubber (redaction.py). Each finder returns the text with every match
replaced; the patterns are linear (no nested quantifiers over the same characters), so a
hostile text of any length costs time in proportion to its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from casefile.domain.transliteration import NAME_TOKEN, token_keys

# -- phone numbers ----------------------------------------------------------------------------
# A cluster of digit groups joined by at most three separators (space, hyphen, parentheses):
# "+996 555 12-34-56", "0 (555) 123 456", "996555123456". Dots and slashes are not joiners:
# they are what dates and case numbers are written with.
_CLUSTER = re.compile(r"(?<![\w+])(?:\+[ \t]?)?\(?\d+(?:[ \t\-()]{1,3}\d+)*")
_GROUP = re.compile(r"\d+")
# Kyrgyz mobile prefixes after the country code or trunk 0 (5xx, 7xx, 2xx, 99x, 88x) and
# Bishkek/region landlines (3xxx); a bare nine-digit number is a phone only for the mobiles.
_MOBILE_START = ("2", "5", "7", "9", "8")
_MAX_GROUPS = 8


def _is_phone(groups: list[str], plus: bool) -> bool:
    digits = "".join(groups)
    count = len(digits)
    first = groups[0]
    if plus:
        return 8 <= count <= 15
    if len(first) == 2 and len(groups) > 1:
        return False  # "12-04-2024", "01-234": dates and case numbers start so
    if digits.startswith("996") and count == 12:
        return True
    if digits[0] in "78" and count == 11 and len(first) in (1, 4, 11):
        return True  # +7 / 8 numbers of Kazakhstan and Russia written without the plus
    if digits.startswith("0") and count == 10 and len(first) in (1, 4, 5, 10):
        return True
    # A bare nine-digit mobile ("555 12 34 56"), but not a round sum ("500 000 000").
    return (
        count == 9
        and first.startswith(_MOBILE_START)
        and len(first) in (3, 9)
        and bool(digits[3:].strip("0"))
    )


def _scrub_cluster(text: str, withheld: str) -> str:
    groups = [(m.start(), m.end(), m.group(0)) for m in _GROUP.finditer(text)]
    out: list[str] = []
    done = 0  # characters of ``text`` already copied or replaced
    i = 0
    while i < len(groups):
        match_end = -1
        # A phone has a handful of groups: "+996 (555) 12-34-56" is six. Bounded, so a text
        # of ten thousand digit groups costs ten thousand tries, not a hundred million.
        for j in range(min(len(groups) - 1, i + _MAX_GROUPS - 1), i - 1, -1):
            begin = groups[i][0]
            plus = text[:begin].rstrip(" \t(").endswith("+")
            if _is_phone([g[2] for g in groups[i : j + 1]], plus):
                match_end = j
                break
        if match_end < 0:
            i += 1
            continue
        begin = groups[i][0]
        # Take the "+" and "(" written just before the first group, and a ")" just after.
        while begin > done and text[begin - 1] in "+( \t":
            if text[begin - 1] in " \t" and not text[:begin].rstrip(" \t").endswith(("+", "(")):
                break
            begin -= 1
        end = groups[match_end][1]
        if end < len(text) and text[end] == ")":
            end += 1
        out.append(text[done:begin])
        out.append(withheld)
        done = end
        i = match_end + 1
    out.append(text[done:])
    return "".join(out)


def scrub_phones(text: str, withheld: str) -> str:
    """Every phone number in a Kyrgyz or international format replaced by ``withheld``."""
    return _CLUSTER.sub(lambda m: _scrub_cluster(m.group(0), withheld), text)


# -- e-mail addresses, plain and obfuscated ------------------------------------------------------
_BRACKETED = r"[\[\(\{<]\s*{word}\s*[\]\)\}>]"
_AT_WORDS = r"(?:at|собака|эт)"
_DOT_WORDS = r"(?:dot|точка|дот)"
_AT = r"(?:\s*@\s*|\s*" + _BRACKETED.replace("{word}", _AT_WORDS) + r"\s*|\s+" + _AT_WORDS + r"\s+)"
_DOT = r"(?:\.|\s*" + _BRACKETED.replace("{word}", _DOT_WORDS) + r"\s*|\s+" + _DOT_WORDS + r"\s+)"
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]++"
    + _AT
    + r"[\w-]+(?:"
    + _DOT
    + r"[\w-]+)*"
    + _DOT
    + r"[a-zA-Zа-яА-Я]{2,12}(?!\w)",
    re.IGNORECASE,
)

# -- messenger and social-network handles ------------------------------------------------------
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?"
    r"(?:t\.me|telegram\.(?:me|dog)|wa\.me|instagram\.com|facebook\.com|fb\.com|vk\.com"
    r"|x\.com|twitter\.com|tiktok\.com|youtube\.com|ok\.ru)"
    r"/[@\w.\-+/]*",
    re.IGNORECASE,
)
# "@handle": not after a letter or digit (that is an e-mail), 4 to 32 characters.
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z][\w]{3,31}(?!\w)")


def scrub_contacts(text: str, withheld: str) -> str:
    """E-mails ("name [at] mail [dot] kg" too), profile links, @handles and phone numbers."""
    text = _EMAIL.sub(withheld, text)
    text = _PROFILE_URL.sub(withheld, text)
    text = _HANDLE.sub(withheld, text)
    return scrub_phones(text, withheld)


# -- addresses -----------------------------------------------------------------------------------
_STREET = (
    r"(?:ул\.?|улица|көч\.?|көчөсү|пр\.?|пр-т|проспект|пер\.?|переулок|бульв?\.?|бульвар"
    r"|street|str\.?|st\.?|avenue|ave\.?|prospekt|pr-t|lane|boulevard|blvd\.?)"
)
_DISTRICT = (
    r"(?:мкр\.?|м-н|микрорайон|кичи\s+район|mkr\.?|microdistrict|micro-district|ж/м|жилмассив)"
)
_FLAT = r"(?:кв\.?|квартира|apt\.?|apartment|flat|үй)"
_HOUSE = r"(?:д\.?|дом|h\.?|house|No\.?|№)"
_NUMBER = r"\d+[a-zA-Zа-яА-Я]?(?:[/-]\d+)?"
# A residential address: a street or district with a house number and a flat, in either order
# of the words ("ул. Киевская 12, кв. 5", "Kievskaya st. 12 apt 5", "мкр. Джал 12-34").
_RESIDENTIAL = re.compile(
    r"(?:"
    + _STREET
    + r"\s*+(?:[\w\-]++\s++){0,2}?[\w\-]++|(?<![\w\-])(?:[\w\-]++\s++){0,2}?[\w\-]++\s++"
    + _STREET
    + r")[\s,]*(?:"
    + _HOUSE
    + r"\s*)?"
    + _NUMBER
    + r"[\s,]*"
    + _FLAT
    + r"\s*\d+"
    + r"|"
    + _DISTRICT
    + r"\s*+(?:[\w\-]++\s*+)?,?\s*(?:"
    + _HOUSE
    + r"\s*)?\d+(?:[\s,]*(?:"
    + _FLAT
    + r"\s*)?[-/ ]?\d+)?"
    + r"|(?<![\w\-])(?:[\w\-]++\s++)?\d++[\s-]*(?:й\s*)?"
    + _DISTRICT
    + r"[\s,]*(?:"
    + _HOUSE
    + r"\s*)?\d+(?:[\s,]*(?:"
    + _FLAT
    + r"\s*)?[-/ ]?\d+)?",
    re.IGNORECASE,
)


def scrub_residential(text: str, withheld: str) -> str:
    """A street address with a flat number, or a microdistrict with a house number."""
    return _RESIDENTIAL.sub(withheld, text)


_ADDRESS_WORDS = re.compile(
    r"^(?:" + "|".join((_STREET, _DISTRICT, _FLAT, _HOUSE)) + r")$", re.IGNORECASE
)


def address_matcher(address: str, withheld: str) -> Callable[[str], str] | None:
    """A rewrite that finds this stored address written another way: its street name in any
    script or spelling ("Токтогула" / "Toktogula" / "Toktogul") followed by its house number.

    None when the address has no street name with a house number after it."""
    for token in NAME_TOKEN.finditer(address):
        word = token.group(0)
        if word.isdigit() or len(word) < 4 or _ADDRESS_WORDS.match(word):
            continue
        rest = address[token.end() :]
        house = re.match(r"[\s,.]*(?:" + _HOUSE + r"\s*)?(\d+)", rest, re.IGNORECASE)
        if house is None:
            continue
        return _StreetMatcher(set(token_keys(word)), house.group(1), withheld)
    return None


class _StreetMatcher:
    """Rewrites "<street word> [д.] <house>[, кв. N]" when the street word sounds the same."""

    def __init__(self, keys: set[str], house: str, withheld: str) -> None:
        self.keys = keys
        self.withheld = withheld
        self.after = re.compile(
            r"[\s,.]*(?:"
            + _STREET
            + r"[\s,.]*)?(?:"
            + _HOUSE
            + r"\s*)?"
            + re.escape(house)
            + r"(?!\d)(?:[a-zA-Zа-яА-Я](?!\w))?(?:[\s,]*(?:"
            + _FLAT
            + r"\s*)?[-/ ]?\d+)?",
            re.IGNORECASE,
        )
        self.before = re.compile(r"(?:" + _STREET + r"[\s.]*)$", re.IGNORECASE)

    def _sounds_like(self, word: str) -> bool:
        for key in token_keys(word):
            for known in self.keys:
                # A case ending or a dropped final vowel: "Токтогула"/"Toktogul"/"Токтогулы".
                if key == known or (
                    len(known) >= 5 and abs(len(key) - len(known)) <= 2 and key[:-1] == known[:-1]
                ):
                    return True
                if (
                    len(known) >= 5
                    and (key.startswith(known[:-1]) or known.startswith(key))
                    and abs(len(key) - len(known)) <= 2
                ):
                    return True
        return False

    def __call__(self, text: str) -> str:
        out: list[str] = []
        done = 0
        for token in NAME_TOKEN.finditer(text):
            if token.start() < done or not self._sounds_like(token.group(0)):
                continue
            after = self.after.match(text, token.end())
            if after is None:
                continue
            begin = token.start()
            # Only the few characters before the street name can hold its marker ("ул. ").
            marker = self.before.search(text, max(done, begin - 16), begin)
            if marker is not None:
                begin = marker.start()
            out.append(text[done:begin])
            out.append(self.withheld)
            done = after.end()
        out.append(text[done:])
        return "".join(out)

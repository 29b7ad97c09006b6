"""Protected names found in free text however they are spelt, with the app's name keys.

"Bakit", "Bakyt" and "Бакыт" share one key (casefile.domain.transliteration), so a protected
person's name is found in a spelling nobody stored on the record. A word also matches with a
case ending ("Бакыту", "Ivanovoy"). People close to the subject (the subject, co-defendants,
victims, witnesses) are matched word by word; anyone else in the vault only when two adjacent
words are two words of their name, so that common first names do not vanish from every text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from casefile.domain.transliteration import NAME_TOKEN, is_particle, token_keys

# A case ending adds at most this many key letters: "ivanuva" -> "ivanuvui".
_MAX_ENDING = 3
# A key shorter than this only matches exactly ("Нур", "Aida"): a stem would catch ordinary words.
_MIN_STEM = 4


def _stem(key: str) -> str:
    return key[:-1] if len(key) > _MIN_STEM and key[-1] in "aeiu" else key


@dataclass
class NameKeys:
    """Stems of protected name words -> who has them; built once per document."""

    #: stem -> indexes of the people (in ``single``) matched by one word
    single: dict[str, set[int]] = field(default_factory=dict)
    #: stem -> indexes of the people matched only by two adjacent words of their name
    paired: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        close: Sequence[tuple[str, Iterable[str]]],
        others: Sequence[tuple[str, Iterable[str]]] = (),
    ) -> NameKeys:
        keys = cls()
        for target, people in ((keys.single, close), (keys.paired, others)):
            for index, (full_name, variants) in enumerate(people):
                for name in (full_name, *variants):
                    for token in NAME_TOKEN.findall(name):
                        if len(token) < 3 or any(c.isdigit() for c in token):
                            continue
                        if is_particle(token):
                            continue
                        for key in token_keys(token):
                            target.setdefault(_stem(key), set()).add(index)
        return keys

    def __bool__(self) -> bool:
        return bool(self.single or self.paired)

    @staticmethod
    def _lookup(table: dict[str, set[int]], token: str) -> set[int]:
        found: set[int] = set()
        for key in token_keys(token):
            for cut in range(_MAX_ENDING + 1):
                stem = key[: len(key) - cut] if cut else key
                if len(stem) < 3:
                    break
                people = table.get(stem)
                if people and (cut == 0 or len(stem) >= _MIN_STEM):
                    found |= people
        return found

    def rewrite(self, text: str) -> str:
        """Each protected word replaced by its initial ("Bakit" -> "B.")."""
        tokens = [
            t
            for t in NAME_TOKEN.finditer(text)
            if len(t.group(0)) >= 3 and not any(c.isdigit() for c in t.group(0))
        ]
        if not tokens:
            return text
        hit = [bool(self.single and self._lookup(self.single, t.group(0))) for t in tokens]
        if self.paired:
            owners = [self._lookup(self.paired, t.group(0)) for t in tokens]
            for i in range(len(tokens) - 1):
                between = text[tokens[i].end() : tokens[i + 1].start()]
                if between.strip(" \t-") or not owners[i] & owners[i + 1]:
                    continue
                hit[i] = hit[i + 1] = True
        if not any(hit):
            return text
        out: list[str] = []
        done = 0
        for token, replace in zip(tokens, hit, strict=True):
            if replace:
                out.append(text[done : token.start()])
                out.append(token.group(0)[0].upper() + ".")
                done = token.end()
        out.append(text[done:])
        return "".join(out)

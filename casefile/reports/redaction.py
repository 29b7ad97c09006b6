"""Redaction profiles: what a document leaves out, applied to the data before any template runs.

A redacted item is removed from the ReportData (set to None or emptied), never painted over,
so it cannot be in the PDF's text, its bytes or its metadata. Free texts are also scrubbed of
the withheld names, contacts and source names they may repeat ("[…]" or initials instead).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from casefile.errors import ValidationError
from casefile.reports.contacts import address_matcher, scrub_contacts, scrub_residential
from casefile.reports.data import (
    ConsentData,
    DetentionItem,
    HearingItem,
    IllTreatmentItem,
    PersonData,
    Redaction,
    ReportData,
    SourceItem,
)
from casefile.reports.name_match import NameKeys
from casefile.reports.names import initials, name_pattern

WITHHELD = "[…]"

ALL_REDACTIONS: frozenset[Redaction] = frozenset(Redaction)

#: Named profiles. External ones leave out all five; "internal" leaves out nothing.
PRESETS: dict[str, frozenset[Redaction]] = {
    "un": ALL_REDACTIONS,
    "embassy": ALL_REDACTIONS,
    # The ill-treatment account for the UN: the medical findings are its core evidence.
    "un-account": ALL_REDACTIONS - {Redaction.MEDICAL},
    "internal": frozenset(),
}


@dataclass(frozen=True)
class Profile:
    """A named preset or a custom combination ("custom")."""

    name: str
    redactions: frozenset[Redaction]

    def with_initials(self) -> Profile:
        """The same profile, with initials-per-consent, which binds every external document."""
        if Redaction.INITIALS in self.redactions:
            return self
        return Profile(self.name, self.redactions | {Redaction.INITIALS})

    def describe(self) -> str:
        """'un' or 'custom: contacts, sources' (for the disclosure log)."""
        if self.name != "custom":
            return self.name
        return "custom: " + ", ".join(sorted(self.redactions)) if self.redactions else "custom"


def resolve_profile(spec: str) -> Profile:
    """A preset name ("un", "embassy", "internal") or a comma list ("sources,medical")."""
    text = spec.strip().lower()
    if text in PRESETS:
        return Profile(text, PRESETS[text])
    chosen: set[Redaction] = set()
    for part in text.split(","):
        part = part.strip()
        if not part or part == "none":
            continue
        try:
            chosen.add(Redaction(part))
        except ValueError:
            known = ", ".join([*PRESETS, *(r.value for r in Redaction)])
            raise ValidationError(
                '"%1" is not a redaction profile. Use one of: %2 '
                "(several redactions may be joined with commas).",
                part,
                known,
                field="profile",
            ) from None
    return Profile("custom", frozenset(chosen))


# -- scrubbing free text ---------------------------------------------------------------------

# Fields holding codes, ids and labels a user did not type; never scrubbed.
_CODE_FIELDS = frozenset(
    {
        "id",
        "case_id",
        "source_id",
        "type",
        "kind",
        "status",
        "sex",
        "outcome",
        "recipient",
        "name_usage",
        "roles",
        "methods",
        "risk_level",
        "reliability",
        "sha256",
        "lang",
        "medium",
        "template",
        "profile",
    }
)


def _literal_pieces(values: Iterable[str | None]) -> list[str]:
    """Whole values and their lines, long enough to be unambiguous.

    Not split at commas: "Street 12, Bishkek" must not make every "Bishkek" disappear.
    """
    pieces: set[str] = set()
    for value in values:
        if not value:
            continue
        pieces.add(value.strip())
        for part in re.split(r"[\n;]+", value):
            part = part.strip()
            if len(part) >= 8:
                pieces.add(part)
    return sorted((p for p in pieces if p), key=len, reverse=True)


@dataclass(frozen=True)
class Scrubber:
    """Rewrites a free text so that withheld names, contacts and sources are not in it."""

    protected: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (full name, other names)
    literals: tuple[str, ...] = ()  # contact strings, source names: replaced by WITHHELD
    contacts: bool = False  # also phones, e-mails, handles and residential addresses anywhere
    #: Anyone else in the vault whose name must not print (relatives, people who asked for
    #: initials or withdrew consent): matched when two adjacent words are theirs.
    others: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Stored addresses, also found written another way ("Toktogula 12-5").
    addresses: tuple[str, ...] = ()

    @cached_property
    def _literal_pattern(self) -> re.Pattern[str] | None:
        if not self.literals:
            return None
        # Longest first (literals are sorted so), whole words only.
        alternatives = "|".join(re.escape(literal) for literal in self.literals)
        return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)

    @cached_property
    def _names(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        everyone = [name for full, others in self.protected for name in (full, *others)]
        whole = {name.strip().lower(): initials(name) for name in everyone if name.strip()}
        return name_pattern(everyone), whole

    @cached_property
    def _keys(self) -> NameKeys:
        # Spellings nobody stored ("Bakit" for Бакыт), through the app's own name keys.
        return NameKeys.build(self.protected, self.others)

    @cached_property
    def _address_rewrites(self) -> list[Callable[[str], str]]:
        found = (address_matcher(address, WITHHELD) for address in self.addresses)
        return [rewrite for rewrite in found if rewrite is not None]

    def __call__(self, text: str) -> str:
        if self._literal_pattern is not None:
            text = self._literal_pattern.sub(WITHHELD, text)
        if self.contacts:
            for rewrite in self._address_rewrites:
                text = rewrite(text)
            text = scrub_contacts(text, WITHHELD)
            text = scrub_residential(text, WITHHELD)
        pattern, whole = self._names
        if pattern is not None:
            text = pattern.sub(
                lambda m: whole.get(m.group(0).lower()) or initials(m.group(0)), text
            )
        if self._keys:
            text = self._keys.rewrite(text)
        return text

    @property
    def active(self) -> bool:
        return bool(self.protected or self.literals or self.contacts or self.others)


def _scrub_value(value: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, tuple):
        return tuple(_scrub_value(item, scrub) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _scrub_dataclass(value, scrub)
    return value


# Not walked: the person (names are set by the profile, see _redact_person), the submitter
# (the sending organisation's own contacts are meant to be printed) and non-text data.
_NOT_WALKED = frozenset({"person", "submitter", "vocab", "redactions"})


def _scrub_dataclass(obj: Any, scrub: Callable[[str], str]) -> Any:
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in _CODE_FIELDS or f.name in _NOT_WALKED:
            continue
        old = getattr(obj, f.name)
        new = _scrub_value(old, scrub)
        if new != old:
            changes[f.name] = new
    return dataclasses.replace(obj, **changes) if changes else obj


def scrub_text(text: str | None, scrubber: Scrubber) -> str | None:
    return None if text is None or not scrubber.active else scrubber(text)


# -- the profile applied ---------------------------------------------------------------------


def _other_names(person: PersonData) -> tuple[str, ...]:
    return tuple(n for n in (*person.name_variants, *person.aliases) if n.strip())


def make_scrubber(
    items: Sequence[ReportData],
    redactions: frozenset[Redaction],
    protected_people: Sequence[tuple[str, tuple[str, ...]]] = (),
    others: Sequence[tuple[str, tuple[str, ...]]] = (),
    named: frozenset[str] = frozenset(),
) -> Scrubber:
    """The scrubber for a set of reports printed together, from their unredacted data.

    ``protected_people`` are other people named in these cases whose consent asks for initials
    (co-defendants, victims, witnesses): their names are replaced in the free texts too.
    ``others`` are people elsewhere in the vault whose names must not print (relatives, people
    who asked for initials or withdrew consent), matched by two adjacent words of their name.
    ``named`` are the subjects a confidential UN submission names in full (see
    apply_redactions).
    """
    protected: list[tuple[str, tuple[str, ...]]] = []
    literals: list[str | None] = []
    addresses: list[str] = []
    if Redaction.INITIALS in redactions:
        for data in items:
            if data.person.name_usage == "initials" and data.person.id not in named:
                protected.append((data.person.full_name, _other_names(data.person)))
        protected.extend(protected_people)
    if Redaction.CONTACTS in redactions:
        for data in items:
            literals += [data.person.usual_address, data.person.contact_details]
            literals += [s.contact_details for s in data.sources]
            addresses += [data.person.usual_address] if data.person.usual_address else []
    if Redaction.SOURCES in redactions:
        for data in items:
            literals += [s.name for s in data.sources]
            literals += [s.contact_details for s in data.sources]
    return Scrubber(
        protected=tuple(protected),
        literals=tuple(_literal_pieces(literals)),
        contacts=Redaction.CONTACTS in redactions,
        others=tuple(others) if Redaction.INITIALS in redactions else (),
        addresses=tuple(addresses),
    )


def _redact_person(
    person: PersonData, redactions: frozenset[Redaction], named: frozenset[str]
) -> PersonData:
    changes: dict[str, Any] = {}
    if Redaction.CONTACTS in redactions:
        changes.update(usual_address=None, contact_details=None)
    if Redaction.NOTES in redactions:
        changes.update(notes=None)
    # "Initials only" binds what the UN may publish, not its confidential file: a person in
    # ``named`` keeps the name here (initials_only stays False: the templates then say that
    # the full name is given in confidence and only initials may be published).
    if (
        Redaction.INITIALS in redactions
        and person.name_usage == "initials"
        and person.id not in named
    ):
        # A document number or a pen name would name the person as surely as the name.
        changes.update(
            full_name=initials(person.full_name),
            family_name=None if person.family_name is None else initials(person.family_name),
            first_names=None if person.first_names is None else initials(person.first_names),
            name_variants=(),
            aliases=(),
            id_document_number=None,
            initials_only=True,
        )
    return dataclasses.replace(person, **changes)


def _redact_ill_treatment(item: IllTreatmentItem, r: frozenset[Redaction]) -> IllTreatmentItem:
    changes: dict[str, Any] = {}
    if Redaction.MEDICAL in r:
        changes.update(medical_findings=None)
    if Redaction.NOTES in r:
        changes.update(notes=None)
    if Redaction.SOURCES in r:
        changes.update(source_id=None)
    return dataclasses.replace(item, **changes)


def _without_notes[T](items: tuple[T, ...]) -> tuple[T, ...]:
    return tuple(dataclasses.replace(i, notes=None) for i in items)  # type: ignore[type-var]


def apply_redactions(
    items: Sequence[ReportData],
    redactions: frozenset[Redaction],
    protected_people: Sequence[tuple[str, tuple[str, ...]]] = (),
    scrubber: Scrubber | None = None,
    named: frozenset[str] = frozenset(),
) -> list[ReportData]:
    """The reports with everything the redactions leave out removed, and free texts scrubbed.

    ``named``: ids of subjects who asked for initials but whose consent covers a confidential
    UN submission, which names them in full and asks that only initials be published.
    """
    if scrubber is None:
        scrubber = make_scrubber(items, redactions, protected_people, named=named)
    result: list[ReportData] = []
    for data in items:
        detention: tuple[DetentionItem, ...] = data.detention
        hearings: tuple[HearingItem, ...] = data.hearings
        next_hearing = data.next_hearing
        sources: tuple[SourceItem, ...] = data.sources
        consents: tuple[ConsentData, ...] = data.consents
        if Redaction.NOTES in redactions:
            detention = _without_notes(detention)
            hearings = _without_notes(hearings)
            if next_hearing is not None:
                next_hearing = dataclasses.replace(next_hearing, notes=None)
            sources = _without_notes(sources)
            # A consent's "how obtained" stays: it says who gave the authorisation, which the
            # WGAD asks for; it is scrubbed like every other text below.
        if Redaction.CONTACTS in redactions:
            sources = tuple(dataclasses.replace(s, contact_details=None) for s in sources)
        if Redaction.SOURCES in redactions:
            sources = ()
        redacted = dataclasses.replace(
            data,
            detention=detention,
            hearings=hearings,
            next_hearing=next_hearing,
            ill_treatment=tuple(_redact_ill_treatment(i, redactions) for i in data.ill_treatment),
            sources=sources,
            consents=consents,
            # The disclosure history is for the internal dossier only.
            disclosures=data.disclosures if not redactions else (),
            redactions=redactions,
        )
        person = _redact_person(data.person, redactions, named)
        if scrubber.active:
            redacted = _scrub_dataclass(redacted, scrubber)
            person = _scrub_person_texts(person, scrubber)
        result.append(dataclasses.replace(redacted, person=person))
    return result


def _scrub_person_texts(person: PersonData, scrubber: Scrubber) -> PersonData:
    """The descriptive texts only: the names are already as the profile wants them."""
    changes: dict[str, Any] = {
        name: scrubber(value)
        for name in ("profession", "notes", "usual_address", "contact_details")
        if isinstance(value := getattr(person, name), str)
    }
    changes["organisations"] = _scrub_value(person.organisations, scrubber)
    return dataclasses.replace(person, **changes)

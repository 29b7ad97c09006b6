"""Controlled vocabularies the user can extend: list terms, add a term.

Seeded terms come from db/seed/vocabularies.json (builtin). A user's term is a new row with
its own labels; nothing can remove or relabel a builtin term, so reports and exchanged data
keep their meaning. Adding a term is audited like a record (under a stable id derived from
the vocabulary and the code, since terms have no UUID of their own).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from casefile.domain.enums import AuditAction
from casefile.errors import ValidationError
from casefile.services.records.drafts import FIXED_VOCABULARIES
from casefile.vault.field_versions import stamp_fields
from casefile.vault.schema import AuditEntry, VocabularyTerm, utcnow
from casefile.vault.vault import Vault

_TERM_NAMESPACE = uuid.UUID("6f1c2a52-8f0e-4d53-9a59-3c1de3a4b7a1")
_CODE_LENGTH = 60
_LABEL_LENGTH = 200
#: A user term travels in bundles with one version, a field-version row (vocabulary_terms,
#: term_record_id, "term"); services/exchange/shared.py merges it.
TERM_VERSION_FIELD = "term"


@dataclass(frozen=True)
class Term:
    vocabulary: str
    code: str
    label_en: str
    label_ru: str
    label_ky: str | None
    builtin: bool


def term_record_id(vocabulary: str, code: str) -> str:
    """The id a term's audit entries are filed under."""
    return str(uuid.uuid5(_TERM_NAMESPACE, f"{vocabulary}/{code}"))


def code_for(label: str) -> str:
    """A stable ASCII code from an English label: "Sleep deprivation" -> "sleep_deprivation"."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:_CODE_LENGTH]


def list_terms(vault: Vault, vocabulary: str) -> list[Term]:
    """A user-extensible vocabulary's terms in display order (empty if unknown)."""
    with vault.read() as session:
        rows = session.scalars(
            select(VocabularyTerm)
            .where(VocabularyTerm.vocabulary == vocabulary)
            .order_by(VocabularyTerm.sort_order, VocabularyTerm.code)
        ).all()
        return [
            Term(t.vocabulary, t.code, t.label_en, t.label_ru, t.label_ky, t.builtin) for t in rows
        ]


def vocabulary_names(vault: Vault) -> list[str]:
    """The vocabularies a user may extend (the seeded ones)."""
    with vault.read() as session:
        return list(
            session.scalars(
                select(VocabularyTerm.vocabulary).distinct().order_by(VocabularyTerm.vocabulary)
            )
        )


def add_term(
    vault: Vault,
    vocabulary: str,
    label_en: str,
    label_ru: str,
    label_ky: str | None = None,
    code: str | None = None,
) -> Term:
    """Adds a term to a seeded vocabulary; returns it.

    Raises:
        ValidationError: an unknown or fixed vocabulary, a missing label, or a code or
            English label already in use.
    """
    label_en, label_ru = label_en.strip(), label_ru.strip()
    label_ky = (label_ky or "").strip() or None
    if vocabulary in FIXED_VOCABULARIES:
        raise ValidationError("The list “%1” is fixed; it cannot take new terms.", vocabulary)
    if not label_en or not label_ru:
        raise ValidationError("A new term needs an English and a Russian label.")
    if max(len(label_en), len(label_ru), len(label_ky or "")) > _LABEL_LENGTH:
        raise ValidationError("A label may have at most %1 characters.", _LABEL_LENGTH)
    code = code_for(code or label_en)
    if not code:
        raise ValidationError("The English label needs at least one letter or digit.")
    with vault.write(f"add term to {vocabulary}") as session:
        known = session.execute(
            select(func.max(VocabularyTerm.sort_order), func.count()).where(
                VocabularyTerm.vocabulary == vocabulary
            )
        ).one()
        if not known[1]:
            raise ValidationError("There is no list called “%1”.", vocabulary)
        clash = session.scalar(
            select(VocabularyTerm.code).where(
                VocabularyTerm.vocabulary == vocabulary,
                (VocabularyTerm.code == code)
                | (func.lower(VocabularyTerm.label_en) == label_en.lower()),
            )
        )
        if clash is not None:
            raise ValidationError("The list already has this term (“%1”).", clash)
        term = VocabularyTerm(
            vocabulary=vocabulary,
            code=code,
            label_en=label_en,
            label_ru=label_ru,
            label_ky=label_ky,
            builtin=False,
            sort_order=(known[0] or 0) + 1,
        )
        session.add(term)
        stamp_fields(
            session,
            VocabularyTerm.__tablename__,
            term_record_id(vocabulary, code),
            [TERM_VERSION_FIELD],
        )
        session.add(
            AuditEntry(
                at=utcnow(),
                actor=str(session.info.get("actor", "")),
                action=AuditAction.CREATE.value,
                record_table=VocabularyTerm.__tablename__,
                record_id=term_record_id(vocabulary, code),
                changes={
                    "vocabulary": [None, vocabulary],
                    "code": [None, code],
                    "label_en": [None, label_en],
                    "label_ru": [None, label_ru],
                    "label_ky": [None, label_ky],
                },
                reason=f"add term to {vocabulary}",
            )
        )
    return Term(vocabulary, code, label_en, label_ru, label_ky, False)

"""Seeds the controlled vocabularies of a new vault from db/seed/vocabularies.json."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from casefile.assets import seed_dir
from casefile.vault.schema import VocabularyTerm


def builtin_terms() -> dict[str, list[list[str]]]:
    data: dict[str, list[list[str]]] = json.loads(
        (seed_dir() / "vocabularies.json").read_text(encoding="utf-8")
    )
    return data


def seed_vocabularies(session: Session) -> None:
    for vocabulary, terms in builtin_terms().items():
        for order, (code, label_en, label_ru, label_ky) in enumerate(terms):
            session.merge(
                VocabularyTerm(
                    vocabulary=vocabulary,
                    code=code,
                    label_en=label_en,
                    label_ru=label_ru,
                    label_ky=label_ky,
                    builtin=True,
                    sort_order=order,
                )
            )

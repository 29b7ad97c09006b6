"""Every fixed vocabulary has a Kyrgyz label for every code (not a Russian fallback)."""

from __future__ import annotations

from casefile.services.records import drafts
from casefile.vault.vault import Vault


def test_fixed_vocabularies_are_labelled_in_kyrgyz(vault: Vault) -> None:
    for name in sorted(drafts.FIXED_VOCABULARIES):
        russian = dict(drafts.vocabulary(vault, name, "ru"))
        kyrgyz = dict(drafts.vocabulary(vault, name, "ky_KG"))
        assert kyrgyz.keys() == russian.keys(), name
        missing = [code for code in kyrgyz if (name, code) not in drafts._FIXED_KY]
        assert not missing, (name, missing)
    assert dict(drafts.vocabulary(vault, "sex", "ky"))["female"] == "Аял"
    assert dict(drafts.vocabulary(vault, "case_role", "ky"))["defendant"] == "Айыпталуучу"
    assert dict(drafts.vocabulary(vault, "case_role", "ru"))["defendant"] == "Обвиняемый"

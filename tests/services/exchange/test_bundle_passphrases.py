"""Generated bundle passphrases: six words from the EFF list, as strong as they look."""

from __future__ import annotations

import hashlib
import math

from casefile.assets import resources_dir
from casefile.services.exchange import passphrases

EFF_LARGE_SHA256 = "addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e"


def test_the_word_list_is_the_eff_large_list_unchanged() -> None:
    path = resources_dir() / "wordlists" / passphrases.WORDLIST
    assert hashlib.sha256(path.read_bytes()).hexdigest() == EFF_LARGE_SHA256
    words = passphrases.wordlist()
    assert len(words) == len(set(words)) == 7776
    assert words[0] == "abacus" and words[-1] == "zoom"


def test_a_generated_passphrase_has_six_random_words_of_77_bits() -> None:
    made = {passphrases.generate_passphrase() for _ in range(200)}
    assert len(made) == 200
    for phrase in made:
        words = phrase.split(" ")
        assert len(words) == 6 and set(words) <= set(passphrases.wordlist())
    assert passphrases.entropy_bits() > 77 > 66 == 6 * math.log2(2048)
    # Every word turns up somewhere across many draws: not a fixed subset of the list.
    seen = {w for p in made for w in p.split()}
    assert len(seen) > 1000


def test_typed_passphrases_must_be_as_strong() -> None:
    assess = passphrases.assess_bundle_passphrase
    assert assess(passphrases.generate_passphrase()).acceptable
    for weak in (
        "password123",
        "correct horse battery staple",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "password password password",
        "qwertyuiopasdfghjklzxcvbnm",
    ):
        assert not assess(weak).acceptable, weak
    assert assess("glimmer Ostrava ferry 1987 plum kettle-drum").acceptable

"""How fast the offline proofreader is (run on demand: `pytest tests/benchmarks --benchmark-only`).

Target: a 3,000-character draft in <= 20 ms median once the word list is loaded, so it can run on
every pause in typing. Also reports words per second and the one-off cost of a draft full of new
misspellings (suggestions are computed once per unknown word, then cached).
"""

from __future__ import annotations

import random
import time

import pytest

from composer.grammar import OfflineProofreader
from composer.grammar.spelling import Speller
from composer.store.dictionary import UserDictionary
from tests.corpus import CORPUS, load_cases

MISTAKES = " Their going to recieve the the results tommorow, its a big deal!!! i think u should of known. "


def _draft(length: int) -> str:
    """Realistic text (the labelled drafts, English ones) with a handful of typical mistakes mixed in."""
    texts = [c["text"] for c in load_cases()] if CORPUS.exists() else ["My patient in room 4 is better today."]
    pieces, size, turn = [], 0, 0
    while size < length:
        piece = texts[turn % len(texts)] + (MISTAKES if turn % 4 == 0 else "")
        pieces.append(piece)
        size += len(piece) + 2
        turn += 1
    return "\n\n".join(pieces)[:length]


@pytest.fixture(scope="module")
def proofreader(tmp_path_factory):
    checker = OfflineProofreader(dictionary=UserDictionary(tmp_path_factory.mktemp("d") / "dictionary.txt"))
    checker.check(_draft(3000), platform="linkedin")  # load the word list and build the suggestion index
    return checker


@pytest.mark.benchmark(group="grammar")
def test_offline_proofreader_3000_characters(benchmark, proofreader):
    text = _draft(3000)
    findings = benchmark(proofreader.check, text, platform="linkedin")
    words = len(text.split())
    median = benchmark.stats["median"]
    print(f"\n3,000 characters ({words} words): median {median * 1000:.2f} ms, {words / median:,.0f} words/s")
    assert findings  # the mistakes mixed in are found
    assert median <= 0.020


@pytest.mark.benchmark(group="grammar")
def test_offline_proofreader_with_many_new_misspellings(benchmark, tmp_path):
    """The worst case while typing: 30 never-seen misspellings in one draft, suggestions not cached yet."""
    rng = random.Random(7)
    base = _draft(3000).split()
    letters = "abcdefghijklmnopqrstuvwxyz"

    def fresh_draft() -> str:
        words = list(base)
        for i in rng.sample(range(len(words)), 30):
            word = words[i]
            if word.isalpha() and word.islower() and len(word) > 3:
                j = rng.randrange(len(word))
                words[i] = word[:j] + rng.choice(letters) + word[j + 1 :]
        return " ".join(words)

    def run():
        checker = OfflineProofreader(dictionary=UserDictionary(tmp_path / "d.txt"), speller=Speller())
        checker.check("warm up the word list and the index", platform="x")
        checker.speller._delete_index()
        text = fresh_draft()
        start = time.perf_counter()
        checker.check(text, platform="linkedin")
        return time.perf_counter() - start

    seconds = benchmark.pedantic(run, rounds=3, iterations=1)
    print(f"\n30 new misspellings, cold suggestion cache: {seconds * 1000:.1f} ms")
    assert seconds <= 0.25


@pytest.mark.benchmark(group="grammar")
def test_offline_proofreader_large_paste_is_linear(benchmark, proofreader):
    def timed(length: int) -> float:
        text = _draft(length)
        proofreader.check(text)  # fill the suggestion cache; measure the steady state
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            proofreader.check(text)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = benchmark.pedantic(lambda: (timed(20_000), timed(200_000)), rounds=1, iterations=1)
    print(f"\n20 kB: {small * 1000:.1f} ms, 200 kB: {large * 1000:.1f} ms")
    assert large / small < 20

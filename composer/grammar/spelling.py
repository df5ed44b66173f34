"""Offline spelling: pyspellchecker's English word list plus the shipped clinical terms and the user's words.

pyspellchecker answers "is this a word?" in a dictionary lookup, but its `candidates()` generates
every string two edits away (hundreds of thousands for a long word: 100-300 ms each), far too slow
to run while someone types. So suggestions are computed here, only for unknown words, and cached:
- distance 1 with pyspellchecker's own `edit_distance_1` (well under a millisecond);
- distance 2 through a symmetric-delete index (the SymSpell idea) over the common words only,
  built once on first need (~0.2 s), then a few hundred lookups per word.
Ranking prefers the usual slips first: a missing apostrophe ("dont"), two common words run together
("alot"), then words one edit away, then two edits away. One-edit candidates are ranked by frequency
weighted by how people actually mistype (a simple error model in the spirit of Kernighan, Church and
Gale 1990): swapped neighbours, a doubled or undoubled letter and one vowel for another are common;
a wrong first letter is rare.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from spellchecker import SpellChecker

MAX_SUGGESTIONS = 3
_INDEX_MIN_FREQUENCY = 100  # words rarer than this are not offered at distance 2 (mostly oddities)
_SPLIT_MIN_FREQUENCY = 100_000  # both halves of a run-together pair must be this common ("a lot")
_CACHE_LIMIT = 20_000


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def osa_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (edits: insert, delete, substitute, swap neighbours), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[len(b)], limit + 1)


_VOWELS = frozenset("aeiouy")
_LIKELY, _RARE = 4.0, 0.05


def edit_weight(typed: str, candidate: str) -> float:
    """How likely a one-edit slip from `candidate` to `typed` is, relative to an ordinary edit (1.0)."""
    if typed[:1] != candidate[:1]:
        return _RARE  # people rarely get the first letter wrong
    if len(typed) == len(candidate):
        diffs = [i for i, (a, b) in enumerate(zip(typed, candidate, strict=True)) if a != b]
        if len(diffs) == 2:
            return _LIKELY  # swapped neighbours
        if len(diffs) == 1 and typed[diffs[0]] in _VOWELS and candidate[diffs[0]] in _VOWELS:
            return _LIKELY  # one vowel for another
        return 1.0
    longer, shorter = (typed, candidate) if len(typed) > len(candidate) else (candidate, typed)
    position = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
    letter = longer[position]
    doubled = (position > 0 and longer[position - 1] == letter) or longer[position + 1 : position + 2] == letter
    return _LIKELY if doubled else 1.0


class Speller:
    """English word lookups and cached suggestions. Thread-safe; share one (see `shared_speller`)."""

    def __init__(self) -> None:
        self._checker = SpellChecker(language="en", distance=1)
        self._frequency: dict[str, int] = self._checker.word_frequency.dictionary
        self._index: dict[str, list[str]] | None = None
        self._index_lock = threading.Lock()
        self._cache: dict[str, tuple[str, ...]] = {}

    def knows(self, lower_word: str) -> bool:
        """Whether a lower-case word (straight apostrophes) is in the English dictionary."""
        return lower_word in self._frequency

    def frequency(self, lower_word: str) -> int:
        return self._frequency.get(lower_word, 0)

    def suggestions(self, lower_word: str) -> tuple[str, ...]:
        """Up to three likely corrections for an unknown lower-case word, best first; cached."""
        cached = self._cache.get(lower_word)
        if cached is None:
            cached = self._compute(lower_word)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[lower_word] = cached
        return cached

    # --- how suggestions are found --------------------------------------------------------------

    def _compute(self, word: str) -> tuple[str, ...]:
        near = sorted(
            self._checker.known(self._checker.edit_distance_1(word)),
            key=lambda c: (-self._frequency.get(c, 0) * edit_weight(word, c), c),
        )
        splits = self._splits(word)
        best_near = self._frequency.get(near[0], 0) if near else 0
        ranked = self._apostrophe_fixes(word)
        if splits and splits[0][0] >= best_near:
            ranked += [pair for _score, pair in splits] + near
        else:
            ranked += near + [pair for _score, pair in splits]
        if len(ranked) < MAX_SUGGESTIONS:
            far = self._distance_two(word)
            ranked += sorted(far, key=lambda c: (-self._frequency.get(c, 0) * (c[:1] == word[:1] or _RARE), c))
        return tuple(dict.fromkeys(ranked))[:MAX_SUGGESTIONS]

    def _by_frequency(self, words: Iterable[str]) -> list[str]:
        return sorted(words, key=lambda w: (-self._frequency.get(w, 0), w))

    def _apostrophe_fixes(self, word: str) -> list[str]:
        if "'" in word:
            return []
        fixed = (word[:i] + "'" + word[i:] for i in range(1, len(word)))
        return self._by_frequency(w for w in fixed if w in self._frequency)

    def _splits(self, word: str) -> list[tuple[int, str]]:
        """Two common words run together, as (frequency of the rarer half, "left right"), best first."""
        pairs = []
        for i in range(1, len(word)):
            left, right = word[:i], word[i:]
            score = min(self._frequency.get(left, 0), self._frequency.get(right, 0))
            if score >= _SPLIT_MIN_FREQUENCY and (len(left) > 1 or left in ("a", "i")):
                pairs.append((score, f"{left} {right}"))
        return sorted(pairs, reverse=True)

    def _distance_two(self, word: str) -> set[str]:
        if len(word) < 4:
            return set()  # two edits on a short word can reach almost anything
        index = self._delete_index()
        probes = {word} | _deletes(word)
        probes |= {d2 for d1 in _deletes(word) for d2 in _deletes(d1)}
        found: set[str] = set()
        for probe in probes:
            found.update(index.get(probe, ()))
        return {w for w in found if osa_distance(word, w) <= 2}

    def _delete_index(self) -> dict[str, list[str]]:
        """Each common word under itself and under each one-letter deletion of it; built once."""
        if self._index is None:
            with self._index_lock:
                if self._index is None:
                    index: dict[str, list[str]] = {}
                    for word, count in self._frequency.items():
                        if count < _INDEX_MIN_FREQUENCY:
                            continue
                        index.setdefault(word, []).append(word)
                        for deleted in _deletes(word):
                            index.setdefault(deleted, []).append(word)
                    self._index = index
        return self._index


_shared: Speller | None = None
_shared_lock = threading.Lock()


def shared_speller() -> Speller:
    """One speller per process: loading the English word list takes ~0.1 s and ~30 MB."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Speller()
    return _shared

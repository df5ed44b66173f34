"""Context windows for detectors that judge words by what surrounds them (guideline 1).

A detector runs each of its cue patterns over the whole draft once (`Cues`), then asks cheap
questions about a stretch of text: "is there a patient word in this sentence or the next?". Every
question is a binary search over sorted match offsets, so the cost stays linear in the draft's
length however many candidates it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

# Sentence ends; a full stop after a title or a single initial ("Mr. K. was", "Zoë W. who") is not one.
_CLAUSE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n+")
_NOT_AN_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Pt)|(?<!\w)[A-Z])\.$")


class Sentences:
    """Sentence boundaries of a text, and the window of sentences around any offset."""

    def __init__(self, text: str) -> None:
        starts = [0]
        ends = []
        for match in _CLAUSE_END.finditer(text):
            if text[match.start()] == "." and _NOT_AN_END.search(text, max(0, match.start() - 4), match.start() + 1):
                continue
            if match.start() > starts[-1]:
                ends.append(match.start())
                starts.append(match.end())
            else:
                starts[-1] = match.end()
        ends.append(len(text))
        self.starts = starts
        self.ends = ends
        self.text = text

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def span(self, offset: int, before: int = 0, after: int = 0) -> tuple[int, int]:
        """From the start of the sentence `before` sentences back to the end of the one `after` ahead."""
        i = self.index(offset)
        first = max(0, i - before)
        last = min(len(self.ends) - 1, i + after)
        return self.starts[first], self.ends[last]

    def ranges(self, offsets: Iterable[int]) -> list[tuple[int, int]]:
        """The sentences holding any of these offsets, neighbours merged, as (start, end) pairs."""
        indices = sorted({self.index(o) for o in offsets})
        merged: list[list[int]] = []
        for i in indices:
            if merged and merged[-1][1] >= i - 1:
                merged[-1][1] = i
            else:
                merged.append([i, i])
        return [(self.starts[a], self.ends[b]) for a, b in merged]

    def __len__(self) -> int:
        return len(self.starts)

    def bounds(self) -> Iterable[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)


class Cues:
    """Where each named cue pattern matched in the text, for quick "any in this range?" questions."""

    def __init__(
        self,
        text: str,
        patterns: dict[str, re.Pattern[str]],
        phrases: PhraseIndex | None = None,
        spans: list[tuple[int, int, str]] | None = None,
    ) -> None:
        self._starts: dict[str, list[int]] = {}
        self._matches: dict[str, list] = {}
        listed = phrases.find(text, spans) if phrases is not None else {}
        for name in set(patterns) | set(listed):
            pattern = patterns.get(name)
            found = list(pattern.finditer(text)) if pattern is not None else []
            if name in listed:
                found = sorted(found + listed[name], key=lambda m: m.start())
            self._matches[name] = found
            self._starts[name] = [m.start() for m in found]

    def any(self, name: str, start: int, end: int) -> bool:
        starts = self._starts.get(name)
        if not starts:
            return False
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def within(self, name: str, start: int, end: int) -> list:
        starts = self._starts.get(name)
        if not starts:
            return []
        return self._matches[name][bisect_left(starts, start) : bisect_left(starts, end)]

    def nearest_before(self, name: str, offset: int):  # type: ignore[no-untyped-def]
        starts = self._starts.get(name)
        if not starts:
            return None
        i = bisect_left(starts, offset)
        return self._matches[name][i - 1] if i else None

    def all(self, name: str) -> list:
        return self._matches.get(name, [])


_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


class Found:
    """A phrase found by `PhraseIndex`, shaped like the part of `re.Match` the detectors use."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text

    def span(self) -> tuple[int, int]:
        return self._start, self._end


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """Every word and punctuation mark as (start, end, lower-case text), curly apostrophes made straight."""
    return [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(text)]


NUMBER = "<number>"


_NUMBER_WORD = re.compile(r"[^\W_]*\d[^\W_]*")


def keyword_positions(text: str, spans: list[tuple[int, int, str]], wanted: frozenset[str]) -> dict[str, list[int]]:
    """Where each wanted word occurs; NUMBER collects every word with a digit in it."""
    where: dict[str, list[int]] = {}
    for start, _end, token in spans:
        if token in wanted:
            where.setdefault(token, []).append(start)
    if NUMBER in wanted:
        where[NUMBER] = [m.start() for m in _NUMBER_WORD.finditer(text)]
    return where


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


class PhraseIndex:
    """Many plain phrases found in one pass over the words, whatever their number.

    Python's `re` tries every alternative at every position, so a list of hundreds of phrases
    costs hundreds of comparisons per character; a dictionary keyed by first word costs one.
    Phrases are whole words, case-insensitive, and a curly apostrophe equals a straight one.
    """

    def __init__(self, lists: dict[str, tuple[str, ...]]) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, phrases in lists.items():
            for phrase in phrases:
                tokens = tuple(_tokens(phrase))
                if tokens:
                    self._first.setdefault(tokens[0], []).append((tokens, name))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, text: str, spans: list[tuple[int, int, str]] | None = None) -> dict[str, list[Found]]:
        spans = token_spans(text) if spans is None else spans
        found: dict[str, list[Found]] = {}
        first = self._first
        count = len(spans)
        for i, (start, _end, token) in enumerate(spans):
            entries = first.get(token)
            if not entries:
                continue
            seen: set[str] = set()
            for tokens, name in entries:
                if name in seen:
                    continue
                n = len(tokens)
                if i + n > count or any(spans[i + k][2] != tokens[k] for k in range(1, n)):
                    continue
                end = spans[i + n - 1][1]
                found.setdefault(name, []).append(Found(start, end, text[start:end]))
                seen.add(name)
        return found

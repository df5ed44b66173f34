"""A quick first pass over a whole draft: which sentences could hold a detector's phrases at all?

Case-insensitive matching of long phrase lists is several times slower in Python's `re` than matching
the same lists in lowercase against lowercased text, and scanning a draft with a long alternation costs
time at every position. Detectors therefore try each trigger phrase, in lowercase, only where its first
word stands in the lowercased draft and only when the draft holds every word the phrase needs, then look
closely (with the full, case-aware logic) only at the few sentences that matched.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise

from composer.review.prefilter import WORD, first_words, word_sets
from composer.review.text import Document, Span


def lowercase_source(source: str) -> str:
    """A pattern's source with its letters in lowercase, leaving escapes (\\W, \\S, \\x27...) alone."""
    out = []
    escaped = False
    for char in source:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        else:
            out.append(char.lower())
    return "".join(out)


class Gate:
    """One look at the draft with any of several patterns, answering: in which sentences did they match?

    Each pattern's phrases are split apart and each phrase keeps the words it cannot match without
    (`prefilter.word_sets`) and the words it starts with (`prefilter.first_words`). A phrase is tried
    only where one of its first words stands, and only when the draft holds all the words it needs, so
    a long phrase list costs a few set lookups when the draft has nothing for it, and a long paste costs
    one pass over its words plus one attempt per first word found.
    """

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self._branches: list[_Branch] = []
        for pattern in patterns:
            if pattern.pattern and pattern.pattern != r"(?!x)x":
                self._branches.extend(_Branch(source) for source in _alternatives(pattern.pattern))
        self._slow: re.Pattern[str] | None = None

    def _all_slow(self) -> re.Pattern[str]:
        """Every phrase in one case-insensitive pattern, compiled only for a draft that needs it (rare)."""
        if self._slow is None:
            joined = "|".join(f"(?:{b.source})" for b in self._branches) or r"(?!x)x"
            self._slow = re.compile(joined, re.IGNORECASE)
        return self._slow

    def _starts(self, doc: Document) -> Iterator[int]:
        """Offsets where some phrase matches (several per match possible, unordered)."""
        text = doc.text
        lowered = _lowered(text)
        if len(lowered) != len(text):  # lowercasing moved offsets (a dotted capital I): the slow scan
            yield from (m.start() for m in self._all_slow().finditer(text))
            return
        positions, words = _word_positions(text, lowered)
        for branch in self._branches:
            if not all(not need.isdisjoint(words) for need in branch.needs):
                continue
            fast = branch.fast or branch.compile()
            if branch.first is None:
                yield from (m.start() for m in fast.finditer(lowered))
                continue
            match = fast.match
            for word in branch.first:
                for at in positions.get(word, ()):
                    if match(lowered, at) is not None:
                        yield at

    def any(self, doc: Document) -> bool:
        """Whether a pattern matches anywhere in the draft (no positions kept)."""
        return next(self._starts(doc), None) is not None

    def sentences(self, doc: Document) -> list[int]:
        """Indices into `doc.sentences` of the sentences where a pattern starts a match, in order."""
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        found: set[int] = set()
        for at in self._starts(doc):
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < sentences[index].end:
                found.add(index)
        return sorted(found)


class _Branch:
    """One phrase of a gate: its lowercase form and the word lists it needs.

    The lowercase pattern is compiled the first time a draft holds the words it needs: most phrases
    never wake for a given draft, and compiling hundreds of them would make the first review wait.
    """

    __slots__ = ("fast", "first", "needs", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.fast: re.Pattern[str] | None = None
        self.needs = word_sets(source)
        self.first = first_words(source)

    def compile(self) -> re.Pattern[str]:
        self.fast = _compiled_lowercase(self.source)
        return self.fast


_lowercase_compiled: dict[str, re.Pattern[str]] = {}


def _compiled_lowercase(source: str) -> re.Pattern[str]:
    """The lowercase form of a phrase, compiled once however many gates hold the same phrase."""
    found = _lowercase_compiled.get(source)
    if found is None:
        if len(_lowercase_compiled) >= 8192:  # bounded, though a pack has far fewer phrases
            _lowercase_compiled.clear()
        found = _lowercase_compiled[source] = re.compile(lowercase_source(source))
    return found


def _alternatives(source: str) -> list[str]:
    """`prefix(?:a|b|c)suffix` (the shape of `phrase_pattern`) as one source per phrase; else the source."""
    start = source.find("(?:")
    if start < 0 or "|" in source[:start] or "(" in source[:start] or "[" in source[:start]:
        return [source]
    bars: list[int] = []
    depth = 0
    in_class = False
    index = start
    end = -1
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[index + 1 : index + 2] == "]" or source[index + 1 : index + 3] == "^]":
                index += 2 if source[index + 1] == "]" else 3  # a "]" right after "[" is a literal
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                end = index
                break
        elif char == "|" and depth == 1:
            bars.append(index)
        index += 1
    if end < 0 or not bars or _top_level_bar(source[end + 1 :]):
        return [source]
    prefix, suffix = source[:start], source[end + 1 :]
    cuts = [start + 2, *bars, end]
    return [prefix + "(?:" + source[a + 1 : b] + ")" + suffix for a, b in pairwise(cuts)]


def _top_level_bar(source: str) -> bool:
    depth = 0
    in_class = False
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


_last_positions: tuple[str, dict[str, list[int]], frozenset[str]] = ("", {}, frozenset())
_last_lowered: tuple[str, str] = ("", "")
_APOSTROPHE = re.compile("['’]")


def _word_positions(text: str, lowered: str) -> tuple[dict[str, list[int]], frozenset[str]]:
    """Where each lowercase word of the draft starts, and the set of them (once per draft, shared by every gate)."""
    global _last_positions
    if _last_positions[0] is not text:
        positions: dict[str, list[int]] = {}
        for match in WORD.finditer(lowered):
            word = match.group()
            positions.setdefault(word, []).append(match.start())
            if "'" in word or "’" in word:  # "light's" also holds "light", "nurses'" is "nurses" already
                positions.setdefault(_APOSTROPHE.split(word, 1)[0], []).append(match.start())
        _last_positions = (text, positions, frozenset(positions))
    return _last_positions[1], _last_positions[2]


def _lowered(text: str) -> str:
    global _last_lowered
    if _last_lowered[0] is not text:
        _last_lowered = (text, text.lower())
    return _last_lowered[1]


# A sentence split after a title or a short form is not a sentence end: "my old patient Mr. B followed me".
_ABBREVIATION_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Drs|Prof|Sen|Rep|Gov|Pres|St|Sr|Jr|Lt|Sgt|Capt|No|vs|e\.g|i\.e)\.$"
)


def sentence_around(doc: Document, index: int) -> tuple[Span, Span | None, Span | None]:
    """Sentence `index` joined across splits after abbreviations, with the sentences before and after it."""
    sentences = doc.sentences
    first = last = index
    while first > 0 and _ABBREVIATION_END.search(sentences[first - 1].text):
        first -= 1
    while last + 1 < len(sentences) and _ABBREVIATION_END.search(sentences[last].text):
        last += 1
    start, end = sentences[first].start, sentences[last].end
    before = sentences[first - 1] if first > 0 else None
    after = sentences[last + 1] if last + 1 < len(sentences) else None
    return Span(start, end, doc.text[start:end]), before, after

"""Skip a regular expression that cannot match, by the first word it needs.

Python's `re` scans a draft position by position; with dozens of pack patterns that start with a word
alternation (`\\b(?:vaccines?|shots?)\\s+cause`) that is most of a detector's time, although a given
draft almost never contains any of those first words. This module reads a pattern's syntax tree once
and lists the whole words a match can begin with; a detector then runs the pattern only when one of
them is among the draft's words (a set lookup). Patterns whose first word cannot be listed (it starts
with a character class, `\\w+`, a quote, ...) get no gate and always run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LIMIT = 400  # more first words than this and the gate is not worth it
_SKIPPED = (C.AT, C.ASSERT, C.ASSERT_NOT)


class _Open(Exception):
    """The first word is not a finite list of literals."""


@lru_cache(maxsize=8192)
def _parsed(pattern: str) -> _parser.SubPattern:
    """The syntax tree of `pattern` (case-insensitive), read once however many questions are asked of it."""
    return _parser.parse(pattern, re.IGNORECASE)


@lru_cache(maxsize=8192)
def first_words(pattern: str) -> frozenset[str] | None:
    """The lower-case whole words any match of `pattern` starts with, or None when unknown."""
    try:
        done, partial = _walk(list(_parsed(pattern)), {""})
    except (_Open, re.error, RecursionError):
        return None
    if partial - {""} or "" in done or "" in partial:
        return None  # the match may start with something other than a word
    words = {w.lower() for w in done}
    return frozenset(words) if words and len(words) <= _LIMIT else None


@lru_cache(maxsize=8192)
def required_words(pattern: str) -> frozenset[str] | None:
    """The best word list a match must contain one of: the first word, or a later mandatory word
    alternation standing between separators, whichever looks rarest (its shortest word is longest)."""
    try:
        items = list(_parsed(pattern))
    except (re.error, RecursionError):
        return None
    candidates = []
    first = first_words(pattern)
    if first:
        candidates.append(first)
    index = 0
    while index < len(items):
        op, arg = items[index]
        end = index + 1
        if op is C.LITERAL and _is_word_char(chr(arg)):
            while end < len(items) and items[end][0] is C.LITERAL and _is_word_char(chr(items[end][1])):
                end += 1
        elif op not in (C.SUBPATTERN, C.BRANCH):
            index += 1
            continue
        if _separated(items, index - 1) and _separated(items, end):
            try:
                done, partial = _walk(items[index:end], {""})
                words = done | partial
                if words and "" not in words and len(words) <= _LIMIT:
                    candidates.append(frozenset(w.lower() for w in words))
            except _Open:
                pass
        index = end
    if not candidates:
        return None
    return min(candidates, key=lambda words: (len(words & _COMMON), -min(len(w) for w in words), len(words)))


# Words in almost every post: a gate made of them lets a pattern run nearly always.
_COMMON = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "its",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "not",
        "no",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "just",
        "all",
        "what",
        "who",
        "how",
        "why",
        "where",
        "when",
        "if",
        "up",
        "out",
        "get",
        "got",
        "go",
        "going",
        "one",
        "like",
        "more",
        "some",
        "time",
        "day",
        "today",
        "night",
        "back",
        "done",
        "real",
        "very",
        "really",
        "still",
        "now",
        "then",
        "there",
        "here",
        "about",
        "after",
        "new",
        "good",
        "hard",
        "work",
        "shift",
        "know",
        "see",
        "make",
        "need",
        "want",
        "love",
        "team",
        "patient",
        "patients",
        "nurse",
        "nurses",
        "people",
        "too",
    ]
)


def _separated(items: list, index: int) -> bool:
    """Whether the item at `index` (or the pattern's edge) keeps words apart: a space, a boundary, a symbol."""
    if index < 0 or index >= len(items):
        return True
    op, arg = items[index]
    if op is C.AT and arg in (C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING):
        return True
    if op is C.LITERAL:
        return not _is_word_char(chr(arg))
    if op in (C.MAX_REPEAT, C.POSSESSIVE_REPEAT, C.MIN_REPEAT):
        body = list(arg[2])
        if len(body) == 1 and body[0][0] is C.SUBPATTERN:
            body = list(body[0][1][-1])
        if _only_separators(body):
            return arg[0] >= 1 or _separated(items, index - 1)
        # "(?:\w+\s+){0,2}": words that end on a separator, after a separator when absent
        return bool(body) and _separated(body, len(body) - 1) and _separated(items, index - 1)
    if op is C.IN:
        chars = _charset(arg)
        # a closing quote class ([”"’]) keeps words apart although ’ can also be an apostrophe
        return chars is not None and not any(_is_word_char(c) for c in chars if c not in "'’")
    if op is C.SUBPATTERN:
        body = list(arg[-1])
        return bool(body) and _separated(body, len(body) - 1)
    if op is C.BRANCH:
        return all(branch and _separated(list(branch), len(branch) - 1) for branch in arg[1])
    return False


def _walk(items: list, prefixes: set[str]) -> tuple[set[str], set[str]]:
    """Extend `prefixes` through `items`. Returns (completed words, prefixes still open)."""
    done: set[str] = set()
    open_ = set(prefixes)
    for op, arg in items:
        if not open_:
            break
        if op is C.AT and arg in (C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING) and "" not in open_:
            done |= open_  # "\bkys\b": the word ends here
            open_ = set()
            continue
        if op is C.ASSERT_NOT and arg[0] == 1 and open_ and "" not in open_:
            done |= open_  # "(?!\w)" after a word: treated as its end
            open_ = set()
            continue
        if op in _SKIPPED:
            continue
        if op is C.LITERAL:
            char = chr(arg)
            if _is_word_char(char):
                open_ = {p + char for p in open_}
            else:
                done |= _finish(open_)
                open_ = set()
        elif op is C.IN:
            chars = _charset(arg)
            if chars is None or not all(_is_word_char(c) for c in chars):
                if chars is not None and not any(_is_word_char(c) for c in chars):
                    done |= _finish(open_)
                    open_ = set()
                    continue
                if "" in open_ or chars is None:
                    raise _Open
                done |= _finish(open_)  # a separator class such as [\s-]
                open_ = set()
                continue
            open_ = {p + c for p in open_ for c in chars}
        elif op is C.SUBPATTERN:
            sub_done, open_ = _walk(list(arg[-1]), open_)
            done |= sub_done
        elif op is C.BRANCH:
            branches = arg[1]
            new_open: set[str] = set()
            for branch in branches:
                sub_done, sub_open = _walk(list(branch), open_)
                done |= sub_done
                new_open |= sub_open
            open_ = new_open
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, item = arg
            if high == 1:
                sub_done, sub_open = _walk(list(item), open_)
                done |= sub_done
                open_ = (open_ if low == 0 else set()) | sub_open
            elif _only_separators(item) and low == 0 and "" not in open_:
                done |= open_  # "sock[\s-]*puppet": the word may end here ("sock puppet") or go on ("sockpuppet")
            elif _only_separators(item) or (low == 0 and _starts_with_separator(list(item))):
                done |= _finish(open_)  # "(?:[\s,]+and\s+\w+){0,3}" after a word: the word ended
                open_ = set()
            else:
                raise _Open
        elif op is C.CATEGORY and arg in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
            done |= _finish(open_)
            open_ = set()
        else:
            raise _Open
        if len(open_) + len(done) > _LIMIT:
            raise _Open
    return done, open_


def _finish(prefixes: set[str]) -> set[str]:
    if "" in prefixes:
        raise _Open  # a separator before any word: the match does not start with a word
    return set(prefixes)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "'’"


def _charset(items: list) -> list[str] | None:
    """The characters of a small class of literals; None for ranges, categories, negations."""
    chars: list[str] = []
    for op, arg in items:
        if op is C.LITERAL:
            chars.append(chr(arg))
        elif op is C.CATEGORY and arg in (C.CATEGORY_SPACE,):
            chars.append(" ")
        else:
            return None
    return chars


def _starts_with_separator(item: list) -> bool:
    if len(item) == 1 and item[0][0] is C.SUBPATTERN:
        item = list(item[0][1][-1])
    return bool(item) and _only_separators(item[:1])


def _only_separators(item: list) -> bool:
    for op, arg in item:
        if op is C.CATEGORY and arg in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
            continue
        if op is C.IN and all(
            (o is C.CATEGORY and a == C.CATEGORY_SPACE) or (o is C.LITERAL and not _is_word_char(chr(a)))
            for o, a in arg
        ):
            continue
        if op is C.LITERAL and not _is_word_char(chr(arg)):
            continue
        return False
    return True


@lru_cache(maxsize=8192)
def word_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """Every word list a match must contain one word of (each list on its own), rarest-looking first.

    Where `required_words` picks one list, this keeps them all, so a pattern such as "<adjective>
    <person>" runs only when the draft holds both an adjective and a person word. Within an
    alternation each branch contributes its rarest whole word ("good-for-nothing" -> "nothing").
    """
    try:
        items = list(_parsed(pattern))
        sets = _sequence_sets(items)
    except (re.error, RecursionError):
        return ()
    first = first_words(pattern)
    if first and first not in sets:
        sets.append(first)
    return tuple(sorted(set(sets), key=_rarity))


def _rarity(words: frozenset[str]) -> tuple[int, int, int]:
    return (len(words & _COMMON), -min(len(w) for w in words), len(words))


def _sequence_sets(items: list, left: bool = True, right: bool = True) -> list[frozenset[str]]:
    """The word lists that items in sequence (all mandatory) require; `left`/`right`: whether what
    stands before and after the sequence keeps words apart."""
    found: list[frozenset[str]] = []

    def apart(at: int) -> bool:
        if at < index:
            return _ends_apart(items, at, left)
        return _starts_apart(items, at, right)

    index = 0
    while index < len(items):
        op, arg = items[index]
        end = index + 1
        if _in_word(items[index]):
            while end < len(items) and _in_word(items[end]):
                end += 1
            if apart(index - 1) and apart(end):
                try:
                    done, partial = _walk(items[index:end], {""})
                    words = done | partial
                    if words and "" not in words and len(words) <= _LIMIT:
                        found.append(frozenset(w.lower() for w in words))
                except _Open:
                    pass
        elif op is C.SUBPATTERN:
            found.extend(_sequence_sets(list(arg[-1]), apart(index - 1), apart(end)))
        elif op is C.BRANCH:
            keys: set[str] = set()
            before, after = apart(index - 1), apart(end)  # the same for every branch: asked once
            for branch in arg[1]:
                options = _sequence_sets(list(branch), before, after)
                if not options:
                    keys = set()
                    break
                keys |= min(options, key=_rarity)
            if keys and len(keys) <= _LIMIT:
                found.append(frozenset(keys))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1 and arg[1] == 1:
            found.extend(_sequence_sets(list(arg[2]), apart(index - 1), apart(end)))
        index = end
    return found


def _ends_apart(items: list, at: int, edge: bool) -> bool:
    """Whether what ends at items[at] (what stands left of a word) keeps words apart; `edge` beyond."""
    if at < 0:
        return edge
    op, arg = items[at]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _ends_apart(items, at - 1, edge)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        body = list(arg[2])
        inside = _ends_apart(body, len(body) - 1, False)
        return inside and (arg[0] >= 1 or _ends_apart(items, at - 1, edge))
    if op is C.SUBPATTERN:
        body = list(arg[-1])
        return _ends_apart(body, len(body) - 1, _ends_apart(items, at - 1, edge))
    if op is C.BRANCH:
        before = _ends_apart(items, at - 1, edge)
        return all(_ends_apart(list(branch), len(branch) - 1, before) for branch in arg[1])
    return _separated(items, at) and op is not C.MAX_REPEAT


def _starts_apart(items: list, at: int, edge: bool) -> bool:
    """Whether what starts at items[at] (what stands right of a word) keeps words apart; `edge` beyond."""
    if at >= len(items):
        return edge
    op, arg = items[at]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _starts_apart(items, at + 1, edge)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        inside = _starts_apart(list(arg[2]), 0, False)
        return inside and (arg[0] >= 1 or _starts_apart(items, at + 1, edge))
    if op is C.SUBPATTERN:
        return _starts_apart(list(arg[-1]), 0, _starts_apart(items, at + 1, edge))
    if op is C.BRANCH:
        after = _starts_apart(items, at + 1, edge)
        return all(_starts_apart(list(branch), 0, after) for branch in arg[1])
    return _separated(items, at)


def _in_word(item: tuple) -> bool:
    """A piece of a literal word: a letter, a class of letters, an optional apostrophe."""
    op, arg = item
    if op is C.LITERAL:
        return _is_word_char(chr(arg))
    if op is C.IN:
        chars = _charset(arg)
        return chars is not None and all(_is_word_char(c) for c in chars)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[1] == 1:
        body = list(arg[2])
        return bool(body) and all(_in_word(sub) for sub in body)
    if op is C.SUBPATTERN:  # "r(?:eview|ating)": the parser factors common prefixes out of alternations
        body = list(arg[-1])
        return bool(body) and all(_in_word(sub) for sub in body)
    if op is C.BRANCH:
        return all(branch and all(_in_word(sub) for sub in branch) for branch in arg[1])
    return False


class Gated:
    """A compiled pattern and the word lists that must all meet the draft for it to run (empty: always).

    `words` is the rarest list: the places the pattern is tried are around those words. The pattern is
    compiled the first time it is used: most gates never wake for a given draft, and compiling hundreds
    of them would make the first review wait.
    """

    __slots__ = ("_flags", "_given", "_source", "crosses", "first", "original", "pattern", "sets", "words")

    def __init__(self, pattern: re.Pattern[str], *, lowered: bool = True) -> None:
        """`pattern`: a compiled pattern, or anything answering `.pattern` and `.flags` (a pack pattern)."""
        source = pattern.pattern
        self._source = source
        self._given = pattern
        # Drafts are matched in lower case: case-insensitive matching is several times slower.
        self._flags = pattern.flags & ~re.IGNORECASE if lowered and not _has_capitals(source) else pattern.flags
        self.sets = word_sets(source)
        self.words = self.sets[0] if self.sets else None
        # The words a match starts with: where to try it, one attempt each (None: unknown).
        self.first = first_words(source)
        # a pattern that reads on past a sentence's end ("[^\n]{0,200}") may match up to the end of the line
        self.crosses = "[^\\n]" in source

    @classmethod
    def of(cls, source: str, flags: int = re.IGNORECASE, *, lowered: bool = True) -> Gated:
        """A gate for `source` that compiles nothing until a draft needs it (same matches as compiling it now)."""
        return cls(_Source(source, flags), lowered=lowered)

    def __getattr__(self, name: str) -> re.Pattern[str]:
        """`pattern` (as it runs on a lowercased draft) and `original` (as given, for drafts whose lowercasing
        moves offsets), compiled on first use; afterwards they are plain attributes."""
        if name == "pattern":
            self.pattern = re.compile(self._source, self._flags)
            return self.pattern
        if name == "original":
            given = self._given
            self.original = re.compile(given.pattern, given.flags) if isinstance(given, _Source) else given
            return self.original
        raise AttributeError(name)

    def may_match(self, present: set[str] | frozenset[str]) -> bool:
        return all(not words.isdisjoint(present) for words in self.sets)


class _Source:
    """A pattern's text and flags, not yet compiled."""

    __slots__ = ("flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags


def _has_capitals(source: str) -> bool:
    """Capital letters outside escapes (\\S, \\W, \\b are not letters to match)."""
    return any(c.isupper() for c in re.sub(r"\\.", "", source))

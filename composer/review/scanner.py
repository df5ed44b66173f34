"""Run many pack patterns over a draft in one pass, fast enough to review on every pause in typing.

Scanning a draft once per pattern costs too much when a pack has hundreds of phrases (Python's `re`
tries every alternative at every position). Instead each pattern gets an *anchor*: literal text that
every match must contain, found by reading the compiled pattern (`re._parser`). One trie-shaped regex
finds all anchors at once; a pattern then runs only where its anchor occurs, either matched right
there (when the anchor opens the pattern) or searched in the sentence around it. A pattern with no
usable anchor is scanned whole. The cost grows with the length of the text, not with the number of
phrases in the pack.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import NamedTuple, Protocol

_MAX_ANCHORS = 256  # more alternatives than this and a pattern's anchor is not worth it
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
WORD_END = "\x00"  # ends an anchor that is a whole word ("i" in "I think", never the "i" of "in")
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)
# The trigger looks for this many characters of an anchor at most and the pattern itself checks the rest:
# a pack's thousands of spelled-out alternatives ("is really bad", "are truly awful", ...) would make a
# trigger regex that takes a third of a second to compile, for no gain in what is found.
_TRIGGER_CHARS = 8


class PatternText(Protocol):
    """What the scanner reads of a pattern: a compiled `re.Pattern` or a `Source` not compiled yet."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


class Source(NamedTuple):
    """A pattern's text and flags, compiled only when a draft first needs it (most never run on a draft).
    `anchors` is what `choose_anchors` would answer, when the caller knows it without reading the pattern
    (a phrase spelled out literally is its own anchor)."""

    pattern: str
    flags: int = re.IGNORECASE
    anchors: tuple[str, frozenset[str], bool] | None = None


def compile_pattern(pattern: PatternText) -> re.Pattern[str]:
    """The compiled pattern, compiled once per text and flags (`re`'s own cache holds too few for a pack)."""
    if isinstance(pattern, re.Pattern):
        return pattern
    key = (pattern.pattern, pattern.flags)
    done = _COMPILED.get(key)
    if done is None:
        done = _COMPILED[key] = re.compile(*key)
    return done


_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}


class Scanner:
    """Finds the matches of many patterns in a text; patterns are grouped by a name the caller picks.

    Within a group, patterns anchored inside (not at their start) are joined into one alternation
    and searched only in the sentences where one of their anchors occurs, so where two of them
    overlap only the leftmost is reported. Callers ask "is there one, where does it start", which
    this answers exactly for matches that stay within a sentence.

    Groups named in `any_match` need one match per place only (the caller reads where matches start,
    not which pattern matched or where it ends): their patterns sharing an anchor are tried as one
    alternation, which spares many calls where a common word ("is", "the") opens dozens of them.

    Patterns may be given as `Source`s: each is compiled the first time its anchor occurs in a draft,
    so building a scanner costs reading the patterns, not compiling hundreds of them. `trigger_chars`
    is how much of each anchor the trigger looks for (shorter: a smaller trigger, more patterns tried).
    """

    def __init__(
        self,
        groups: Mapping[str, Sequence[PatternText]],
        *,
        any_match: Iterable[str] = (),
        trigger_chars: int = _TRIGGER_CHARS,
    ) -> None:
        self.names = tuple(groups)
        # trigger key -> the (group, pattern) pairs matched where it occurs, each pair once, in pack order
        anchored: dict[str, dict[tuple[str, int], tuple[str, PatternText]]] = {}
        self._inside: dict[str, set[str]] = {}  # trigger key -> groups with an inside-anchored pattern
        self._inside_patterns: dict[str, list[PatternText]] = {}
        self._whole_patterns: list[tuple[str, PatternText]] = []
        word_anchors: set[str] = set()
        loose_anchors: set[str] = set()
        for name, patterns in groups.items():
            for pattern in patterns:
                mode, anchors, at_word_start = choose_anchors(pattern)
                if mode == "whole":
                    self._whole_patterns.append((name, pattern))
                    continue
                if mode == "inside":
                    self._inside_patterns.setdefault(name, []).append(pattern)
                for anchor in anchors:
                    key = _trigger_key(anchor, trigger_chars)
                    if mode == "start":
                        anchored.setdefault(key, {}).setdefault((name, id(pattern)), (name, pattern))
                    else:
                        self._inside.setdefault(key, set()).add(name)
                    word_start = at_word_start and (anchor[0].isalnum() or anchor[0] == "_")
                    word_start = word_start and anchor != WORD_END
                    (word_anchors if word_start else loose_anchors).add(key)
        self._anchored = {key: list(pairs.values()) for key, pairs in anchored.items()}
        # Anchors that always begin a word are looked for at word starts only; the others anywhere.
        every = word_anchors | loose_anchors
        ends = {WORD_END: r"(?!\w)", " ": r"\s+"}
        # A quick look at the next character first spares the trie most positions.
        parts = [r"\b(?=\w)(?=(" + trie_pattern(every, ends) + "))"] if every else []
        if loose_anchors:
            firsts = "".join(sorted({re.escape(a[0]) if a[0] != " " else r"\s" for a in loose_anchors}))
            parts.append(r"\B(?=[" + firsts + "])(?=(" + trie_pattern(loose_anchors, ends) + "))")
        self._anchors = frozenset(every)
        self._trigger = re.compile("|".join(parts)) if parts else None
        self._keys: dict[str, tuple[tuple[str, tuple, tuple], ...]] = {}
        self._ready: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}  # trigger key -> compiled pairs
        self._joined: dict[str, re.Pattern[str]] = {}  # group -> its inside-anchored patterns as one
        self._whole: list[tuple[str, re.Pattern[str]]] | None = None
        self._any_match = frozenset(any_match)

    def scan(
        self, text: str, sentences: Sequence[tuple[int, int]], region: tuple[int, int] | None = None
    ) -> dict[str, list[re.Match[str]]]:
        """Matches of each group's patterns, sorted by position. `sentences` are the (start, end)
        spans of the text's sentences in order, covering every non-space character. With `region`
        (the start of one sentence and the end of another), only matches starting there are looked for."""
        begin, end = region if region is not None else (0, len(text))
        found: dict[str, dict[tuple[int, int], re.Match[str]]] = {name: {} for name in self.names}
        lowered = text.lower()
        if len(lowered) != len(text):  # a rare character changed length when lowered: be exact instead
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        starts = [s for s, _ in sentences]
        searched: dict[str, set[int]] = {}
        if self._trigger is not None:
            for hit in self._trigger.finditer(lowered, begin, end):
                start = hit.start()
                word = hit.group(hit.lastindex or 1)
                if start and not word[0].isalnum() and lowered[start - 1] == word[0]:
                    continue  # the middle of a run such as the employer placeholder: already seen
                sentence = bisect.bisect_right(starts, start) - 1
                stop = sentences[sentence][1] if sentence >= 0 else len(text)
                for key, anchored, inside in self._keys_of(word):
                    if key[-1] == WORD_END and not _ends_here(lowered, start, key):
                        continue
                    for name, pattern in anchored:
                        match = pattern.match(text, start, stop)
                        if match:
                            found[name][(match.start(), match.end())] = match
                    for name in inside:
                        searched.setdefault(name, set()).add(sentence)
        for name, indexes in searched.items():
            pattern = self._joined_inside(name)
            for index in sorted(indexes):
                first, last = sentences[index] if index >= 0 else (0, len(text))
                for match in pattern.finditer(text, max(first, begin), min(last, end)):
                    found[name][(match.start(), match.end())] = match
        for name, pattern in self._whole_compiled():
            for match in pattern.finditer(text, begin, end):
                found[name][(match.start(), match.end())] = match
        return {name: [found[name][k] for k in sorted(found[name])] for name in self.names}

    def _keys_of(self, word: str) -> tuple[tuple[str, tuple, tuple], ...]:
        """The anchors that `word` (the longest anchor found at a place) starts with, with the
        patterns matched there and the groups searched around it; remembered."""
        keys = self._keys.get(word)
        if keys is None:
            raw = word
            word = word if word.isalnum() else _SPACES.sub(" ", word)
            keys = tuple(
                (key, self._patterns_at(key), tuple(self._inside.get(key, ())))
                for n in range(len(word), 0, -1)
                for key in (word[:n], word[:n] + WORD_END)
                if key in self._anchors
            )
            if len(self._keys) < 10_000:
                self._keys[raw] = keys
        return keys

    def _patterns_at(self, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The compiled patterns tried where the trigger key occurs, compiled the first time it does."""
        ready = self._ready.get(key)
        if ready is None:
            ready = self._ready[key] = tuple(_joined_by_group(self._anchored.get(key, []), self._any_match))
        return ready

    def _joined_inside(self, name: str) -> re.Pattern[str]:
        joined = self._joined.get(name)
        if joined is None:
            patterns = self._inside_patterns[name]
            joined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
            self._joined[name] = joined
        return joined

    def _whole_compiled(self) -> list[tuple[str, re.Pattern[str]]]:
        if self._whole is None:
            self._whole = [(name, compile_pattern(pattern)) for name, pattern in self._whole_patterns]
        return self._whole

    @property
    def unanchored(self) -> list[re.Pattern[str]]:
        """Patterns scanned whole (a pack author may want to give them a literal word)."""
        return [pattern for _, pattern in self._whole_compiled()]


def _trigger_key(anchor: str, length: int) -> str:
    """What the trigger looks for of an anchor: its first `length` characters (a match that holds the
    anchor holds them too, so the same places are tried, only a few more)."""
    return anchor if len(anchor.rstrip(WORD_END)) <= length else anchor[:length]


def _joined_by_group(
    pairs: Sequence[tuple[str, PatternText]], any_match: frozenset[str]
) -> list[tuple[str, re.Pattern[str]]]:
    """One alternation per `any_match` group (patterns with equal flags only), other pairs as they are."""
    kept: list[tuple[str, re.Pattern[str]]] = []
    joinable: dict[tuple[str, int], list[PatternText]] = {}
    for name, pattern in pairs:
        if name in any_match:
            joinable.setdefault((name, _flags(pattern)), []).append(pattern)
        else:
            kept.append((name, compile_pattern(pattern)))
    for (name, flags), patterns in joinable.items():
        if len(patterns) == 1:
            kept.append((name, compile_pattern(patterns[0])))
        else:
            kept.append((name, re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags)))
    return kept


def _flags(pattern: PatternText) -> int:
    """Flags as given, without the UNICODE flag `re.compile` adds to every text pattern."""
    return pattern.flags & ~re.UNICODE


_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")


def _ends_here(text: str, start: int, key: str) -> bool:
    """Whether the whole-word anchor `key` found at `start` really ends a word there."""
    position = start
    for char in key[:-1]:
        if char == " ":
            while position < len(text) and text[position].isspace():
                position += 1
        else:
            position += 1
    return not _WORD.match(text, position)


# --- reading a compiled pattern ---------------------------------------------------------------


def choose_anchors(pattern: re.Pattern[str]) -> tuple[str, frozenset[str], bool]:
    """How to find a pattern's matches: ("start", anchors, at_word_start) when a literal opens every
    match, ("inside", anchors, at_word_start) when one is somewhere in every match, ("whole", {}, False)
    when the pattern has to be scanned whole. `at_word_start` says the anchor always begins a word.

    Remembered per pattern text and flags: packs and scanners share many patterns."""
    known = getattr(pattern, "anchors", None)
    if known is not None:
        return known
    key = (pattern.pattern, pattern.flags)
    chosen = _CHOSEN.get(key)
    if chosen is None:
        chosen = _CHOSEN[key] = _choose_anchors(*key)
    return chosen


_CHOSEN: dict[tuple[str, int], tuple[str, frozenset[str], bool]] = {}


def _choose_anchors(source: str, flags: int) -> tuple[str, frozenset[str], bool]:
    _READING.memo = {}
    try:
        return _read_anchors(list(_parser.parse(source, flags).data), flags)
    finally:
        _READING.memo = None


def _read_anchors(items, flags: int) -> tuple[str, frozenset[str], bool]:  # type: ignore[no-untyped-def]
    fold = bool(flags & re.IGNORECASE)
    opening = _prefixes(items, fold)
    if opening and any(a.startswith(" ") for a in opening):
        opening = None  # a match never starts on the space a hit would be found after
    if opening:  # a match call where the opening literal occurs is cheap, however common the word
        leading = items[: next((i for i, it in enumerate(items) if it[0] not in _ZERO_WIDTH), 0)]
        return "start", opening, any(op is sre.AT and av is sre.AT_BOUNDARY for op, av in leading)
    best = _best_inside(items, fold)  # only read when no literal opens the pattern: it walks every item
    if best:
        return "inside", best[0], best[1]
    return "whole", frozenset(), False


def _best_inside(items, fold: bool) -> tuple[frozenset[str], bool] | None:  # type: ignore[no-untyped-def]
    """The rarest set of literals one of which every match of `items` contains, and whether each
    of them always begins a word."""
    best: tuple[frozenset[str], bool] | None = None
    for start in range(len(items)):
        op, av = items[start]
        if op in _ZERO_WIDTH or (op in _REPEATS and av[0] == 0):
            continue
        word = _after_boundary(items, start)
        candidates = []
        prefixes = _prefixes(items[start:], fold)
        if prefixes and any(a.startswith(" ") for a in prefixes):
            # "\\s+years at" must contain "years at": look for that, which begins a word.
            trimmed = frozenset(a.lstrip(" ") for a in prefixes)
            prefixes, word = (trimmed, True) if all(trimmed) else (None, word)
        if prefixes:
            candidates.append((prefixes, word))
        inner = _required(items[start], fold)
        if inner:
            candidates.append((inner[0], word and inner[1]))
        for candidate in candidates:
            if best is None or _quality(candidate[0]) > _quality(best[0]):
                best = candidate
    return best


def _after_boundary(items, index: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether position `index` always begins a word: a \\b or whitespace right before it."""
    position = index - 1
    while position >= 0:
        op, av = items[position]
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            position -= 1
        elif op in _REPEATS and av[0] == 0 and _ends_in_space(av[2]):
            position -= 1  # an optional "not\\s+" before it: what comes before that decides
        elif _ends_in_space([items[position]]):
            return True
        elif op is sre.AT:
            return av is sre.AT_BOUNDARY
        else:
            return _is_space(items[position])
    return False


def _ends_in_space(seq) -> bool:  # type: ignore[no-untyped-def]
    seq = list(seq)
    if not seq:
        return False
    op, av = seq[-1]
    if op is sre.SUBPATTERN:
        return _ends_in_space(av[-1])
    if op is sre.BRANCH:
        return all(_ends_in_space(branch) for branch in av[1])
    if op in _REPEATS and av[0] >= 1:
        return _ends_in_space(av[2])
    return _is_space(seq[-1])


def _is_space(item) -> bool:  # type: ignore[no-untyped-def]
    op, av = item
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is sre.IN:
        return all(kind is sre.CATEGORY and code is sre.CATEGORY_SPACE for kind, code in av)
    if op in _REPEATS and av[0] >= 1:
        return len(av[2]) == 1 and _is_space(av[2][0])
    return False


_COMMON = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "do", "for", "he", "i", "in", "is", "it", "me", "my", "no"}
    | {"not", "of", "on", "or", "our", "so", "the", "to", "up", "we", "with", "you"}
)


def _quality(anchors: frozenset[str]) -> tuple[int, int, int]:
    """Rarer anchors first: never a common word, the employer placeholder best, then longer, fewer."""
    common = any(a.strip(" '’" + WORD_END) in _COMMON for a in anchors)
    shortest = min(10 if _is_marker(a) else min(len(a.rstrip(WORD_END)), 6) for a in anchors)
    return (0 if common else 1, shortest, -len(anchors))


def _required(item, fold: bool) -> tuple[frozenset[str], bool] | None:  # type: ignore[no-untyped-def]
    """Literal texts one of which every match of a group or alternation contains (best per branch).

    A long alternation (a pack's list of job titles) recurs in many patterns: its answer is remembered
    by its shape, so each pattern holding it does not read it again."""
    alternatives = _alternatives(item)
    if alternatives < _SHARED_ALTERNATIVES:
        return _read_required(item, fold)
    key = (_shape(item), fold)
    if key not in _SHARED:
        _SHARED[key] = _read_required(item, fold)
    return _SHARED[key]


_SHARED_ALTERNATIVES = 16
_SHARED: dict[tuple, tuple[frozenset[str], bool] | None] = {}


def _alternatives(item) -> int:  # type: ignore[no-untyped-def]
    """How many branches an alternation has, looking through one group around it."""
    op, av = item
    if op is sre.SUBPATTERN and len(av[-1]) == 1:
        op, av = av[-1][0]
    return len(av[1]) if op is sre.BRANCH else 0


def _shape(value):  # type: ignore[no-untyped-def]
    """A parsed pattern as nested tuples: equal exactly when the parses are equal."""
    if isinstance(value, (list, tuple, _parser.SubPattern)):
        return tuple(_shape(v) for v in value)
    return value


def _read_required(item, fold: bool) -> tuple[frozenset[str], bool] | None:  # type: ignore[no-untyped-def]
    op, av = item
    if op is sre.SUBPATTERN:
        branches = [av[-1]]
    elif op is sre.BRANCH:
        branches = av[1]
    elif op in _REPEATS and av[0] >= 1:
        branches = [av[2]]
    else:
        return None
    union: set[str] = set()
    word = True
    for branch in branches:
        opening = _opening(_walk_whole(branch, fold))
        inside = _remembered("inside", branch, lambda b=branch: _best_inside(list(b), fold))
        if opening and (inside is None or _quality(opening) >= _quality(inside[0])):
            union |= opening
            word = word and _starts_word(opening, list(branch))
        elif inside:
            union |= inside[0]
            word = word and inside[1]
        else:
            return None
        if len(union) > _MAX_ANCHORS * 4:
            return None
    return frozenset(union), word


def _starts_word(opening: frozenset[str], branch) -> bool:  # type: ignore[no-untyped-def]
    """An opening literal of a branch begins a word when the branch starts with \\b (else the caller's
    boundary decides, which `_required` combines with)."""
    return not any(op is sre.AT and av is not sre.AT_BOUNDARY for op, av in branch[:1])


def _prefixes(items, fold: bool) -> frozenset[str] | None:  # type: ignore[no-untyped-def]
    """Every literal text a match of `items` can start with (lower-cased), or None when some match
    starts with something that is not literal."""
    return _opening(_walk(list(items), 0, frozenset({""}), fold))


def _opening(result) -> frozenset[str] | None:  # type: ignore[no-untyped-def]
    """The prefixes a walk found, when every match starts with one long enough to look for."""
    if not result or any(len(p) < 2 and not _is_marker(p) and not p.endswith(WORD_END) for p in result[0]):
        return None
    return result[0]


def _is_marker(text: str) -> bool:
    return bool(text) and not text[0].isascii()


def _walk(items, index, acc, fold):  # type: ignore[no-untyped-def]
    """Extend the literal prefixes `acc` through items[index:]; returns (prefixes, complete) or None."""
    while index < len(items):
        op, av = items[index]
        if op in _ZERO_WIDTH:
            if op is sre.AT and av is sre.AT_BOUNDARY and acc != frozenset({""}):
                return _stop(acc, items[index])
            index += 1
            continue
        if op is sre.LITERAL:  # a run of literal characters extends every prefix at once
            run = chr(av).lower()
            while index + 1 < len(items) and items[index + 1][0] is sre.LITERAL:
                index += 1
                run += chr(items[index][1]).lower()
            acc = frozenset(a + run for a in acc)
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av) and len(av) <= 6:
            chars = {chr(code).lower() for _, code in av}
            acc = frozenset(a + c for a in acc for c in chars)
        elif op in (sre.SUBPATTERN, sre.BRANCH):
            branches = [av[-1]] if op is sre.SUBPATTERN else av[1]
            finished: set[str] = set()  # branches read to their end: what follows decides
            stopped: set[str] = set()  # branches that stopped inside (already marked)
            for branch in branches:
                sub = _walk_whole(branch, fold)
                if sub is None or "" in sub[0]:
                    return _stop(acc)
                (finished if sub[1] else stopped).update(sub[0])
            if stopped:
                after = items[index + 1] if index + 1 < len(items) else None
                ended = _stop(frozenset(a + p for a in acc for p in finished), after) if finished else None
                if finished and ended is None:
                    return None
                tails = frozenset(a + p for a in acc for p in stopped)
                return (tails | (ended[0] if ended else frozenset()), False)
            acc = frozenset(a + p for a in acc for p in finished)
        elif op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and _is_space(av[2][0]):
            acc = frozenset(a + " " for a in acc)  # a run of whitespace reads as one space
        elif op in _REPEATS:
            low, high, body = av
            if low == 0 and high == 1:
                inner = _walk_whole(body, fold)
                if inner is not None and inner[1] and len(acc) * (len(inner[0]) + 1) <= _MAX_ANCHORS:
                    acc = acc | frozenset(a + p for a in acc for p in inner[0])
                    index += 1
                    continue
            if low == 0:
                if acc != frozenset({""}):
                    return _stop(acc, items[index])
                inner = _walk_whole(body, fold)
                rest = _walk(items, index + 1, frozenset({""}), fold)
                if inner is None or rest is None or "" in inner[0] or "" in rest[0]:
                    return None
                return _stop(inner[0] | rest[0])
            inner = _walk_whole(body, fold)
            if inner is None or "" in inner[0]:
                return _stop(acc, items[index])
            return _stop(frozenset(a + p for a in acc for p in inner[0]))
        else:
            return _stop(acc, items[index])
        if len(acc) > _MAX_ANCHORS:
            return None
        index += 1
    return (acc, True) if acc != frozenset({""}) else None


def _walk_whole(branch, fold):  # type: ignore[no-untyped-def]
    """`_walk` over a whole branch from no prefix yet, remembered while one pattern is read: a branch deep in
    an alternation (a trie of job titles) is otherwise walked again for every level above it."""
    return _remembered("walk", branch, lambda: _walk(list(branch), 0, frozenset({""}), fold))


_READING = threading.local()  # what is remembered while one pattern is read (object ids of its parse tree)


def _remembered(kind: str, branch, compute):  # type: ignore[no-untyped-def]
    memo = getattr(_READING, "memo", None)
    if memo is None:
        return compute()
    key = (kind, id(branch))
    entry = memo.get(key)
    if entry is None or entry[0] is not branch:
        entry = memo[key] = (branch, compute())
    return entry[1]


def _stop(acc, item=None):  # type: ignore[no-untyped-def]
    """End the prefixes at `item`; when it can only follow a whole word, mark them so."""
    if not acc or "" in acc or len(acc) > _MAX_ANCHORS:
        return None
    if item is not None and _ends_word(item):
        acc = frozenset(a if a.endswith(WORD_END) else a + WORD_END for a in acc)
    return (acc, False)


def _ends_word(item) -> bool:  # type: ignore[no-untyped-def]
    op, av = item
    if op is sre.AT:
        return av is sre.AT_BOUNDARY
    if op is sre.LITERAL:
        return not (chr(av).isalnum() or chr(av) == "_")
    if op in (sre.SUBPATTERN, sre.BRANCH):
        branches = [av[-1]] if op is sre.SUBPATTERN else av[1]
        return all(branch and _ends_word(next(iter(branch))) for branch in branches)
    if op is sre.ASSERT_NOT:  # (?!\\w)
        return False
    return _is_space(item)


def trie_pattern(words: Iterable[str], special: dict[str, str] | None = None) -> str:
    """One regex matching any of the words, shaped as a trie so `re` decides by the next character.

    `special` maps a character to the regex written for it (" " -> r"\\s+", say)."""
    special = special or {}
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        # Longer continuations first; an end-of-word check last, so the longest anchor is reported.
        order = sorted((char for char in node if char), key=lambda c: (c == WORD_END, c))
        branches = [special.get(char, re.escape(char)) + emit(node[char]) for char in order]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)

"""Context windows for detectors that judge words by what surrounds them (guideline 1).

A detector reads a draft once (`Lexicon.scan`): one pass over the lower-cased text finds every
listed phrase and keyword, and a second finds the words the pack's regular expressions begin with.
A pattern is then tried only where its first word occurs (`Anchored`), and cue lists are worked
out only when a detector first asks about them (`Cues`). Questions about a stretch of text ("is
there a patient word in this sentence or the next?") are binary searches over sorted offsets, so
the cost stays linear in the draft's length however many phrases the pack lists.

Why not one regular expression per list: Python's `re` tries every alternative at every position,
so a list of hundreds of phrases costs hundreds of comparisons per character; a trie-shaped
expression that only starts at word starts costs a few.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from composer.review.policy import PackPattern

# Sentence ends; a full stop after a title or a single initial ("Mr. K. was", "Zoë W. who") is not one.
# Written to start with a character class so `re` can skip ahead to the next candidate quickly.
_CLAUSE_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|[.!?…]*[\"'”’)\]]*\s+)")
_NOT_AN_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Pt)|(?<!\w)[A-Z])\.$")


def lowered(text: str) -> str:
    """The text in lower case with every offset kept (only a dotted capital I grows when lower-cased)."""
    low = text.lower()
    return low if len(low) == len(text) else text.replace("\u0130", "i").lower()


class Sentences:
    """Sentence boundaries of a text, and the window of sentences around any offset."""

    def __init__(self, text: str) -> None:
        starts = [0]
        ends = []
        for match in _CLAUSE_END.finditer(text):
            at = match.start()
            if text[at] == "." and _NOT_AN_END.search(text, max(0, at - 4), at + 1):
                continue
            if at > starts[-1]:
                ends.append(at)
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
        first = i - before if i > before else 0
        last = i + after
        if last >= len(self.ends):
            last = len(self.ends) - 1
        return self.starts[first], self.ends[last]

    def ranges(self, offsets: Iterable[int]) -> list[tuple[int, int]]:
        """The sentences holding any of these offsets, neighbours merged, as (start, end) pairs."""
        starts = self.starts
        indices = sorted({bisect_right(starts, o) - 1 for o in offsets})
        merged: list[list[int]] = []
        for i in indices:
            i = max(i, 0)
            if merged and merged[-1][1] >= i - 1:
                merged[-1][1] = i
            else:
                merged.append([i, i])
        return [(starts[a], self.ends[b]) for a, b in merged]

    def __len__(self) -> int:
        return len(self.starts)

    def bounds(self) -> Iterable[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)


class Found:
    """A phrase found by `Lexicon`, shaped like the part of `re.Match` the detectors use."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text  # the whole text: sliced only when asked

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start : self._end]

    def span(self) -> tuple[int, int]:
        return self._start, self._end


# --- words and phrases --------------------------------------------------------------------------
# A word is a run of letters and digits; every other visible character is a word of its own; spaces
# and underscores only separate. Phrases match word by word, in any case, a curly apostrophe
# counting as a straight one.

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_WORD_CHAR = re.compile(r"[^\W_]")
NUMBER = "<number>"  # the keyword that stands for any word with a digit in it
_DIGITS = re.compile(r"\d+")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t.lower().replace("’", "'") for t in _TOKEN.findall(text))


_SEPARATOR, _WORD_END = "\x01", "\x02"  # between the words of a phrase; after the last letter of a word
_UNIT_SOURCE = {_SEPARATOR: r"[\s_]*", _WORD_END: r"(?![^\W_])", "'": "['’]"}


def _units(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase spelled character by character, with marks where words end and spaces may fall."""
    units: list[str] = []
    for i, token in enumerate(tokens):
        if i:
            units.append(_SEPARATOR)
        units.extend(token)
        if _WORD_CHAR.match(token):
            units.append(_WORD_END)
    return tuple(units)


def _covers(found: str, literal: str) -> bool:
    """Whether text found as `found` begins with `literal` ("rest easy" begins with "rest" + a word end)."""
    found = found.rstrip(_WORD_END)
    if literal.endswith(_WORD_END):
        base = literal[:-1]
        return found.startswith(base) and (len(found) == len(base) or not _WORD_CHAR.match(found[len(base)]))
    return found.startswith(literal)


def _users(literals: Mapping[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """For each literal, the slots of every literal it begins with (`_covers`), found by its prefixes.

    Comparing every pair costs the square of the number of literals (over a million calls for a pack);
    a literal has only as many prefixes as characters, each looked up in the table.
    """
    odd = [other for other in literals if _WORD_END in other.rstrip(_WORD_END) or other.endswith(_WORD_END * 2)]
    users: dict[str, tuple[int, ...]] = {}
    for literal in literals:
        found = literal.rstrip(_WORD_END)
        slots: set[int] = set()
        for k in range(1, len(found) + 1):
            prefix = found[:k]
            plain = literals.get(prefix)
            if plain is not None:
                slots.update(plain)
            ended = literals.get(prefix + _WORD_END)
            if ended is not None and (k == len(found) or not _WORD_CHAR.match(found[k])):
                slots.update(ended)
        for other in odd:  # a word end inside a literal: compared the slow way
            if _covers(literal, other):
                slots.update(literals[other])
        users[literal] = tuple(sorted(slots))
    return users


def _literal_source(char: str) -> str:
    return r"(?![^\W_])" if char == _WORD_END else re.escape(char)


def _unit_source(unit: str) -> str:
    return _UNIT_SOURCE.get(unit) or re.escape(unit)


def _trie_source(sequences: Iterable[tuple[str, ...]], join: str, piece) -> str:  # type: ignore[no-untyped-def]
    """One regular expression matching the longest of many sequences, shaped as a trie (one way down)."""
    root: dict = {}
    for seq in sequences:
        node = root
        for item in seq:
            node = node.setdefault(item, {})
        node[None] = {}

    def below(node: dict) -> str:
        # A word end is tried last, so that "this" + end does not stop "this morning" from being found.
        branches = sorted(((k, v) for k, v in node.items() if k), key=lambda kv: (kv[0] == _WORD_END, kv[0]))
        alternatives = [piece(item) + after(child) for item, child in branches]
        if not alternatives:
            return ""
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    def after(node: dict) -> str:
        rest = below(node)
        if not rest:
            return ""
        return f"(?:{join}{rest})?" if None in node else join + rest

    return below(root)


class Lexicon:
    """Many plain phrase lists, and the first words of many patterns, found in one pass over a draft.

    The phrases of a list match as whole words; at each word the longest phrase of each list is
    reported (phrases of different lists, or of the same list at different words, may overlap).
    A pattern's first words (see `first_words`) are reported wherever they begin a word, so that
    `Anchored` can try the pattern there alone.
    """

    def __init__(self, lists: Mapping[str, Iterable[str]], patterns: Iterable[re.Pattern[str]] = ()) -> None:
        by_tokens: dict[tuple[str, ...], set[str]] = {}
        for name, phrases in lists.items():
            for phrase in phrases:
                tokens = _tokens(phrase)
                if tokens:
                    by_tokens.setdefault(tokens, set()).add(name)
        # For each phrase, the lists matched where it matches: its own and those of its shorter
        # prefixes, each list with its longest phrase (counted in words).
        self._lists: dict[tuple[str, ...], tuple[tuple[str, int], ...]] = {}
        for tokens in by_tokens:
            best: dict[str, int] = {}
            for n in range(1, len(tokens) + 1):
                for name in by_tokens.get(tokens[:n], ()):
                    best[name] = n
            self._lists[tokens] = tuple(sorted(best.items()))
        # The usual spellings of each phrase, to know it again without splitting it into words.
        self._raw: dict[str, tuple[str, ...]] = {}
        for phrases in lists.values():
            for phrase in phrases:
                tokens = _tokens(phrase)
                for form in (" ".join(tokens), " ".join(phrase.lower().split())):
                    self._raw[form] = self._raw[form.replace("'", "’")] = tokens

        # Patterns: each gets a slot in `Reading.where`; a literal found stands for every literal
        # that begins it ("this" also for "th").
        self._slots: dict[int, int] = {}
        self._firsts: list[frozenset[str] | None] = []
        literals: dict[str, list[int]] = {}
        self._digit_slots: list[int] = []
        # A pattern's key words (see `key_words`) get a slot of their own, after the patterns' slots.
        self._keys: dict[int, tuple[int, int]] = {}
        patterns = list(patterns)
        keyed: list[tuple[re.Pattern[str], frozenset[str], int]] = []
        for pattern in patterns:
            if id(pattern) in self._slots:
                continue
            slot = self._slots[id(pattern)] = len(self._firsts)
            firsts = first_words(pattern)
            self._firsts.append(firsts)
            keys = key_words(pattern)
            if keys is not None and keys[0] != firsts:
                keyed.append((pattern, *keys))
        for pattern, keys, reach in keyed:
            self._keys[id(pattern)] = (len(self._firsts), reach)
            self._firsts.append(keys)
        for slot, firsts in enumerate(self._firsts):
            for literal in firsts or ():
                if literal == DIGIT:
                    self._digit_slots.append(slot)
                else:
                    literals.setdefault(literal, []).append(slot)
        self._users = _users(literals)
        # The other way round, for `Places`: which found literals each slot begins with.
        slot_literals: list[list[str]] = [[] for _ in self._firsts]
        for literal, slots in self._users.items():
            for slot in slots:
                slot_literals[slot].append(literal)
        digit_slots = frozenset(self._digit_slots)
        # Patterns that begin with the same words share one list of places (a key per distinct set).
        groups: dict[tuple[str, ...], int] = {}
        self._slot_group: list[int] = []
        for slot, lits in enumerate(slot_literals):
            key = (*sorted(lits), *((DIGIT,) if slot in digit_slots else ()))
            self._slot_group.append(groups.setdefault(key, len(groups)))
        self._group_literals: list[tuple[str, ...]] = list(groups)
        # The texts under which a reading notes each group's literals: a literal that must end a word
        # ("a" + end) is noted under its letters alone.
        self._group_texts: list[frozenset[str]] = [frozenset(lit.rstrip(_WORD_END) for lit in g) for g in groups]

        # Words are looked for just after a character that cannot be inside a word, a class `re`
        # skips to quickly; marks ("@", "#", "$", emoji) are rare and looked for one by one.
        phrase_words = _trie_source([_units(t) for t in by_tokens if _WORD_CHAR.match(t[0])], "", _unit_source)
        literal_words = _trie_source([tuple(w) for w in literals if _WORD_CHAR.match(w)], "", _literal_source)
        if phrase_words and literal_words:
            scan = rf"[\W_](?:(?=({phrase_words}))(?=({literal_words}))?|(?=({literal_words})))"
        elif phrase_words:
            scan = rf"[\W_](?=({phrase_words}))()()"
        elif literal_words:
            scan = rf"[\W_]()(?=({literal_words}))()"
        else:
            scan = ""
        self._scan = re.compile(scan) if scan else None
        mark_phrases = [_units(t) for t in by_tokens if not _WORD_CHAR.match(t[0])]
        mark_literals = [tuple(w) for w in literals if not _WORD_CHAR.match(w)]
        firsts_of_marks = {m[0] for m in mark_phrases} | {m[0] for m in mark_literals}
        firsts_of_marks |= {"’"} if "'" in firsts_of_marks else set()
        self._marks = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(firsts_of_marks)) + "]") if firsts_of_marks else None
        )
        source = _trie_source(mark_phrases, "", _unit_source)
        self._mark_phrases = re.compile(source) if source else None
        source = _trie_source(mark_literals, "", re.escape)
        self._mark_literals = re.compile(source) if source else None

    def key_slot(self, pattern: re.Pattern[str]) -> tuple[int, int] | None:
        """The slot of the pattern's key words in `Reading.where`, and how far before one a match may begin."""
        return self._keys.get(id(pattern))

    def slot(self, pattern: re.Pattern[str]) -> tuple[int, bool]:
        """The pattern's place in `Reading.where`, and whether it has first words at all."""
        slot = self._slots[id(pattern)]
        return slot, self._firsts[slot] is not None

    def read(self, text: str, low: str | None = None) -> Reading:
        """Every listed phrase and every pattern's first words in `text` (`low`: `lowered(text)`)."""
        low = lowered(text) if low is None else low
        found: dict[str, list[Found]] = {}
        at_literal: dict[str, list[int]] = {}
        raw, lists = self._raw, self._lists

        def note(start: int, words: str | None, literal: str | None) -> None:
            if words:
                tokens = raw.get(words)
                if tokens is None:
                    tokens = _tokens(words)
                end = start + len(words)
                for name, n in lists[tokens]:
                    stop = end if n == len(tokens) else _token_end(low, start, n)
                    found.setdefault(name, []).append(Found(start, stop, text))
            if literal:
                places = at_literal.get(literal)
                if places is None:
                    at_literal[literal] = [start]
                else:
                    places.append(start)

        if self._scan is not None:
            # After a leading space every word start follows a non-word character; offsets in
            # the padded text are offsets in `low` of the word itself.
            at_get = at_literal.get
            for match in self._scan.finditer(" " + low):
                words, literal, other = match.groups()
                if words:
                    note(match.start(), words, literal or other)
                    continue
                literal = literal or other  # the common case, kept inline: a pattern's first word
                places = at_get(literal)
                if places is None:
                    at_literal[literal] = [match.start()]
                else:
                    places.append(match.start())
        if self._marks is not None:
            phrases, literals = self._mark_phrases, self._mark_literals
            marked = False
            for m in self._marks.finditer(low):
                at = m.start()
                phrase = phrases.match(low, at) if phrases is not None else None
                literal = literals.match(low, at) if literals is not None else None
                if phrase or literal:
                    note(at, phrase and phrase.group(), literal and literal.group())
                    marked = True
            if marked:  # back in text order
                for listed in found.values():
                    listed.sort(key=_start)
                for places in at_literal.values():
                    places.sort()
        digits = [m.start() for m in _DIGITS.finditer(low)]
        return Reading(low, found, Places(self, at_literal, digits), digits)


class Places:
    """Where each pattern's first words begin in one draft, put together only for the patterns asked about.

    The scan notes each literal once, wherever it occurs; a pattern's places are the merged places of
    the literals it may begin with (and of every run of digits, for a pattern that begins with one).
    """

    __slots__ = ("_at_literal", "_cache", "_group", "_literals", "_texts")

    def __init__(self, lexicon: Lexicon, at_literal: dict[str, list[int]], digits: list[int]) -> None:
        self._group = lexicon._slot_group
        self._literals = lexicon._group_literals
        self._texts = lexicon._group_texts
        self._at_literal = at_literal
        if digits:
            at_literal[DIGIT] = digits
        self._cache: dict[int, list[int]] = {}

    def __getitem__(self, slot: int) -> list[int]:
        key = self._group[slot]
        places = self._cache.get(key)
        if places is None:
            at_literal = self._at_literal
            texts = self._texts[key]
            if len(at_literal) < len(texts):
                lists = [found for text, found in at_literal.items() if text in texts]
            else:
                lists = [at_literal[text] for text in texts if text in at_literal]
            if not lists:
                places = []
            elif len(lists) == 1:
                places = lists[0]
            else:
                places = []
                for one in lists:
                    places += one
                places.sort()  # sorted runs: Timsort merges them in linear time
            self._cache[key] = places
        return places

    def __len__(self) -> int:
        return len(self._group)


class Reading:
    """What `Lexicon.read` found in one draft."""

    __slots__ = ("digits", "found", "low", "where")

    def __init__(self, low: str, found: dict[str, list[Found]], where: Places, digits: list[int]) -> None:
        self.low = low
        self.found = found  # list name -> its phrases, in text order
        self.where = where  # pattern slot -> where its first words begin
        self.digits = digits  # where each run of digits begins


def _token_end(low: str, start: int, count: int) -> int:
    """Where the `count`-th word from `start` ends."""
    end = start
    for _, match in zip(range(count), _TOKEN.finditer(low, start), strict=False):
        end = match.end()
    return end


# --- regular expressions tried only where they can begin ---------------------------------------


class _Open(Exception):
    """A pattern may begin with something other than a listed word."""


_LIMIT = 300  # more first words than this and a pattern is simply scanned
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)
DIGIT = "\x00digit"  # stands for "a run of digits begins here"


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case literal texts every match of `pattern` begins with, or None when there is no such list.

    A literal made of letters or digits counts only where the pattern demands a word start before
    it (`\\b`, `(?<!\\w)`), so it can be looked for at word starts alone. DIGIT stands for a pattern
    that begins with a digit at a word start.
    """
    return _first_words(pattern.pattern, _flags_key(pattern.flags))


def _flags_key(flags: int) -> int:
    """The flags as parsing reads them: a text pattern is Unicode unless it asks for ASCII."""
    return flags if flags & re.ASCII else flags | re.UNICODE


@lru_cache(maxsize=4096)
def _parsed(source: str, flags: int):  # type: ignore[no-untyped-def]
    """A pattern parsed once however many questions are asked about it (the tree is only read)."""
    return _parser.parse(source, flags)


@lru_cache(maxsize=4096)
def _first_words(source: str, flags: int) -> frozenset[str] | None:
    try:
        found = _starts(list(_parsed(source, flags)), False, 0)
    except (_Open, RecursionError, re.error):
        return None
    return frozenset(found) if found and len(found) <= _LIMIT else None


# Words too common to gate a pattern on: trying it wherever they occur saves nothing.
_COMMON = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        "one",
        "some",
        "any",
        "all",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "is",
        "was",
        "are",
        "be",
        "s",
        "t",
        "i",
        "he",
        "she",
        "it",
        "we",
        "you",
        "they",
        "me",
        "him",
        "them",
    ]
)
_REACH = 200  # at most this many characters between a match's start and its key word (a few words)


def key_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], int] | None:
    """Words one of which every match of `pattern` contains after its start, and how far in they may come.

    "the little 6-year-old guy" needs "guy" (or "man", ...): the pattern is worth trying only where one of
    those words follows within reach, so a list of patterns that begin with "the" or "my" is not tried at
    every "the" and "my" of a long draft. Only a part every match must pass through counts (for a choice
    of alternatives, each alternative's own key words together); the part with the fewest words is
    chosen. None when no part qualifies.
    """
    return _key_words(pattern.pattern, _flags_key(pattern.flags))


@lru_cache(maxsize=4096)
def _key_words(source: str, flags: int) -> tuple[frozenset[str], int] | None:
    try:
        items = list(_parsed(source, flags))
    except (re.error, RecursionError):
        return None
    try:
        return _sequence_keys(_flat(items), 0)
    except RecursionError:
        return None


def _sequence_keys(items: list, depth: int) -> tuple[frozenset[str], int] | None:  # type: ignore[type-arg]
    if depth > 6:
        return None
    best: tuple[frozenset[str], int] | None = None
    width = 0
    for i, (op, av) in enumerate(items):
        mandatory = op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) and not (op in _REPEATS and av[0] == 0)
        found: tuple[frozenset[str], int] | None = None
        if mandatory and op is sre.BRANCH:
            union: set[str] = set()
            furthest = 0
            for alternative in av[1]:
                keys = _sequence_keys(_flat(list(alternative)), depth + 1)
                if keys is None:
                    union = set()
                    break
                union |= keys[0]
                furthest = max(furthest, keys[1])
            if union and len(union) <= _LIMIT:
                found = (frozenset(union), min(width + furthest, _REACH))
        if found is None and i and mandatory and _ends_apart(items, i):
            try:
                words = _starts(items[i:], True, 0)
            except (_Open, RecursionError):
                words = None
            if (
                words
                and len(words) <= _LIMIT
                and DIGIT not in words
                and all(_WORD_CHAR.match(w) and len(w.rstrip(_WORD_END)) >= 2 for w in words)
                and not any(w.rstrip(_WORD_END) in _COMMON for w in words)
            ):
                found = (frozenset(words), min(width, _REACH))
        if found is not None and (best is None or len(found[0]) < len(best[0])):
            best = found
        try:
            width += min(_parser.SubPattern(_parser.State(), [(op, av)]).getwidth()[1], _REACH)
        except Exception:
            width += _REACH
    return best


_WORD_AT = (sre.AT_BOUNDARY, sre.AT_LOC_BOUNDARY, sre.AT_UNI_BOUNDARY)


def _apart(op, av) -> bool:  # type: ignore[no-untyped-def]
    """A single character that can never be part of a word: a space, a hyphen, a comma."""
    if op is sre.LITERAL:
        return not _WORD_CHAR.match(chr(av)) and chr(av) != "_"
    if op is sre.CATEGORY:
        return av in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_UNI_NOT_WORD)
    if op is sre.IN:
        return bool(av) and all(o is not sre.NEGATE and _apart(o, a) for o, a in av)
    return False


def _class_chars(members: list) -> list[str] | None:  # type: ignore[type-arg]
    """The letters of a small character class ("[A-Z]", "[a-z]"), lower-cased, or None."""
    chars: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            chars.add(chr(av).lower())
        elif op is sre.RANGE and av[1] - av[0] < 32:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None
    return sorted(chars) if len(chars) <= 32 else None


def _begins_apart(items: list, j: int) -> bool:  # type: ignore[type-arg]
    """Whether what follows `items[:j]` cannot go on with a letter or digit (a space, a word end)."""
    if j >= len(items):
        return False
    op, av = items[j]
    if op is sre.AT:
        return av in _WORD_AT
    if op is sre.ASSERT_NOT:
        direction, body = av
        body = list(body)
        return (
            direction == 1
            and len(body) == 1
            and body[0][0] is sre.IN
            and any(o is sre.CATEGORY and a in (sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD) for o, a in body[0][1])
        )
    if op in _REPEATS:
        low, _, body = av
        body = _flat(list(body))
        return low >= 1 and _begins_apart(body, 0)
    if op is sre.SUBPATTERN:
        return _begins_apart(_flat(list(av[-1])), 0)
    if op is sre.BRANCH:
        # "he" followed by (" is" | " was" | "'s"): every way on begins with a mark or a space.
        return all(_begins_apart(_flat(list(alternative)), 0) for alternative in av[1])
    return _apart(op, av)


def _flat(items: list) -> list:  # type: ignore[type-arg]
    """A sequence with its plain groups opened up: "(?P<id>the (?:guy|man))" is "the", " ", "guy|man"."""
    out = []
    for op, av in items:
        if op is sre.SUBPATTERN:
            out.extend(_flat(list(av[-1])))
        else:
            out.append((op, av))
    return out


def _ends_apart(items: list, i: int) -> bool:  # type: ignore[type-arg]
    """Whether whatever `items[:i]` matches ends with a character no word contains (a word may start after it)."""
    if i <= 0:
        return False
    op, av = items[i - 1]
    if op is sre.AT:
        return av in _WORD_AT
    if op in _REPEATS:
        low, _, body = av
        body = _flat(list(body))
        ends = _ends_apart(body, len(body)) if len(body) > 1 else bool(body) and _apart(*body[0])
        return ends and (low >= 1 or _ends_apart(items, i - 1))
    if op is sre.BRANCH:
        return all(_ends_apart(_flat(list(alt)), len(_flat(list(alt)))) for alt in av[1])
    return _apart(op, av)


def _word_start_assertion(op, av) -> bool:  # type: ignore[no-untyped-def]
    """`\\b`, or a look-behind that no word character may precede."""
    if op is sre.AT:
        return av in _WORD_AT
    if op is sre.ASSERT_NOT:
        direction, body = av
        items = list(body)
        if direction == -1 and len(items) == 1 and items[0][0] is sre.IN:
            return any(o is sre.CATEGORY and a in (sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD) for o, a in items[0][1])
    return False


def _is_digits(op, av) -> bool:  # type: ignore[no-untyped-def]
    if op is sre.CATEGORY:
        return av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT)
    if op is sre.LITERAL:
        return 48 <= av <= 57
    return op is sre.RANGE and 48 <= av[0] <= av[1] <= 57


def _starts(items: list, bounded: bool, depth: int) -> set[str]:  # type: ignore[type-arg]
    if depth > 40:
        raise _Open
    if not items:
        raise _Open  # the match could be empty here
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        chars = []
        for o, a in items:
            if o is not sre.LITERAL:
                break
            chars.append(chr(a).lower())
        literal = "".join(chars)
        if len(literal) != len(chars):
            raise _Open  # a letter that grows when lower-cased
        if _WORD_CHAR.match(literal) and not bounded:
            raise _Open
        # Longer is rarer: "th" followed by (is|ese) is looked for as "this" and "these".
        try:
            more = _starts(items[len(chars) :], True, depth + 1)
        except _Open:
            if _WORD_CHAR.match(literal[-1]) and _begins_apart(items, len(chars)):
                return {literal + _WORD_END}  # "a" only as a word of its own, not the start of "and"
            return {literal}
        if DIGIT in more or len(more) > 40:
            return {literal}
        return {literal + m for m in more}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _starts(rest, bounded or _word_start_assertion(op, av), depth + 1)
    if op is sre.SUBPATTERN:
        return _starts(list(av[-1]) + rest, bounded, depth + 1)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _starts(list(alternative) + rest, bounded, depth + 1)
        return out
    if op is sre.IN:
        members = list(av)
        if all(_is_digits(o, a) for o, a in members):
            if not bounded:
                raise _Open
            return {DIGIT}
        if len(members) <= 8 and all(o is sre.LITERAL for o, _ in members):
            out = set()
            for _, a in members:
                out |= _starts([(sre.LITERAL, a), *rest], bounded, depth + 1)
            return out
        chars = _class_chars(members) if bounded and rest and rest[0][0] is sre.LITERAL else None
        if chars is not None and not _WORD_CHAR.match(chr(rest[0][1])):
            # A letter class ("[A-Z]") is worth spelling out only when a mark follows ("[A-Z]\." is "a.",
            # "b.", ...): a letter alone would stand for the start of every word.
            out = set()
            for char in chars:
                out |= _starts([(sre.LITERAL, ord(char)), *rest], bounded, depth + 1)
            if all(len(w.rstrip(_WORD_END)) > 1 and not _WORD_CHAR.match(w[1]) for w in out) and len(out) <= _LIMIT:
                return out
        raise _Open
    if op in _REPEATS:
        low, high, body = av
        body = list(body)
        if high == 0:
            return _starts(rest, bounded, depth + 1)
        again = [(sre.MAX_REPEAT, (max(0, low - 1), high if high == sre.MAXREPEAT else high - 1, body))]
        once = _starts(body + again + rest, bounded, depth + 1)
        return once | _starts(rest, bounded, depth + 1) if low == 0 else once
    raise _Open


class LazyPattern(PackPattern):
    """A regular expression compiled the first time it is used, answering like the `re.Pattern` it stands for.

    Detectors build hundreds of expressions from the pack's word lists; many are only read for their
    first words, or never needed by a given draft, so compiling them all would make the first review wait.
    The source is parsed at once (shared with `first_words` and `key_words`), so a mistake is raised here.
    """

    __slots__ = ()

    def __init__(self, source: str, flags: int = 0) -> None:  # the pack loader's checks are not needed here
        self.pattern = source
        self.flags = _parsed(source, _flags_key(flags)).state.flags  # as the compiled pattern reports them
        self._compiled = None


class Anchored:
    """A pattern's matches in a draft, found by trying it only where one of its first words occurs.

    The result is exactly `pattern.finditer(text, lo, hi)` for each range: every match starts at one
    of those places, and the places are tried left to right, each after the previous match's end.
    """

    def __init__(self, pattern: re.Pattern[str], lexicon: Lexicon) -> None:
        self.pattern = pattern
        self.slot, self.anchored = lexicon.slot(pattern)
        self.keys = lexicon.key_slot(pattern)

    def finditer(
        self, text: str, where: Places, ranges: Iterable[tuple[int, int]] | None = None
    ) -> Iterator[re.Match[str]]:
        pattern = self.pattern
        if ranges is None:
            ranges = ((0, len(text)),)
        keys: list[int] = []
        reach = 0
        if self.keys is not None:
            keys = where[self.keys[0]]
            if not keys:
                return  # none of the words every match needs
            reach = self.keys[1]
        if not self.anchored:
            if self.keys is not None:
                ranges = _near_keys(ranges, keys, reach, len(text))
            for lo, hi in ranges:
                yield from pattern.finditer(text, lo, hi)
            return
        places = where[self.slot]
        if not places:
            return
        match_at = pattern.match
        count = len(places)
        key_count = len(keys)
        for lo, hi in ranges:
            i = bisect_left(places, lo)
            floor = lo
            while i < count:
                at = places[i]
                i += 1
                if at >= hi:
                    break
                if at < floor:
                    continue
                if key_count:
                    k = bisect_left(keys, at)
                    if k == key_count or keys[k] > at + reach:
                        continue  # no key word close enough after this start
                found = match_at(text, at, hi)
                if found is not None:
                    yield found
                    floor = found.end() if found.end() > at else at + 1


def _near_keys(ranges: Iterable[tuple[int, int]], keys: list[int], reach: int, size: int) -> list[tuple[int, int]]:
    """The parts of `ranges` where a match could hold a key word: from `reach` before each to well after it."""
    spans: list[list[int]] = []
    for k in keys:
        lo, hi = max(0, k - reach), min(size, k + 2 * _REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    out = []
    for lo, hi in ranges:
        for a, b in spans:
            if b <= lo:
                continue
            if a >= hi:
                break
            out.append((max(lo, a), min(hi, b)))
    return out


# --- cues -----------------------------------------------------------------------------------------


class Cues:
    """Where each named cue list matched in the text, for quick "any in this range?" questions.

    A list's regular expressions and phrases are put together the first time it is asked about.
    """

    def __init__(
        self,
        text: str,
        where: Places,
        patterns: Mapping[str, Sequence[Anchored]],
        phrases: Mapping[str, list[Found]],
    ) -> None:
        self._text = text
        self._where = where
        self._patterns = patterns
        self._phrases = phrases
        self._starts: dict[str, list[int]] = {}
        self._matches: dict[str, list] = {}

    def _load(self, name: str) -> list[int]:
        found: list = []
        for pattern in self._patterns.get(name, ()):
            found.extend(pattern.finditer(self._text, self._where))
        listed = self._phrases.get(name)
        if listed:
            found.extend(listed)
        if len(self._patterns.get(name, ())) + bool(listed) > 1:
            found.sort(key=_start)
        self._matches[name] = found
        starts = self._starts[name] = [m.start() for m in found]
        return starts

    def any(self, name: str, start: int, end: int) -> bool:
        starts = self._starts.get(name)
        if starts is None:
            starts = self._load(name)
        if not starts:
            return False
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def within(self, name: str, start: int, end: int) -> list:
        starts = self._starts.get(name)
        if starts is None:
            starts = self._load(name)
        return self._matches[name][bisect_left(starts, start) : bisect_left(starts, end)]

    def all(self, name: str) -> list:
        if name not in self._starts:
            self._load(name)
        return self._matches[name]


def _start(match) -> int:  # type: ignore[no-untyped-def]
    return match.start()

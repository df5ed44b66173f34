"""Whole-word matching of a word list that sees through masking and leetspeak.

People soften or hide crude words: "sh*t", "f@#k", "f***ing", "a$$", "b!tch", "sh1t". A plain word
regex misses all of them, and a fuzzy matcher run word by word is slow and noisy. Instead the whole
list is compiled into one regular expression, shaped as a trie so that shared prefixes are tried once,
in which every letter also accepts its look-alikes (`$` and `5` for s, `@` and `4` for a, ...) and,
after the first letter, a masking symbol (`*`, `#`, `@`, ...). Every alternative has a fixed length,
so the pattern cannot backtrack catastrophically: the scan is linear in the text.

Entries may use brace expansion to list inflections compactly: "fuck{,s,ed,ing}".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

# Look-alikes people type for a letter (case-insensitive matching covers capitals).
LEET: dict[str, str] = {
    "a": "@4",
    "e": "3€",
    "i": "1!|",
    "l": "1|",
    "o": "0",
    "s": "$5",
    "t": "7+",
    "u": "v",
}
# Symbols that stand for any hidden letter, but never for the first one ("****" is not a word).
MASKS = "*#%&@$!_-"
# A match may not end on these: "as!" or "as-" are ordinary words followed by punctuation.
_BAD_LAST = "!-"
_SEPARATOR = r"[\s\-]*"
_BRACES = re.compile(r"\{([^{}]*)\}")


def expand(entry: str) -> list[str]:
    """Brace expansion: "fuck{,s,ing}" -> ["fuck", "fucks", "fucking"]; plain entries stay as they are."""
    parts = _BRACES.split(entry)
    # Even indexes are literal text, odd indexes are comma-separated choices.
    choices = [[part] if i % 2 == 0 else part.split(",") for i, part in enumerate(parts)]
    return ["".join(combo).strip().lower() for combo in itertools.product(*choices)]


def _base(char: str) -> str:
    """The letter without its accent ("ó" -> "o"), so "cabron" matches an entry spelled "cabrón"."""
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if decomposed else char


def _letter_class(char: str, first: bool, masked: bool = True) -> str:
    if char in " -":
        return _SEPARATOR
    if char in "'’":
        return "['’]?"
    allowed = {char, _base(char)}
    if masked:
        allowed |= set(LEET.get(char, ""))
    if masked and not first:
        allowed |= set(MASKS)
    return "[" + "".join(re.escape(c) for c in sorted(allowed)) + "]"


def _trie_pattern(words: Iterable[str], masked: bool = True) -> str:
    """A regex alternation of `words` factored by common prefixes (one trie branch per letter)."""
    root: dict = {}
    for word in words:
        node = root
        for index, char in enumerate(word):
            node = node.setdefault((char, index == 0), {})
        node[""] = {}  # end of a word

    def emit(node: dict) -> str:
        branches = [_letter_class(char, first, masked) + emit(child) for (char, first), child in _keys(node)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"  # greedy: the longest word wins, a shorter one is the fallback
        return body

    def depth(node: dict) -> int:
        return max((1 + depth(child) for key, child in node.items() if key != ""), default=0)

    def _keys(node: dict) -> list:
        # Deeper branches first: the regex takes the first branch that fits, and the longest word should win.
        children = [(key, child) for key, child in node.items() if key != ""]
        return sorted(children, key=lambda item: -depth(item[1]))

    return emit(root)


def _word_pattern(word: str, masked: bool = True) -> str:
    return "".join(_letter_class(char, index == 0, masked) for index, char in enumerate(word))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    entry: str  # the list entry (after brace expansion) the text stands for


class MaskedLexicon:
    """Finds the entries of a word list in text, whole words only, masked or not."""

    def __init__(self, entries: Iterable[str], *, masked: bool = True) -> None:
        """`masked`: also match look-alikes and masks (curses and slurs); off for words people don't hide."""
        self.masked = masked
        words: list[str] = []
        for entry in entries:
            for word in expand(entry):
                if word and word not in words:
                    words.append(word)
        self.words = tuple(words)
        self._by_key: dict[str, list[str]] = {}
        for word in self.words:
            self._by_key.setdefault(_squash(word), []).append(word)
        # Whole words that must be in a draft for an unmasked entry to be there (see `gate`).
        self.gate = frozenset(_gate_words(self.words))
        # How far an entry can reach from its gate word: where to look around each one.
        self.reach = max((len(w) for w in self.words), default=0) + 8
        self._resolved: dict[str, str | None] = {}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole list as one pattern, built the first time a draft is scanned (not when the pack loads)."""
        if self.words:
            body = _trie_pattern(self.words, self.masked)
            return re.compile(r"(?<![^\W_])" + body + r"(?![^\W_])", re.IGNORECASE)
        return re.compile(r"(?!x)x")

    @cached_property
    def _resolvers(self) -> list[tuple[str, re.Pattern[str]]]:
        """One pattern per entry, for telling which entry a masked hit stands for (built on the first one)."""
        return [(word, re.compile(_word_pattern(word, self.masked), re.IGNORECASE)) for word in self.words]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        end = len(text) if end is None else end
        for match in self.pattern.finditer(text, start, end):
            found = match.group()
            found = self._trim(found)
            if found is None:
                continue
            after = text[match.start() + len(found) : match.start() + len(found) + 1]
            if after and after in MASKS and after not in _BAD_LAST and any(c in MASKS for c in found[1:]):
                continue  # "f**" inside "f***": a shorter word must not claim part of a masked one
            if not _plausible(found):
                continue
            entry = self.entry_for(found)
            if entry is not None:
                yield Hit(match.start(), match.start() + len(found), found, entry)

    def _trim(self, found: str) -> str | None:
        """Drop what the pattern took but is not part of the word: "**shit**" -> "shit", "f***!" -> "f***"."""
        stem = found.rstrip(MASKS)
        if stem != found and stem and stem[-1] not in MASKS and self.entry_for(stem) is not None:
            return stem
        bare = found.rstrip(_BAD_LAST)
        if bare != found:
            return bare if bare and self.entry_for(bare) is not None else None
        return found

    def entry_for(self, found: str) -> str | None:
        """Which entry a (possibly masked) piece of text stands for; None when none fits."""
        key = found.lower()
        if key in self._resolved:
            return self._resolved[key]
        entry = next((w for w in self._by_key.get(_squash(found), ())), None)
        if entry is None:
            entry = next((word for word, pattern in self._resolvers if pattern.fullmatch(found)), None)
        if len(self._resolved) < 4096:  # the same few words recur; keep memory bounded on huge input
            self._resolved[key] = entry
        return entry


def _gate_words(words: Iterable[str]) -> set[str]:
    """One word each entry needs, also joined up ("frequentflyer"), without accents ("cabron") and with
    v for u ("fvck"). Of a phrase's words the one that is an entry itself wins ("shit" in "holy shit"),
    else the longest, so a draft holding only "what" or "holy" never wakes the list."""
    entries = set(words)
    gate: set[str] = set()
    for word in entries:
        for form in (word, "".join(_base(c) for c in word)):
            parts = [part for part in re.split(r"[\s\-]+", form) if part]
            if not parts:
                continue
            listed = [part for part in parts if part in entries]
            key = max(listed or parts, key=len)  # every word must be there: take the rarest-looking
            joined = "".join(parts)
            gate.update((key, key.replace("u", "v"), joined, joined.replace("u", "v")))
    return gate


def _squash(text: str) -> str:
    """Lower case without separators or apostrophes, for finding an unmasked hit's entry at once."""
    return re.sub(r"[\s\-'’]+", "", text.lower())


def _plausible(found: str) -> bool:
    """Digits stand for letters only inside a word that is mostly letters ("sh1t", not "A55"), and a
    capital with two stars is a grade ("A**"), not a masked three-letter word ("a**")."""
    if len(found) <= 3 and found[0].isupper() and sum(c in MASKS for c in found) >= len(found) - 1:
        return False
    digits = sum(c.isdigit() for c in found)
    if not digits:
        return True
    letters = sum(c.isalpha() for c in found)
    return letters >= 2 and digits < letters

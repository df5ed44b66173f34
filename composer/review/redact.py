"""Generalise or remove identifying words so a post keeps reading naturally (guideline 1 fixes).

Pure string functions: the privacy detector turns the pack's suggestion templates into the exact
replacement texts the window applies in one click, and `redact` blanks a whole draft at once.

Templates may hold `{a}` (the article "a", capitalised at the start of a sentence and dropped after
a word such as "my" or "the" that already plays that part) and `{noun}` (the excerpt's own first
word, lower-cased: "Bay 3" -> "a bay").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|my|our|your|his|her|their|this|that|these|those|one|mi|su|la|el|un|una)\s+)$", re.IGNORECASE
)
_NOUN = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+([,.;:!?)])")
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)")
_LEADING_JUNK = re.compile(r"^[\s,;]+")


def starts_sentence(text: str, start: int) -> bool:
    """Whether `start` begins a sentence (after an opening quote or bracket at most)."""
    before = text[max(0, start - 40) : start].rstrip(" \t\"'“‘")
    if not before:
        return True
    last = before[-1]
    # Emoji and symbols end a thought on social media as often as a full stop does.
    return last in ".!?…\n" or (ord(last) > 0x2000 and not last.isalnum() and last not in "’”–—")


def fill(template: str, text: str, start: int, end: int) -> str:
    """One template made into the replacement for text[start:end]."""
    excerpt = text[start:end]
    noun = _NOUN.search(excerpt)
    result = template.replace("{noun}", noun.group().lower() if noun else "one")
    if "{a}" in result:
        if _DETERMINER_BEFORE.search(text[max(0, start - 12) : start]):
            result = result.replace("{a} ", "").replace("{a}", "")
        else:
            article = "an" if re.match(r"\{a\}\s*[aeiouAEIOU]", result) else "a"
            result = result.replace("{a}", article)
    if result and starts_sentence(text, start):
        result = result[0].upper() + result[1:]
    return result


def suggestions(templates: Iterable[str], text: str, start: int, end: int) -> tuple[str, ...]:
    """The distinct replacements for text[start:end], in the pack's order, never the words themselves."""
    seen: list[str] = []
    excerpt = text[start:end]
    for template in templates:
        replacement = fill(template, text, start, end)
        if replacement != excerpt and replacement not in seen:
            seen.append(replacement)
    return tuple(seen)


def tidy(text: str) -> str:
    """Spacing and punctuation left behind after words were taken out."""
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return _LEADING_JUNK.sub("", text)


def rewrite(text: str, start: int, end: int, replacements: Sequence[tuple[int, int, str]]) -> str:
    """text[start:end] with each (s, e, new) inside it replaced, overlaps resolved first come first served.

    Used to offer a patient story back without its identifying details.
    """
    out = []
    cursor = start
    for s, e, new in sorted(replacements):
        if s < cursor or e > end:
            continue
        out.append(text[cursor:s])
        out.append(fill(new, text, s, e) if new else "")
        cursor = e
    out.append(text[cursor:end])
    result = tidy("".join(out))
    original = text[start:end]
    if result and original[:1].isupper():
        result = result[0].upper() + result[1:]
    return result


def redact(text: str, spans: Iterable[tuple[int, int]], placeholder: str = "[redacted]") -> str:
    """The whole draft with every span replaced by `placeholder` (overlapping spans merged)."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out = []
    cursor = 0
    for s, e in merged:
        out.append(text[cursor:s])
        out.append(placeholder)
        cursor = e
    out.append(text[cursor:])
    return "".join(out)

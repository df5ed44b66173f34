"""A quick first pass over a whole draft: which sentences could hold a detector's phrases at all?

Case-insensitive matching of long phrase lists is several times slower in Python's `re` than matching
the same lists in lowercase against lowercased text. Detectors therefore scan the draft once with a
lowercase copy of their trigger patterns and look closely (with the full, case-aware logic) only at
the few sentences that matched.
"""

from __future__ import annotations

import re
from bisect import bisect_right

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
    """One scan of the draft with any of several patterns, answering: in which sentences did they match?"""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        sources = [f"(?:{p.pattern})" for p in patterns if p.pattern]
        joined = "|".join(sources) or r"(?!x)x"
        self._fast = re.compile("|".join(f"(?:{lowercase_source(s)})" for s in sources) or r"(?!x)x")
        self._slow = re.compile(joined, re.IGNORECASE)

    def any(self, doc: Document) -> bool:
        """Whether a pattern matches anywhere in the draft (one quick scan, no positions)."""
        text = doc.text
        lowered = text.lower()
        if len(lowered) == len(text):
            return self._fast.search(lowered) is not None
        return self._slow.search(text) is not None

    def sentences(self, doc: Document) -> list[int]:
        """Indices into `doc.sentences` of the sentences where a pattern starts a match, in order."""
        text = doc.text
        lowered = text.lower()
        # Lowercasing keeps offsets for nearly every script; when it does not (a dotted capital I),
        # fall back to the slower case-insensitive scan of the original text.
        scan = self._fast.finditer(lowered) if len(lowered) == len(text) else self._slow.finditer(text)
        starts = [s.start for s in doc.sentences]
        found: list[int] = []
        for match in scan:
            index = bisect_right(starts, match.start()) - 1
            if index < 0:
                continue
            if match.start() >= doc.sentences[index].end:
                continue
            if not found or found[-1] != index:
                found.append(index)
        return found


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

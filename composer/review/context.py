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

# Sentence ends, but not after titles and single initials ("Mr. K. was", "Dr. Olsen", "Zoë W. who").
_CLAUSE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSr)(?<!\bSra)(?<!\bPt)(?<!\b[A-Z])"
    r"[.!?…]+[\"'”’)\]]*\s+|\n+"
)


class Sentences:
    """Sentence boundaries of a text, and the window of sentences around any offset."""

    def __init__(self, text: str) -> None:
        starts = [0]
        ends = []
        for match in _CLAUSE_END.finditer(text):
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

    def __len__(self) -> int:
        return len(self.starts)

    def bounds(self) -> Iterable[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)


class Cues:
    """Where each named cue pattern matched in the text, for quick "any in this range?" questions."""

    def __init__(self, text: str, patterns: dict[str, re.Pattern[str]]) -> None:
        self._starts: dict[str, list[int]] = {}
        self._matches: dict[str, list[re.Match[str]]] = {}
        for name, pattern in patterns.items():
            found = list(pattern.finditer(text))
            self._matches[name] = found
            self._starts[name] = [m.start() for m in found]

    def any(self, name: str, start: int, end: int) -> bool:
        starts = self._starts.get(name)
        if not starts:
            return False
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def within(self, name: str, start: int, end: int) -> list[re.Match[str]]:
        starts = self._starts.get(name)
        if not starts:
            return []
        return self._matches[name][bisect_left(starts, start) : bisect_left(starts, end)]

    def nearest_before(self, name: str, offset: int) -> re.Match[str] | None:
        starts = self._starts.get(name)
        if not starts:
            return None
        i = bisect_left(starts, offset)
        return self._matches[name][i - 1] if i else None

    def all(self, name: str) -> list[re.Match[str]]:
        return self._matches.get(name, [])

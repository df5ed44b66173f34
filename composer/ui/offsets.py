"""Convert between the engine's offsets (code points, Python `str` indices) and Qt's (UTF-16 units).

A character outside the Basic Multilingual Plane (most emoji) is one code point but two UTF-16
units, so every such character before a finding shifts Qt's position by one. Converting here, at
the one boundary between engine and widgets, keeps underlines on the right words. Pure Python,
no Qt, so it is tested on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Offsets for one snapshot of a text; cheap when the text has no astral characters."""

    __slots__ = ("_astral", "_astral16", "_length")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Code-point indices of the astral characters, and the UTF-16 position of each.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._astral16 = [index + n for n, index in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, index: int) -> int:
        """The Qt position of code-point `index` (clamped to the text)."""
        index = max(0, min(index, self._length))
        return index + bisect_left(self._astral, index)

    def from_utf16(self, position: int) -> int:
        """The code-point index at Qt `position`; a position inside a surrogate pair maps to its character."""
        position = max(0, min(position, self.utf16_length))
        # Each astral character starting before `position` accounts for one extra unit.
        return position - bisect_left(self._astral16, position)


def utf16_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) in code points -> (start, end) in UTF-16 units, for one-off conversions."""
    offsets = OffsetMap(text)
    return offsets.to_utf16(start), offsets.to_utf16(end)

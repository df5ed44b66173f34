"""LanguageTool counts offsets in UTF-16 code units (Java strings); the app counts code points.

An emoji or any other character outside the Basic Multilingual Plane is two UTF-16 units but one
Python character, so every such character before a match would shift its underline one place right.
Conversion happens here, once, at the adapter boundary.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


def _astral_positions(text: str) -> list[int]:
    """Code-point indices of the characters that take two UTF-16 units (surrogate pairs)."""
    return [index for index, char in enumerate(text) if ord(char) > 0xFFFF]


class Utf16Index:
    """Converts many UTF-16 offsets into one text to code-point offsets, O(log n) each."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._astral = [] if text.isascii() else _astral_positions(text)
        # The UTF-16 offset at which each astral character starts: index + number of astral chars before it.
        self._astral_utf16 = [position + rank for rank, position in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_code_points(self, utf16_offset: int) -> int:
        """The code-point index for a UTF-16 offset; an offset inside a surrogate pair rounds down.

        Offsets below 0 or past the end are clamped, so a bad server answer cannot produce a span
        outside the text.
        """
        offset = min(max(utf16_offset, 0), self.utf16_length)
        if not self._astral:
            return offset
        # Each astral character starting before `offset` took one extra unit. For an offset that
        # points at a low surrogate, its own character counts too, which rounds down to that character.
        before = bisect_right(self._astral_utf16, offset - 1)
        return offset - before


def utf16_to_code_points(text: str, offsets: Sequence[int]) -> list[int]:
    """Each UTF-16 offset into `text` as a Python `str` index (see `Utf16Index`)."""
    index = Utf16Index(text)
    return [index.to_code_points(offset) for offset in offsets]


def utf16_span_to_code_points(text: str, offset: int, length: int) -> tuple[int, int]:
    """A LanguageTool match's (offset, length) in UTF-16 units as (start, end) code-point indices."""
    index = Utf16Index(text)
    return index.to_code_points(offset), index.to_code_points(offset + length)

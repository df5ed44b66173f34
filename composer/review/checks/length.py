"""A post longer than the platform allows, counted the way the platform counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review.model import Finding
from composer.review.platforms import measure
from composer.review.policy import Section
from composer.review.text import Document

SECTION = "length"
RULES = ("too-long",)


@dataclass(frozen=True)
class Config:
    """The [length] table has no settings of its own: limits live in [platforms]."""


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    spec = doc.policy.platforms[doc.platform]
    length = measure(doc.text, spec)
    if length.over:
        # Underline what will not fit: from the first character past the limit to the end.
        cut = _cut_offset(doc.text, spec, length.limit)
        yield doc.finding(section, "too-long", cut, len(doc.text), used=str(length.used), limit=str(length.limit))


def _cut_offset(text: str, spec, limit: int) -> int:
    """The first offset whose prefix no longer fits, found by bisection (counting is monotonic)."""
    from composer.review.platforms import count

    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if count(text[: middle + 1], spec) <= limit:
            low = middle + 1
        else:
            high = middle
    return low

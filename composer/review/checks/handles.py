"""The employer's name in the author's own handles, pages and URLs (guideline 10)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document

SECTION = "handles"
RULES: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [handles] table."""


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    return ()

"""Patient information that could identify a patient or their care (guideline 1)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document

SECTION = "privacy"
RULES: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [privacy] table."""


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    return ()

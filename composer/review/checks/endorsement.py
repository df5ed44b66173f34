"""Endorsements in the employer's name or implying its backing (guideline 9)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document

SECTION = "endorsement"
RULES: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [endorsement] table."""


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    return ()

"""Disclosing your connection and role when writing about the employer (guideline 4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document

SECTION = "disclosure"
RULES: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [disclosure] table."""


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    return ()

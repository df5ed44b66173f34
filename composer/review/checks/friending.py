"""Friending patients (guideline 7, patient-care staff) and staff (guideline 8, managers)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document

SECTION = "friending"
RULES: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [friending] table."""


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    return ()

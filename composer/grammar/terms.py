"""The word lists shipped with the package: clinical terms and everyday words the spelling dictionary lacks."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_PARTS = re.compile(r"[\s/&-]+")
LISTS = ("medical_terms.txt", "everyday_terms.txt")


def parse_terms(source: str) -> frozenset[str]:
    """Lower-cased entries and their parts ("a-fib" also accepts "a" and "fib"), since text is split at hyphens."""
    terms: set[str] = set()
    for line in source.splitlines():
        entry = line.split("#", 1)[0].strip().lower().replace("\u2019", "'")
        if not entry:
            continue
        terms.add(entry)
        terms.update(part for part in _PARTS.split(entry) if part)
    return frozenset(terms)


@cache
def shipped_terms() -> frozenset[str]:
    """All shipped lists together, read once from the package data."""
    terms: set[str] = set()
    for name in LISTS:
        terms |= parse_terms(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
    return frozenset(terms)

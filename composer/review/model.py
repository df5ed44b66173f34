"""The engine's value types: who writes (Profile), what was found (Finding), how bad (Severity).

These are the shapes fixed in the project's contract; the window, the command line and the
grammar checker all speak in them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time

ROLES = ("patient-care", "manager", "student", "other")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Severity(enum.StrEnum):
    """How much a finding matters. `error` blocks posting; `info` never does."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        """Higher is worse; used to sort and to pick the worst finding."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True)
class Shift:
    """One block of scheduled work: a weekday and a start/end time (end may pass midnight)."""

    day: str
    start: time
    end: time

    def covers(self, weekday: int, moment: time) -> bool:
        """True when `moment` on `weekday` (0 = Monday) falls inside this shift."""
        day_index = WEEKDAYS.index(self.day)
        if self.start <= self.end:
            return weekday == day_index and self.start <= moment < self.end
        # An overnight shift: the evening part on its day, the morning part on the next.
        if weekday == day_index and moment >= self.start:
            return True
        return weekday == (day_index + 1) % 7 and moment < self.end


@dataclass(frozen=True, kw_only=True)
class Profile:
    """The author, as the settings page describes them. Tailors the advice (guidelines 2, 4, 6-10)."""

    roles: frozenset[str] = frozenset()
    title: str = ""
    handles: tuple[str, ...] = ()
    employer_visible: bool = False
    display_name: str = ""
    schedule: tuple[Shift, ...] = ()

    def __post_init__(self) -> None:
        # Accept any iterable from callers, but keep the value hashable and immutable.
        object.__setattr__(self, "roles", frozenset(self.roles))
        object.__setattr__(self, "handles", tuple(self.handles))
        object.__setattr__(self, "schedule", tuple(self.schedule))

    def has_role(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One thing the reviewer wants the author to look at, located in the text.

    `start`/`end` are code-point offsets (Python `str` indices). `suggestions` are replacement
    texts for the span, unless `fix` says the suggestion is appended to the draft instead
    (the disclaimer and the disclosure are added at the end, not in place of a word).
    """

    rule: str
    guideline: int
    severity: Severity
    start: int
    end: int
    message: str
    suggestions: Sequence[str] = field(default_factory=tuple)
    excerpt: str = ""
    fix: str = "replace"  # "replace" the span, "append" to the draft, or "none"
    category: str = "policy"  # "policy" for the pack's rules, "grammar"/"style" for the proofreaders

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "suggestions", tuple(self.suggestions))

    @property
    def raises(self) -> bool:
        """Whether this finding counts against the guideline (warning or error; info is advice)."""
        return self.severity is not Severity.INFO

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "guideline": self.guideline,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }

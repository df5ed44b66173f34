"""The at-a-glance verdict: "Ready to post", or what still needs fixing ("2 errors, 1 warning").

Only the policy's findings decide readiness; grammar suggestions are counted beside it, and `info`
advice never blocks. Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review import Finding, Severity


@dataclass(frozen=True)
class Readiness:
    errors: int = 0
    warnings: int = 0
    tips: int = 0
    grammar: int = 0
    empty: bool = False

    @property
    def ready(self) -> bool:
        return not self.empty and self.errors == 0 and self.warnings == 0

    @property
    def headline(self) -> str:
        if self.empty:
            return "Nothing to review yet"
        if self.ready:
            return "Ready to post"
        parts = [_plural(self.errors, "error"), _plural(self.warnings, "warning")]
        return ", ".join(p for p in parts if p)

    @property
    def details(self) -> str:
        parts = [_plural(self.tips, "tip"), _plural(self.grammar, "grammar suggestion")]
        return ", ".join(p for p in parts if p)

    @property
    def summary(self) -> str:
        return f"{self.headline} · {self.details}" if self.details and not self.empty else self.headline


def _plural(count: int, noun: str) -> str:
    if count == 0:
        return ""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def assess(findings: Iterable[Finding], text: str) -> Readiness:
    errors = warnings = tips = grammar = 0
    for finding in findings:
        if finding.category != "policy":
            grammar += 1
        elif finding.severity is Severity.ERROR:
            errors += 1
        elif finding.severity is Severity.WARNING:
            warnings += 1
        else:
            tips += 1
    return Readiness(errors, warnings, tips, grammar, empty=not text.strip())

"""What the author did about each finding of one draft, and the review record built from it. No Qt.

The compliance office wants more than the final text: which concerns were raised, which were fixed
with the app's own fix, which the author chose to keep (and why), and which are still open. The
window records a decision the moment the user makes it and keeps it with the draft in the library
(`to_data` / `from_data`: plain JSON, encrypted by the store), so Ignore survives switching drafts
and restarting, and a record exported later includes decisions of earlier sessions. The record is
assembled when exported. Only policy findings go into the record: grammar suggestions are writing
advice, not compliance.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from composer.review import Finding, Policy
from composer.store.record import FindingOutcome, Outcome, ReviewRecord

Key = tuple[str, str]  # (rule, excerpt): what "the same finding" means across reviews of a changing text
DATA_VERSION = 1


def key_of(finding: Finding) -> Key:
    return (finding.rule, finding.excerpt)


@dataclass
class Decisions:
    fixed: list[Finding] = field(default_factory=list)  # fixed with a card's fix button, in order
    ignored: dict[Key, tuple[Finding, str]] = field(default_factory=dict)  # kept as written, with the reason

    def is_ignored(self, finding: Finding) -> bool:
        return key_of(finding) in self.ignored

    def record_fix(self, finding: Finding) -> None:
        self.fixed.append(finding)

    def record_ignore(self, finding: Finding, reason: str = "") -> None:
        self.ignored[key_of(finding)] = (finding, reason.strip())

    def clear(self) -> None:
        self.fixed.clear()
        self.ignored.clear()

    def __bool__(self) -> bool:
        return bool(self.fixed or self.ignored)

    def to_data(self) -> dict[str, Any]:
        """Plain JSON for the drafts store: every decision with the finding it was about."""
        return {
            "version": DATA_VERSION,
            "fixed": [_finding_data(f) for f in self.fixed],
            "ignored": [{"finding": _finding_data(f), "reason": reason} for f, reason in self.ignored.values()],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> Decisions:
        """The decisions `to_data` wrote; entries that cannot be read (a damaged or newer blob) are skipped."""
        decisions = cls()
        if not isinstance(data, Mapping):
            return decisions
        for entry in _entries(data, "fixed"):
            finding = _finding_from(entry)
            if finding is not None:
                decisions.record_fix(finding)
        for entry in _entries(data, "ignored"):
            finding = _finding_from(entry.get("finding")) if isinstance(entry, Mapping) else None
            reason = entry.get("reason", "") if isinstance(entry, Mapping) else ""
            if finding is not None:
                decisions.record_ignore(finding, reason if isinstance(reason, str) else "")
        return decisions

    def outcomes(self, text: str, open_findings: Iterable[Finding]) -> list[FindingOutcome]:
        """Fixed, then ignored, then open. A fix undone (the finding is back) counts as open only;
        an ignored finding whose words are no longer in the text is left out (nothing to decide)."""
        still_open = [f for f in open_findings if f.category == "policy"]
        open_keys = {key_of(f) for f in still_open}
        outcomes: list[FindingOutcome] = []
        seen: set[Key] = set()
        for finding in self.fixed:
            key = key_of(finding)
            if finding.category != "policy" or key in open_keys or key in seen:
                continue
            seen.add(key)
            outcomes.append(FindingOutcome.from_finding(finding, Outcome.FIXED))
        for finding, reason in self.ignored.values():
            if finding.category == "policy" and finding.excerpt in text:
                outcomes.append(FindingOutcome.from_finding(finding, Outcome.IGNORED, reason=reason))
        outcomes += [FindingOutcome.from_finding(f) for f in still_open]
        return outcomes


def _finding_data(finding: Finding) -> dict[str, Any]:
    return {**finding.to_json(), "fix": finding.fix, "category": finding.category}


def _entries(data: Mapping[str, Any], name: str) -> list:
    entries = data.get(name, [])
    return entries if isinstance(entries, list) else []


def _finding_from(data: Any) -> Finding | None:
    if not isinstance(data, Mapping):
        return None
    try:
        return Finding(
            rule=str(data["rule"]),
            guideline=int(data["guideline"]),
            severity=data["severity"],
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            message=str(data.get("message", "")),
            suggestions=tuple(str(s) for s in data.get("suggestions", ())),
            excerpt=str(data.get("excerpt", "")),
            fix=str(data.get("fix", "replace")),
            category=str(data.get("category", "policy")),
        )
    except (KeyError, TypeError, ValueError):
        return None


def build_record(
    *,
    text: str,
    platform: str,
    policy: Policy,
    open_findings: Iterable[Finding],
    decisions: Decisions,
    title: str = "",
    author: str = "",
) -> ReviewRecord:
    return ReviewRecord(
        text=text,
        platform=platform,
        policy_name=policy.name,
        policy_version=str(policy.version),
        findings=tuple(decisions.outcomes(text, open_findings)),
        title=title,
        author=author,
    )

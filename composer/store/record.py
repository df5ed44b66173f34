"""The review record: what was checked, what was found, and what the author did about it.

A compliance office asks "was this post reviewed against the policy, and what happened to each
concern?". The window fills a `ReviewRecord` and `export_record(record, path)` writes it as Markdown
(`.md`, `.markdown`: for people) or JSON (`.json`: for systems), chosen by the file's extension.
The file is written readable only by its owner (0600); the user decides whom to send it to.

    from composer.store.record import FindingOutcome, Outcome, ReviewRecord, export_record

    outcomes = [FindingOutcome.from_finding(f, Outcome.FIXED) for f in fixed_findings]
    outcomes += [FindingOutcome.from_finding(f, Outcome.IGNORED, reason=why) for f, why in ignored.items()]
    outcomes += [FindingOutcome.from_finding(f) for f in current_findings]          # still open
    record = ReviewRecord(text=editor_text, platform="linkedin", policy_name=policy.name,
                          policy_version=policy.version, findings=tuple(outcomes),
                          title=draft.title, author=profile.display_name)
    export_record(record, path)          # StoreError (e.g. DiskFull) with a plain message on failure
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from composer import __version__
from composer.store.drafts import StoreError, write_private_text

RECORD_FORMAT = "composer-review-record"
RECORD_VERSION = 1
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSON_SUFFIXES = (".json",)


class Outcome(enum.StrEnum):
    """What the author did about a finding."""

    FIXED = "fixed"  # the text was changed (one-click fix or by hand) and the finding went away
    IGNORED = "ignored"  # the author chose to keep the text; `reason` says why
    OPEN = "open"  # still present when the record was made

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, kw_only=True)
class FindingOutcome:
    """One finding as the compliance office sees it: the rule, the words concerned, and the decision."""

    rule: str
    guideline: int
    severity: str
    excerpt: str
    message: str
    outcome: Outcome = Outcome.OPEN
    reason: str = ""  # why it was ignored (or a note on the fix)

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcome", Outcome(self.outcome))
        object.__setattr__(self, "severity", str(self.severity))

    @classmethod
    def from_finding(cls, finding: Any, outcome: Outcome | str = Outcome.OPEN, reason: str = "") -> FindingOutcome:
        """From a `composer.review.Finding` (or anything with the same fields)."""
        return cls(
            rule=finding.rule,
            guideline=int(finding.guideline),
            severity=str(finding.severity),
            excerpt=finding.excerpt,
            message=finding.message,
            outcome=Outcome(outcome),
            reason=reason,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "guideline": self.guideline,
            "severity": self.severity,
            "excerpt": self.excerpt,
            "message": self.message,
            "outcome": self.outcome.value,
            "reason": self.reason,
        }


@dataclass(frozen=True, kw_only=True)
class ReviewRecord:
    text: str  # the final text, as it will be posted
    platform: str
    policy_name: str
    policy_version: str
    findings: tuple[FindingOutcome, ...] = ()
    reviewed_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    title: str = ""
    author: str = ""
    app_version: str = __version__

    def __post_init__(self) -> None:
        object.__setattr__(self, "findings", tuple(self.findings))

    def counts(self) -> Mapping[str, int]:
        """How many findings were fixed, ignored, left open; and how many open ones are errors."""
        totals = {outcome.value: 0 for outcome in Outcome}
        for item in self.findings:
            totals[item.outcome.value] += 1
        totals["open_errors"] = sum(1 for f in self.findings if f.outcome is Outcome.OPEN and f.severity == "error")
        return totals

    def to_json(self) -> dict[str, Any]:
        return {
            "format": RECORD_FORMAT,
            "version": RECORD_VERSION,
            "reviewed_at": self.reviewed_at.isoformat(timespec="seconds"),
            "app": {"name": "Composer", "version": self.app_version},
            "policy": {"name": self.policy_name, "version": self.policy_version},
            "platform": self.platform,
            "title": self.title,
            "author": self.author,
            "text": self.text,
            "summary": dict(self.counts()),
            "findings": [item.to_json() for item in self.findings],
        }

    def to_markdown(self) -> str:
        counts = self.counts()
        lines = [
            f"# Review record: {_inline(self.title) if self.title else 'social media post'}",
            "",
            f"- Reviewed: {self.reviewed_at.isoformat(timespec='seconds')}",
            f"- Policy: {_inline(self.policy_name)}, version {_inline(self.policy_version)}",
            f"- Platform: {_inline(self.platform)}",
        ]
        if self.author:
            lines.append(f"- Author: {_inline(self.author)}")
        lines += [
            f"- Findings: {counts['fixed']} fixed, {counts['ignored']} ignored, {counts['open']} open"
            + (f" ({counts['open_errors']} open errors)" if counts["open_errors"] else ""),
            f"- Made with Composer {_inline(self.app_version)}",
            "",
            "## Final text",
            "",
            *_fenced(self.text),
            "",
            "## Findings",
            "",
        ]
        if not self.findings:
            lines.append("No findings: the text met every rule of the policy that was checked.")
        else:
            lines += [
                "| # | Guideline | Severity | Rule | Excerpt | Message | Outcome |",
                "|---|---|---|---|---|---|---|",
            ]
            for number, item in enumerate(self.findings, start=1):
                outcome = item.outcome.value
                if item.outcome is Outcome.IGNORED:
                    outcome += f": {item.reason}" if item.reason else " (no reason given)"
                elif item.reason:
                    outcome += f": {item.reason}"
                cells = [
                    str(number),
                    str(item.guideline),
                    item.severity,
                    f"`{item.rule}`",
                    _cell(item.excerpt),
                    _cell(item.message),
                    _cell(outcome),
                ]
                lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"


def _inline(value: str) -> str:
    return " ".join(value.split())


def _cell(value: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return _inline(value).replace("\\", "\\\\").replace("|", "\\|") or "—"


def _fenced(text: str) -> list[str]:
    """The text in a fence longer than any run of backticks inside it, so it is shown exactly."""
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", text, fence]


def render_record(record: ReviewRecord, path: Path | str) -> str:
    """The file's content for this path's extension (`.md`/`.markdown` or `.json`)."""
    suffix = Path(path).suffix.lower()
    if suffix in JSON_SUFFIXES:
        return json.dumps(record.to_json(), ensure_ascii=False, indent=2) + "\n"
    if suffix in MARKDOWN_SUFFIXES:
        return record.to_markdown()
    raise StoreError(f"Choose a file name ending in .md (Markdown) or .json (JSON), not {Path(path).name!r}.")


def export_record(record: ReviewRecord, path: Path | str) -> Path:
    """Write the record to `path` (format by extension), readable only by the owner."""
    content = render_record(record, path)
    return write_private_text(path, content, action=f"The review record could not be saved to {path}")

"""`review()`: run every detector of the pack over a draft and return the findings in text order."""

from __future__ import annotations

from datetime import datetime

from composer.review.checks import CHECKS
from composer.review.model import Finding, Profile
from composer.review.policy import Policy, bundled_policy
from composer.review.text import Document

_DEFAULT_PROFILE = Profile()


def review(
    text: str,
    *,
    profile: Profile | None = None,
    platform: str = "x",
    policy: Policy | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """Review `text` against the policy pack (the bundled one by default).

    Pure and deterministic: no Qt, no network, no writes; `now` only feeds schedule advice.
    Raises ValueError for a platform the pack does not know.
    """
    policy = policy or bundled_policy()
    if platform not in policy.platforms:
        raise ValueError(f"unknown platform {platform!r} (expected one of: {', '.join(policy.platforms)})")
    doc = Document(text, profile=profile or _DEFAULT_PROFILE, platform=platform, policy=policy, now=now)
    findings: dict[tuple[str, int, int], Finding] = {}
    for check in CHECKS:
        for finding in check.check(doc, policy.sections[check.SECTION]):
            if finding is not None:
                findings.setdefault((finding.rule, finding.start, finding.end), finding)
    return sorted(findings.values(), key=lambda f: (f.start, f.end, f.guideline, f.rule))

"""Speaking for yourself: the disclaimer and speaking for the employer (guideline 2).

Two findings, both from the shared analysis in `composer.review.affiliation`:

- `missing-disclaimer`: the employer connection is apparent, the draft gives a view on health,
  medicine, health care, the profession or the employer, and no "views are my own" line is there.
  The underline sits on the first opinion sentence; the fix appends the pack's disclaimer adapted
  to the platform (never a second one: `fixes.has_disclaimer` uses the same recogniser).
- `speaks-for-employer`: "We at Mayo Clinic believe", "Mayo's position is": only official accounts
  speak for the employer, whatever the draft discloses, so a disclaimer does not clear it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review import affiliation
from composer.review.fixes import disclaimer_text
from composer.review.model import Finding
from composer.review.policy import Pattern, Section
from composer.review.text import Document

SECTION = "voice"
RULES = ("missing-disclaimer", "speaks-for-employer")


@dataclass(frozen=True)
class Config:
    """Word lists and patterns of the [voice] table (see composer/review/affiliation.py for placeholders)."""

    disclaimers: tuple[Pattern, ...] = ()
    employer_refs: tuple[str, ...] = ()
    opinion_cues: tuple[str, ...] = ()
    judgements: tuple[str, ...] = ()
    fragment_words: int = 0
    pointers: tuple[Pattern, ...] = ()
    pointer_sentence_words: int = 0
    not_opinions: tuple[Pattern, ...] = ()
    topics: tuple[str, ...] = ()
    not_topics: tuple[Pattern, ...] = ()
    topic_window: int = 1
    topic_reach: int = 0
    speaks_for: tuple[Pattern, ...] = ()
    speaks_for_when_connected: tuple[Pattern, ...] = ()
    reason_profile: str = "your profile shows where you work"
    reason_draft: str = "this post says where you work"
    reason_handle: str = "your handle carries your employer's name"


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    found = affiliation.analyse(doc)
    for span in found.speaks_for:
        yield doc.finding(section, "speaks-for-employer", span.start, span.end, fix="none")
    if found.disclaimer is not None or not found.connection_apparent:
        return
    target = found.opinions[0] if found.opinions else (found.speaks_for[0] if found.speaks_for else None)
    if target is None:
        return
    reasons = {"profile": config.reason_profile, "draft": config.reason_draft, "handle": config.reason_handle}
    reason = reasons.get(found.connection_reason, config.reason_draft)
    yield doc.finding(
        section,
        "missing-disclaimer",
        target.start,
        target.end,
        suggestions=(disclaimer_text(doc.policy, doc.platform, doc.text),),
        fix="append",
        reason=reason.replace("{organisation}", doc.policy.employer.organisation),
    )

"""Disclosing your connection and role when writing about the employer (guideline 4).

Raised when the draft names the employer (a pack name form in prose or a hashtag) or tags its
official account about the author's own work, and does not say in the draft itself both that the
author works or studies there and in what role. The profile's `employer_visible` is not a disclosure,
and a disclaimer does not clear it. The message says which half is missing; the fix appends the
disclosure built from the profile's title (`fixes.disclosure_text`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.review import affiliation
from composer.review.fixes import disclosure_text
from composer.review.model import Finding
from composer.review.policy import Pattern, Section
from composer.review.text import Document

SECTION = "disclosure"
RULES = ("no-disclosure", "no-role", "no-connection")


@dataclass(frozen=True)
class Config:
    """Word lists and patterns of the [disclosure] table (see composer/review/affiliation.py)."""

    roles: tuple[str, ...] = ()
    workplace: tuple[Pattern, ...] = ()
    workplace_when_named: tuple[Pattern, ...] = ()
    role_cues: tuple[Pattern, ...] = ()
    own_work: tuple[str, ...] = ()
    own_work_hashtags: tuple[Pattern, ...] = ()
    public_content: tuple[str, ...] = ()


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    found = affiliation.analyse(doc)
    if not found.topics or found.discloses_connection_and_role:
        return
    if found.workplace is not None:
        rule = "no-role"
    elif found.role is not None:
        rule = "no-connection"
    else:
        rule = "no-disclosure"
    mention = found.topics[0]
    suggestion = disclosure_text(doc.policy, doc.profile)
    # The message shows the sentence to add; without a title in the profile it shows where the role goes.
    example = suggestion if doc.profile.title.strip() else _with_role_blank(doc)
    yield doc.finding(
        section, rule, mention.start, mention.end, suggestions=(suggestion,), fix="append", example=example
    )


def _with_role_blank(doc: Document) -> str:
    policy = doc.policy
    return policy.disclosure_template.format(title="[your role]", organisation=policy.employer.organisation)

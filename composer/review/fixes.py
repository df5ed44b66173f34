"""Pure edits the window applies in one click: a suggestion, the disclaimer, the disclosure.

Each returns an `Edit` (replace `start:end` with `replacement`) rather than new text, so the window
can apply it through its own undo stack as one step, and tests can check it without Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.review.affiliation import disclaimer_in
from composer.review.model import Finding, Profile
from composer.review.platforms import count
from composer.review.policy import Policy, bundled_policy


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement`."""

    start: int
    end: int
    replacement: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


def suggestion_edit(text: str, finding: Finding, suggestion: str) -> Edit:
    """The edit that applies one of a finding's suggestions."""
    if finding.fix == "append":
        return append_edit(text, suggestion)
    return Edit(finding.start, finding.end, suggestion)


def append_edit(text: str, sentence: str) -> Edit:
    """Add `sentence` at the end of the draft, on its own line after a blank line."""
    stripped = text.rstrip()
    separator = "" if not stripped else "\n\n"
    return Edit(len(stripped), len(text), separator + sentence)


def disclaimer_text(policy: Policy, platform: str, text: str = "") -> str:
    """The pack's disclaimer adapted to the platform, shortened when the long one would not fit."""
    wording = policy.disclaimer_for(platform)
    spec = policy.platforms.get(platform)
    if spec is not None and text and count(text.rstrip() + "\n\n" + wording, spec) > spec.limit:
        return policy.disclaimer_short
    return wording


def has_disclaimer(text: str, policy: Policy | None = None) -> bool:
    """Whether the draft already says its views are the author's own, in any close wording the pack
    knows (English or Spanish): the same recogniser guideline 2 uses, so the fix is never offered
    for a draft the reviewer accepts, nor inserted twice."""
    return disclaimer_in(text, policy or bundled_policy()) is not None


def disclaimer_edit(text: str, policy: Policy, platform: str) -> Edit | None:
    """Insert the disclaimer at the end; None when the draft already carries one (never twice)."""
    if has_disclaimer(text, policy):
        return None
    return append_edit(text, disclaimer_text(policy, platform, text))


def disclosure_text(policy: Policy, profile: Profile) -> str:
    """ "Disclosure: I'm a Registered Nurse at Mayo Clinic." built from the profile's title."""
    organisation = policy.employer.organisation
    title = profile.title.strip()
    if not title:
        return policy.disclosure_template_no_title.format(organisation=organisation)
    sentence = policy.disclosure_template.format(title=title, organisation=organisation)
    # "a" or "an" by the sound of the title: "an ICU nurse", "an RN", "a unit clerk".
    suffix = "n " if _takes_an(title.split()[0]) else " "
    return re.sub(r"\b([Aa]) (?=" + re.escape(title) + ")", lambda m: m.group(1) + suffix, sentence, count=1)


def _takes_an(word: str) -> bool:
    if len(word) > 1 and word.isupper():  # an acronym is read letter by letter: "an RN", "a CNA"
        return word[0] in "AEFHILMNORSX"
    lower = word.lower()
    if lower.startswith(("uni", "use", "usu", "uti", "ure", "eu", "one", "once")):
        return False
    return lower.startswith(("hour", "honest", "honor", "heir")) or lower[:1] in "aeiou"


def disclosure_edit(text: str, policy: Policy, profile: Profile) -> Edit | None:
    """Insert the disclosure at the end; None when that exact sentence is already there."""
    sentence = disclosure_text(policy, profile)
    if sentence.lower() in text.lower():
        return None
    return append_edit(text, sentence)

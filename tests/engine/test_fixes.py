"""The one-click edits are pure functions: the disclaimer and disclosure are added once, in the right form."""

from __future__ import annotations

from composer.review import Profile, bundled_policy
from composer.review.fixes import (
    append_edit,
    disclaimer_edit,
    disclaimer_text,
    disclosure_edit,
    disclosure_text,
    suggestion_edit,
)
from composer.review.model import Finding


def test_disclaimer_is_adapted_to_the_platform():
    policy = bundled_policy()
    assert disclaimer_text(policy, "blog") == (
        "The views expressed on this blog are my own and do not reflect the views of my employer."
    )
    assert "in this post" in disclaimer_text(policy, "linkedin")
    assert len(disclaimer_text(policy, "x")) < 40


def test_disclaimer_is_inserted_at_the_end_once():
    policy = bundled_policy()
    text = "Nurses deserve safe staffing ratios.  \n"
    edit = disclaimer_edit(text, policy, "facebook")
    assert edit is not None
    new = edit.apply(text)
    assert new.startswith("Nurses deserve safe staffing ratios.\n\nThe views expressed in this post")
    assert disclaimer_edit(new, policy, "facebook") is None


def test_long_post_gets_the_short_disclaimer_where_the_long_one_would_not_fit():
    policy = bundled_policy()
    text = "a" * 450
    edit = disclaimer_edit(text, policy, "threads")
    assert edit is not None
    assert edit.replacement.strip() == policy.disclaimer_short


def test_disclosure_uses_the_title_with_the_right_article():
    policy = bundled_policy()
    assert (
        disclosure_text(policy, Profile(title="Registered Nurse"))
        == "Disclosure: I'm a Registered Nurse at Mayo Clinic."
    )
    assert disclosure_text(policy, Profile(title="ICU nurse")) == "Disclosure: I'm an ICU nurse at Mayo Clinic."
    assert disclosure_text(policy, Profile()) == "Disclosure: I work at Mayo Clinic."
    text = "Mayo Clinic ranked #1 again!"
    edit = disclosure_edit(text, policy, Profile(title="Pharmacist"))
    assert edit is not None and disclosure_edit(edit.apply(text), policy, Profile(title="Pharmacist")) is None


def test_suggestion_replaces_the_span_or_appends():
    text = "My patient in room 412 is better."
    replace = Finding(rule="r", guideline=1, severity="error", start=14, end=22, message="m")
    assert suggestion_edit(text, replace, "a room").apply(text) == "My patient in a room is better."
    append = Finding(rule="r", guideline=2, severity="warning", start=0, end=2, message="m", fix="append")
    assert suggestion_edit(text, append, "Views my own.").apply(text).endswith("better.\n\nViews my own.")
    assert append_edit("", "X").apply("") == "X"

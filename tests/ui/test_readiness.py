"""The at-a-glance verdict in the panel header and the status bar."""

from __future__ import annotations

from composer.review import Finding
from composer.ui.readiness import assess


def _finding(severity: str, category: str = "policy") -> Finding:
    return Finding(rule="r", guideline=1, severity=severity, start=0, end=1, message="m", category=category)


def test_a_clean_draft_is_ready_to_post():
    assert assess([], "Proud of our team today.").headline == "Ready to post"


def test_errors_and_warnings_are_counted_in_words():
    readiness = assess([_finding("error"), _finding("error"), _finding("warning")], "text")
    assert readiness.headline == "2 errors, 1 warning"
    assert not readiness.ready


def test_tips_and_grammar_do_not_block_posting():
    readiness = assess([_finding("info"), _finding("warning", category="grammar")], "text")
    assert readiness.ready
    assert readiness.summary == "Ready to post · 1 tip, 1 grammar suggestion"


def test_an_empty_draft_is_not_called_ready():
    readiness = assess([], "  \n")
    assert not readiness.ready
    assert readiness.headline == "Nothing to review yet"

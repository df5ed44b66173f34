"""review() as the contract fixes it: pure, deterministic, Qt-free, offsets always inside the text."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from composer.review import Finding, Profile, Severity, review
from tests.corpus import CORPUS, load_cases, profile_of


def test_engine_imports_no_qt_and_no_network_modules():
    code = (
        "import sys, composer.review as r\n"
        "r.review('My patient in room 4 is better. Views my own.')\n"
        "roots = {m.split('.')[0] for m in sys.modules}\n"
        "print(','.join(sorted(roots & {'PySide6', 'shiboken6', 'socket', 'ssl', 'http', 'urllib3', 'requests'})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_profile_defaults_and_keyword_only():
    profile = Profile()
    assert profile.roles == frozenset() and profile.title == "" and profile.handles == ()
    assert profile.employer_visible is False
    with pytest.raises(TypeError):
        Profile(frozenset({"manager"}))  # type: ignore[misc]
    assert Profile(roles={"manager"}).roles == frozenset({"manager"})


def test_unknown_platform_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown platform 'myspace'"):
        review("hi", platform="myspace")


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not available")
def test_findings_are_well_formed_and_deterministic_on_the_corpus():
    now = datetime(2026, 11, 24, 10, 30)
    for case in load_cases():
        text = case["text"]
        first = review(text, profile=profile_of(case), platform=case["platform"], now=now)
        again = review(text, profile=profile_of(case), platform=case["platform"], now=now)
        assert first == again
        for finding in first:
            assert isinstance(finding, Finding)
            assert 1 <= finding.guideline <= 10
            assert isinstance(finding.severity, Severity) and finding.severity in ("error", "warning", "info")
            assert 0 <= finding.start <= finding.end <= len(text)
            assert finding.excerpt == text[finding.start : finding.end]
            assert finding.message and "{" not in finding.message, finding.message
            assert all(isinstance(s, str) for s in finding.suggestions)
        assert first == sorted(first, key=lambda f: (f.start, f.end, f.guideline, f.rule))


def test_empty_and_whitespace_drafts_have_no_findings():
    assert review("") == []
    assert review(" \n\t ") == []


def test_a_huge_paste_is_reviewed_without_error():
    text = ("Shift went well, thanks team! " * 40 + "\n") * 900  # about 1 MB
    findings = review(text, platform="blog")
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)

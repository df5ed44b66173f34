"""review() as the contract fixes it: pure, deterministic, Qt-free, offsets always inside the text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime

import pytest

from composer.paths import bundled_policy_path
from composer.review import Finding, PolicyError, Profile, Severity, bundled_policy, review
from composer.review.policy import PackPattern, parse_policy
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


def test_composer_check_loads_neither_qt_nor_the_grammar_checker(tmp_path):
    """A headless check pays only for the review: no window toolkit, no grammar package unless --grammar."""
    draft = tmp_path / "post.txt"
    draft.write_text("My patient in room 4 is better today.", encoding="utf-8")
    code = (
        "import sys\n"
        "from composer.cli import main\n"
        f"status = main(['check', {str(draft)!r}])\n"
        "roots = {m.split('.')[0] for m in sys.modules} | {m for m in sys.modules if m.startswith('composer.')}\n"
        "print(status, ','.join(sorted(roots & {'PySide6', 'shiboken6', 'composer.grammar', 'composer.ui'})))\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.split("\n")[-2].strip() == "1"  # an error-level finding, nothing else loaded


def test_pack_patterns_answer_like_compiled_ones_and_bad_look_behinds_fail_at_load():
    """Pack patterns are checked when the pack loads and compiled on first use, and behave as `re` ones."""
    policy = bundled_policy()
    pattern = policy.employer.false_friend_patterns[0]
    compiled = re.compile(pattern.pattern, re.IGNORECASE)
    assert (pattern.pattern, pattern.flags) == (compiled.pattern, compiled.flags)
    text = "Happy Cinco de Mayo! Extra mayo on my sandwich. Mayo County."
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.groupindex == compiled.groupindex and pattern == compiled
    for bad in (r"(?<=\w+)x", r"(?:a|(?<!ab|c))", r"(?(1)x|(?<=a*))", "[", r"(?P<a>x)(?P<a>y)"):
        with pytest.raises(re.error):
            re.compile(bad, re.IGNORECASE)
        with pytest.raises(re.error):
            PackPattern(bad, re.IGNORECASE)
    assert PackPattern(r"(?<=ab)c(?<!x)", re.IGNORECASE).search("abc").group() == "c"
    pack = bundled_policy_path().read_text(encoding="utf-8")
    with pytest.raises(PolicyError, match="look-behind requires fixed-width pattern"):
        parse_policy(pack.replace("false_friends = [", 'false_friends = [\n  "(?<=\\\\w+)mayo",', 1))

"""The anchored scanner finds what a plain search would, only faster."""

from __future__ import annotations

import re

import pytest

from composer.review import Profile, bundled_policy
from composer.review.affiliation import _masked, pattern_groups
from composer.review.scanner import Scanner, choose_anchors, trie_pattern
from composer.review.text import Document
from tests.corpus import CORPUS, load_cases


def _sentences(text: str) -> list[tuple[int, int]]:
    doc = Document(text, profile=Profile(), platform="x", policy=bundled_policy())
    return [(s.start, s.end) for s in doc.sentences]


def test_anchors_are_read_from_the_pattern():
    mode, anchors, word_start = choose_anchors(re.compile(r"\bI\s+(?:really\s+)?think\b", re.I))
    assert mode == "start" and {a.rstrip("\x00") for a in anchors} == {"i think", "i really think"} and word_start
    mode, anchors, _ = choose_anchors(re.compile(r"(?:is|are)\s+(?:a\s+)?(?:nightmare|disaster)", re.I))
    assert mode == "start" and all(a.startswith(("is ", "are ")) for a in anchors)
    mode, anchors, _ = choose_anchors(re.compile(r"\b(?:\d+|many)\s+years\s+at\s+Acme", re.I))
    assert mode == "inside" and anchors
    assert choose_anchors(re.compile(r"\w+\s+\w+"))[0] == "whole"


def test_the_trie_matches_exactly_its_words():
    pattern = re.compile(f"(?:{trie_pattern(['nurse', 'nurses', 'nursing', 'doc'])})$")
    assert all(pattern.match(w) for w in ("nurse", "nurses", "nursing", "doc"))
    assert not any(pattern.match(w) for w in ("nurs", "do", "docs", "nursed"))


def test_matches_are_those_of_a_plain_search():
    patterns = [
        re.compile(r"\bI\s+(?:really\s+)?think\b", re.I),
        re.compile(r"\b(?:\d+|many)\s+years\s+at\s+Acme\b", re.I),
        re.compile(r"(?<!\bI\s)should\b", re.I),
        re.compile(r"\bviews?\s+(?:are\s+)?(?:my\s+own|mine)\b", re.I),
    ]
    scanner = Scanner({"all": patterns})
    text = (
        "I think so. Many years at Acme taught me things! You should rest; I should not. "
        "Views mine. I  really think   it works. 12 years at ACME."
    )
    got = {(m.start(), m.end()) for m in scanner.scan(text, _sentences(text))["all"]}
    want = {(m.start(), m.end()) for p in patterns for m in p.finditer(text)}
    assert got == want


@pytest.mark.skipif(not CORPUS.exists(), reason="labelled corpus not available")
def test_the_pack_patterns_are_found_in_the_same_sentences_as_a_plain_search():
    policy = bundled_policy()
    groups = pattern_groups(policy)
    scanner = Scanner(groups)
    for case in load_cases():
        doc = Document(case["text"], profile=Profile(), platform="x", policy=policy)
        masked = _masked(doc)
        spans = [(s.start, s.end) for s in doc.sentences]
        found = scanner.scan(masked, spans)
        for name, patterns in groups.items():
            for start, end in spans:
                plain = any(p.search(masked, start, end) for p in patterns)
                fast = any(start <= m.start() < end for m in found[name])
                assert plain == fast, (case["id"], name, masked[start:end])


@pytest.mark.skipif(not CORPUS.exists(), reason="labelled corpus not available")
def test_joined_groups_and_regions_find_the_same_places():
    """`any_match` groups report where matches start as a plain search does, and a region finds exactly the
    matches starting in it."""
    policy = bundled_policy()
    groups = pattern_groups(policy)
    plain_scanner = Scanner(groups)
    joined = Scanner(groups, any_match=("opinion", "topic"))
    for case in load_cases()[:80]:
        doc = Document(case["text"], profile=Profile(), platform="x", policy=policy)
        masked = _masked(doc)
        spans = [(s.start, s.end) for s in doc.sentences]
        whole = plain_scanner.scan(masked, spans)
        fast = joined.scan(masked, spans)
        for name in ("opinion", "topic"):
            assert {m.start() for m in fast[name]} == {m.start() for m in whole[name]}, (case["id"], name)
        if len(spans) > 1:
            region = (spans[1][0], spans[-1][1])
            part = plain_scanner.scan(masked, spans, region=region)
            for name in groups:
                want = {(m.start(), m.end()) for m in whole[name] if m.start() >= region[0]}
                assert {(m.start(), m.end()) for m in part[name]} == want, (case["id"], name)

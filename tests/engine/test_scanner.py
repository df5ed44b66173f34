"""The anchored scanner finds what a plain search would, only faster."""

from __future__ import annotations

import re

import pytest

from composer.review import Profile, bundled_policy
from composer.review.affiliation import _masked, literal_anchors, pattern_groups
from composer.review.scanner import Scanner, Source, choose_anchors, compile_pattern, trie_pattern
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
                plain = any(compile_pattern(p).search(masked, start, end) for p in patterns)
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


@pytest.mark.skipif(not CORPUS.exists(), reason="labelled corpus not available")
@pytest.mark.parametrize("trigger_chars", [4, 6, 8])
def test_short_trigger_keys_find_exactly_what_whole_anchors_find(trigger_chars):
    """The trigger looks for the first characters of each anchor only; the matches are the same."""
    policy = bundled_policy()
    groups = pattern_groups(policy)
    any_match = ("opinion", "judgement", "topic")
    short = Scanner(groups, any_match=any_match, trigger_chars=trigger_chars)
    whole = Scanner(groups, any_match=any_match, trigger_chars=10_000)
    assert len(short._anchors) < len(whole._anchors)
    for case in load_cases():
        doc = Document(case["text"], profile=Profile(), platform="x", policy=policy)
        masked = _masked(doc)
        spans = [(s.start, s.end) for s in doc.sentences]
        got, want = short.scan(masked, spans), whole.scan(masked, spans)
        for name in groups:
            if name in any_match:  # these report where matches start (which pattern matched may differ)
                assert {m.start() for m in got[name]} == {m.start() for m in want[name]}, (case["id"], name)
            else:
                assert [m.span() for m in got[name]] == [m.span() for m in want[name]], (case["id"], name)


def test_a_phrase_written_out_is_its_own_anchor():
    """Plain phrases skip reading their pattern; what they skip to is what reading it would give."""
    policy = bundled_policy()
    voice, disclosure = policy.sections["voice"].config, policy.sections["disclosure"].config
    checked = 0
    for group in ("opinion", "judgement", "topic", "own_work", "public_content"):
        for source in pattern_groups(policy)[group]:
            if source.anchors is not None:
                assert choose_anchors(Source(source.pattern, source.flags)) == source.anchors, source.pattern
                checked += 1
    assert checked > 100
    phrases = (*voice.opinion_cues, *voice.judgements, *voice.topics, *disclosure.own_work)
    assert any(literal_anchors(p) is None for p in phrases)  # /regex/ entries are read as patterns
    assert literal_anchors("don't") == frozenset({"don't", "don’t"})
    assert literal_anchors("Nurse Life") == frozenset({"nurse life"})
    assert literal_anchors("/a|b/") is None and literal_anchors("at {employer}") is None
    assert literal_anchors("x") is None


def test_patterns_are_compiled_only_where_their_words_occur():
    """Building a scanner reads its patterns; only those whose anchor a draft holds are compiled."""
    sources = [Source(rf"\bword{n}\s+here\b") for n in range(50)]
    scanner = Scanner({"all": sources})
    text = "Then word7 here, and word7 here again; word12 there."
    found = scanner.scan(text, _sentences(text))["all"]
    assert [m.group() for m in found] == ["word7 here", "word7 here"]
    assert {p.pattern for _, pairs in scanner._ready.items() for _, p in pairs} <= {
        sources[7].pattern,
        sources[12].pattern,
    }


def test_anchors_are_remembered_per_pattern_text():
    pattern = re.compile(r"\bcompletely\s+unrelated\s+(?:words|phrases)\b", re.I)
    first = choose_anchors(pattern)
    assert choose_anchors(re.compile(pattern.pattern, re.I)) is first
    assert first[0] == "start"
    assert {a.rstrip("\x00") for a in first[1]} == {"completely unrelated words", "completely unrelated phrases"}

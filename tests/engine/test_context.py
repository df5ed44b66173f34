"""The guideline-1 reader finds exactly what a plain regular-expression search would, only faster."""

from __future__ import annotations

import re

from composer.review.context import Anchored, Cues, Lexicon, key_words
from composer.review.phi import cue_lists

TEXT = (
    "My patient in bed 4 is 93. The guy in 12 came in at 0400; the 41-year-old from Byron went home. "
    "A 7-year-old in room 3, then the lady in 22, and my patient Ana again in bed 9."
)


def test_anchored_patterns_find_what_a_plain_search_finds():
    patterns = [
        re.compile(r"\b(?:the|my)\s+(?:\w+\s+)?(?:guy|lady|patient)\b", re.I),
        re.compile(r"\b(?:bed|room)\s+\d+", re.I),
        re.compile(r"\b\d{1,3}-year-old\b", re.I),
        re.compile(r"\b(?:the|a)\s+\d{1,3}-year-old\b", re.I),  # shares its first words with the first
    ]
    lexicon = Lexicon({"care": ("came in", "went home")}, patterns)
    reading = lexicon.read(TEXT)
    for pattern in patterns:
        anchored = Anchored(pattern, lexicon)
        assert anchored.anchored
        assert [m.span() for m in anchored.finditer(TEXT, reading.where)] == [m.span() for m in pattern.finditer(TEXT)]
        halves = [(0, 90), (90, len(TEXT))]
        expected = [m.span() for lo, hi in halves for m in pattern.finditer(TEXT, lo, hi)]
        assert [m.span() for m in anchored.finditer(TEXT, reading.where, halves)] == expected


def test_cue_list_expressions_each_match_on_their_own():
    lists = {
        "person": (
            r"/\b(?:the|a)\s+(?:\w+\s+)?(?:guy|lady)\b/",
            r"/\b\d{1,3}-year-old\b/",
            r"/\b(?:the|a)\s+\d{1,3}-year-old\b/",
            "my patient",
        )
    }
    patterns, phrases = cue_lists(lists)
    # "the ... guy" needs "guy" or "lady" (its key words) and is tried on its own, only near them; the two
    # others have no such words and begin with different words, so each is tried where it can begin.
    assert len(patterns["person"]) == 3
    lexicon = Lexicon(phrases, [p for group in patterns.values() for p in group])
    reading = lexicon.read(TEXT)
    anchored = {name: tuple(Anchored(p, lexicon) for p in group) for name, group in patterns.items()}
    cues = Cues(TEXT, reading.where, anchored, reading.found)
    found = [TEXT[m.start() : m.end()] for m in cues.all("person")]
    starts = [m.start() for m in cues.all("person")]
    assert starts == sorted(starts)  # in text order, whichever expression found them
    assert {"My patient", "The guy", "41-year-old", "the 41-year-old", "A 7-year-old", "the lady", "my patient"} <= set(
        found
    )
    assert cues.any("person", 0, 12) and not cues.any("person", 12, 26)


def test_a_pattern_is_tried_only_near_the_words_it_needs():
    pattern = re.compile(r"\b(?:the|a|my)\s+(?:[\w'’-]+\s+){0,2}?(?:guy|lady)\b", re.IGNORECASE)
    keys, reach = key_words(pattern)
    assert {k.rstrip("\x02") for k in keys} == {"guy", "lady"}
    assert 0 < reach <= 200
    # Words that every match passes through only when they follow a space or a word end.
    assert key_words(re.compile(r"\b\d{1,3}[- ]?(?:year|yr)s?[- ]?old\b")) is None
    text = "The tall guy waved. " + "a " * 400 + "then my lady friend came, and the end."
    lexicon = Lexicon({}, [pattern])
    reading = lexicon.read(text)
    anchored = Anchored(pattern, lexicon)
    assert [m.group() for m in anchored.finditer(text, reading.where)] == [m.group() for m in pattern.finditer(text)]


def test_every_pattern_is_tried_where_any_word_it_may_begin_with_is_found():
    """A literal found stands for every pattern literal that begins it ("this" also for "th"), as pair by pair."""
    from composer.review import bundled_policy
    from composer.review.checks.privacy import scanner_for
    from composer.review.context import _covers, _users

    lexicon = scanner_for(bundled_policy().sections["privacy"]).lexicon
    literals: dict[str, list[int]] = {}
    for slot, firsts in enumerate(lexicon._firsts):
        for literal in firsts or ():
            literals.setdefault(literal, []).append(slot)
    literals["th"] = [len(lexicon._firsts)]  # a shorter literal that "this" and "the" begin with
    users = _users(literals)
    assert any(len(literal) > 2 and literals["th"][0] in users[literal] for literal in literals)
    for literal in literals:
        expected = sorted({s for other, slots in literals.items() if _covers(literal, other) for s in slots})
        assert list(users[literal]) == expected, literal


def test_word_list_patterns_compiled_on_first_use_match_like_compiled_ones():
    from composer.review.phi import words_pattern

    lazy = words_pattern(("room", "/bed\\s+\\d+/", "Dr. K"))
    plain = re.compile(lazy.pattern, re.IGNORECASE)
    assert lazy.flags == plain.flags
    text = "Dr. K saw Room 4 and BED 12 (rooms, bedside)"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.search("the room").span() == plain.search("the room").span()
    assert lazy == plain

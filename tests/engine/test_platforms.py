"""Lengths are counted the way each platform counts them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twitter_text import parse_tweet

from composer.review import bundled_policy
from composer.review.platforms import count, measure, x_weighted
from tests.corpus import CORPUS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("👋", 2),  # an emoji counts 2
        ("👨‍👩‍👧", 2),  # a family sequence of five code points is still one emoji
        ("🇺🇸", 2),
        ("中文", 4),  # CJK counts 2 per character
        ("é", 1),
        ("see https://example.com/a/very/long/path/that/goes/on", 4 + 23),  # every URL is 23
        ("mayoclinic.org", 23),  # bare domains are links too
        ("“quoted” — dash…", 17),
    ],
)
def test_x_weighted_counting(text, expected):
    assert x_weighted(text) == expected


@pytest.mark.skipif(not CORPUS.exists(), reason=f"labelled corpus not found at {CORPUS}")
def test_x_counting_agrees_with_the_reference_library_on_the_corpus():
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    for text in texts:
        assert x_weighted(text) == parse_tweet(text).weightedLength, text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80))
def test_x_counting_agrees_with_the_reference_library_on_random_text(text):
    assert x_weighted(text) == parse_tweet(text).weightedLength


def test_bluesky_counts_graphemes_and_others_code_points():
    policy = bundled_policy()
    family = "👨‍👩‍👧"
    assert count(family, policy.platforms["bluesky"]) == 1
    assert count(family, policy.platforms["linkedin"]) == len(family)
    assert count("a https://example.com/" + "x" * 40, policy.platforms["mastodon"]) == 2 + 23


def test_measure_reports_over_the_limit():
    spec = bundled_policy().platforms["x"]
    assert not measure("a" * 280, spec).over
    length = measure("a" * 281, spec)
    assert length.over and length.remaining == -1

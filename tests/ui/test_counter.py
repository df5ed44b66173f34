"""The platform counter in the status bar counts as the platform does, and warns near and over the limit."""

from __future__ import annotations

import pytest
from twitter_text import parse_tweet

from composer.review.platforms import Length
from composer.ui.counter import level


def test_the_counter_counts_an_emoji_and_a_url_as_x_does(qtbot, window):
    text = "Our unit hit zero falls this month 🎉 details: https://example.org/news/2026/zero-falls-on-4west"
    window.set_text(text)
    assert window.counter.length.used == parse_tweet(text).weightedLength
    assert window.counter.text().startswith(f"{parse_tweet(text).weightedLength} / 280")


def test_the_counter_follows_the_platform(qtbot, window):
    window.set_text("👩‍⚕️👩‍⚕️")  # two graphemes on Bluesky, two emoji (2 each) on X
    assert window.counter.length.used == 4
    window.set_platform("bluesky")
    assert window.counter.length.used == 2


@pytest.mark.parametrize(("used", "expected"), [(0, "ok"), (251, "ok"), (252, "near"), (280, "near"), (281, "over")])
def test_amber_from_ninety_percent_and_red_over_the_limit(used, expected):
    assert level(Length(used, 280)) == expected


def test_the_counter_says_how_far_over_in_words(qtbot, window):
    window.set_text("x" * 290)
    assert window.counter.state == "over"
    assert "10 over the X limit" in window.counter.text()

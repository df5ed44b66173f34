"""The pure functions behind guideline 1's one-click fixes: generalise or remove words, keep the sentence readable."""

from __future__ import annotations

from composer.review.redact import fill, redact, rewrite, starts_sentence, suggestions


def test_article_follows_the_sentence():
    text = "Mr. Olsen passed this morning. We miss Mr. Olsen."
    assert fill("{a} patient", text, 0, 9) == "A patient"
    second = text.rindex("Mr. Olsen")
    assert fill("{a} patient", text, second, second + 9) == "a patient"


def test_article_is_dropped_after_a_determiner():
    text = "Mi paciente de la habitación 512 sonrió."
    start = text.index("habitación")
    assert fill("{a} {noun}", text, start, start + len("habitación 512")) == "habitación"
    text = "If anyone knows the guy in bay 3, tell him hi."
    start = text.index("bay 3")
    assert fill("{a} {noun}", text, start, start + 5) == "a bay"


def test_an_before_a_vowel():
    text = "Saw him in room 4 today."
    start = text.index("room 4")
    assert fill("{a} older {noun}", text, start, start + 6) == "an older room"


def test_suggestions_are_distinct_and_never_the_words_themselves():
    text = "The patient in room 4."
    start = text.index("room 4")
    templates = ["{a} {noun}", "{a} room", "room 4", "[removed]"]
    assert suggestions(templates, text, start, start + 6) == ("a room", "[removed]")


def test_sentence_start_after_emoji_and_quotes():
    assert starts_sentence("🎉 Mr. K", 2)
    assert starts_sentence('"Mr. K', 1)
    assert not starts_sentence("my patient (bed 12", 12)


def test_rewrite_removes_details_and_tidies_spacing():
    text = "Coded a guy in his 40s at 0300 who lives in Byron."
    age = text.index("in his 40s")
    time = text.index("at 0300")
    place = text.index("in Byron")
    out = rewrite(text, 0, len(text), [(age, age + 10, ""), (time, time + 7, "recently"), (place, place + 8, "")])
    assert out == "Coded a guy recently who lives."


def test_rewrite_skips_overlapping_replacements():
    text = "on March 3 at noon"
    assert rewrite(text, 0, len(text), [(0, 10, "recently"), (3, 18, "x")]) == "Recently at noon"


def test_redact_merges_overlapping_spans():
    text = "Call 507-555-0100 or email a@b.co today"
    spans = [(5, 17), (10, 17), (27, 33)]
    assert redact(text, spans) == "Call [redacted] or email [redacted] today"
    assert redact(text, []) == text

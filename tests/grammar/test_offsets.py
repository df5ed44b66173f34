"""LanguageTool's UTF-16 offsets become Python string indices, so emoji never shift an underline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from composer.grammar.offsets import Utf16Index, utf16_span_to_code_points, utf16_to_code_points


def test_ascii_text_offsets_are_unchanged():
    text = "Charting is done."
    assert utf16_to_code_points(text, [0, 5, 17]) == [0, 5, 17]


def test_accents_are_one_unit_in_both_counts():
    text = "Café résumé teh"
    start, end = utf16_span_to_code_points(text, 12, 3)
    assert text[start:end] == "teh"


def test_an_emoji_before_a_mistake_counts_once():
    text = "Great shift 😀 teh end"  # 😀 is two UTF-16 units, one code point
    # LanguageTool reports "teh" at UTF-16 offset 15 (12 + 2 for the emoji + 1 space).
    start, end = utf16_span_to_code_points(text, 15, 3)
    assert (start, end) == (14, 17)
    assert text[start:end] == "teh"


def test_several_emoji_and_a_family_sequence():
    text = "👩‍⚕️👨‍👩‍👧 🎉🎉 teh"  # ZWJ sequences mix astral and BMP characters
    utf16_offset = len(text[: text.index("teh")].encode("utf-16-le")) // 2
    start, end = utf16_span_to_code_points(text, utf16_offset, 3)
    assert text[start:end] == "teh"


def test_offset_inside_a_surrogate_pair_rounds_down_to_that_character():
    text = "a😀b"
    assert Utf16Index(text).to_code_points(2) == 1  # the low surrogate of 😀


def test_offsets_outside_the_text_are_clamped():
    text = "ok 😀"
    index = Utf16Index(text)
    assert index.to_code_points(-3) == 0
    assert index.to_code_points(99) == len(text)
    assert index.utf16_length == 5


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60), st.data())
def test_every_code_point_position_round_trips(text, data):
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    utf16_offset = len(text[:position].encode("utf-16-le")) // 2
    assert Utf16Index(text).to_code_points(utf16_offset) == position

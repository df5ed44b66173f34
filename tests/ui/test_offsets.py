"""Code points (the engine) to UTF-16 units (Qt) and back: emoji and other astral characters count twice in Qt."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from composer.ui.offsets import OffsetMap, utf16_span


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_ascii_offsets_are_unchanged():
    offsets = OffsetMap("My patient in room 412")
    assert [offsets.to_utf16(i) for i in (0, 5, 22)] == [0, 5, 22]
    assert offsets.from_utf16(19) == 19


def test_an_emoji_before_a_span_shifts_it_by_one_unit():
    text = "😀 room 412"
    start = text.index("room")
    assert utf16_span(text, start, start + 8) == (start + 1, start + 9)


def test_bmp_non_ascii_text_is_not_shifted():
    text = "Café — 病室 412"
    start = text.index("412")
    assert utf16_span(text, start, start + 3) == (start, start + 3)


def test_flags_and_joined_emoji_count_every_astral_code_point():
    text = "🇺🇸👩‍⚕️ room"
    start = text.index("room")
    assert OffsetMap(text).to_utf16(start) == _utf16_len(text[:start])


def test_a_position_inside_a_surrogate_pair_maps_to_its_character():
    offsets = OffsetMap("a😀b")
    assert offsets.from_utf16(1) == 1
    assert offsets.from_utf16(2) == 1  # between the two halves of 😀
    assert offsets.from_utf16(3) == 2


def test_offsets_are_clamped_to_the_text():
    offsets = OffsetMap("😀")
    assert offsets.to_utf16(5) == 2
    assert offsets.from_utf16(-3) == 0
    assert offsets.utf16_length == 2


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), st.data())
def test_round_trip_matches_python_utf16_encoding(text, data):
    index = data.draw(st.integers(0, len(text)))
    offsets = OffsetMap(text)
    position = offsets.to_utf16(index)
    assert position == _utf16_len(text[:index])
    assert offsets.from_utf16(position) == index

"""The window with the real review engine and the bundled pack: what a nurse sees while typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from composer.review import Severity


def _privacy_cards(window):
    return [c for c in window.panel.cards if c.tracked.finding.guideline == 1]


def test_a_room_number_is_flagged_where_it_is_typed(qtbot, make_window):
    window = make_window()
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.editor.insertPlainText("Long night 😷 ")
        qtbot.keyClicks(window.editor, "My patient in room 412 finally slept through the night.")
    cards = _privacy_cards(window)
    assert cards and cards[0].tracked.finding.severity is Severity.ERROR
    underlined = cards[0].tracked.cursor.selectedText()
    assert "412" in underlined
    assert window.text()[cards[0].tracked.finding.start : cards[0].tracked.finding.end] == underlined
    assert window.readiness.errors >= 1


def test_fixing_the_room_number_clears_the_privacy_error(qtbot, make_window):
    window = make_window()
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.set_text("My patient in room 412 finally slept through the night.")
    card = _privacy_cards(window)[0]
    if card.fix_buttons:
        with qtbot.waitSignal(window.reviewApplied, timeout=5000):
            qtbot.mouseClick(card.fix_buttons[0], Qt.MouseButton.LeftButton)
    else:  # no suggestion offered: the user deletes the words
        with qtbot.waitSignal(window.reviewApplied, timeout=5000):
            window.editor.select_span(card.tracked)
            window.editor.textCursor().removeSelectedText()
    qtbot.waitUntil(lambda: not window.review_pending)
    assert "412" not in window.text()
    assert _privacy_cards(window) == []

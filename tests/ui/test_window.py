"""The compose window: live review, underlines in the right place, cards, one-click fixes, copy gate."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCharFormat

from composer.review import Finding, Profile
from composer.store.settings import Settings
from composer.ui.main_window import REVIEW_PAUSE_MS
from composer.ui.panel import GRAMMAR_GROUP
from composer.ui.underlines import finding_colour

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def type_text(qtbot, window, text: str) -> None:
    """Type like a user (key by key) and wait for the review after the pause."""
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        qtbot.keyClicks(window.editor, text)


def set_text(qtbot, window, text: str) -> None:
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.set_text(text)


def underline_spans(window) -> list[tuple[int, int]]:
    selections = window.editor.extraSelections()  # kept alive while their cursors are read
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in selections]


def underlined_texts(window) -> list[str]:
    selections = window.editor.extraSelections()
    return [s.cursor.selectedText() for s in selections]


def card_for_rule(window, rule: str):
    return next(card for card in window.panel.cards if card.tracked.finding.rule == rule)


def test_typing_a_room_number_shows_an_error_card_and_an_underline_under_it(qtbot, window):
    type_text(qtbot, window, "My patient in room 412 is doing better")
    card = card_for_rule(window, "privacy.room-number")
    assert card.severity_label.text() == "Error"
    assert "Guideline 1" in card.accessibleName()
    start = window.text().index("room 412")
    assert underline_spans(window) == [(start, start + len("room 412"))]
    selections = window.editor.extraSelections()
    selection = selections[0]
    assert selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert selection.format.toolTip() == "A room number can identify a patient."
    assert window.readiness.headline == "1 error"
    assert "1 error" in window.readiness_label.text()


def test_an_emoji_before_the_room_number_keeps_the_underline_in_place(qtbot, window):
    set_text(qtbot, window, "Long night 😷🏥 my patient in room 412 is better")
    assert underlined_texts(window) == ["room 412"]


def test_the_cards_are_grouped_under_the_guidelines_number_and_title(qtbot, window):
    set_text(qtbot, window, "An awesome day: my patient in room 412 went home")
    titles = [label.text() for label in window.panel.scroll.widget().findChildren(type(window.panel.headline))]
    policy = window.state.policy
    assert f"Guideline 1: {policy.guidelines[1].title}" in titles
    assert f"Guideline 5: {policy.guidelines[5].title}" in titles
    assert [card.tracked.finding.guideline for card in window.panel.cards] == [1, 5]


def test_clicking_the_fix_replaces_the_words_and_the_finding_goes_away(qtbot, window):
    set_text(qtbot, window, "😀 My patient in room 412 is better")
    card = card_for_rule(window, "privacy.room-number")
    assert card.fix_buttons[0].text() == "Use “a room”"
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        qtbot.mouseClick(card.fix_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.review_pending)
    assert window.text() == "😀 My patient in a room is better"
    assert window.findings == []
    assert window.readiness.headline == "Ready to post"
    window.editor.undo()  # the fix is one undo step
    assert window.text() == "😀 My patient in room 412 is better"


def test_show_selects_the_span_and_clicking_the_underline_selects_the_card(qtbot, window):
    set_text(qtbot, window, "Shift notes: an awesome team, patient in room 412.")
    room = card_for_rule(window, "privacy.room-number")
    qtbot.mouseClick(room.show_button, Qt.MouseButton.LeftButton)
    assert window.editor.textCursor().selectedText() == "room 412"
    assert window.panel.selected is room.tracked

    awesome = card_for_rule(window, "conduct.tone")
    cursor = window.editor.textCursor()
    cursor.setPosition(window.text().index("awesome") + 3)
    point = window.editor.cursorRect(cursor).center()
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.panel.selected is awesome.tracked


def test_ignore_asks_why_and_cancel_keeps_the_finding(qtbot, window, monkeypatch):
    set_text(qtbot, window, "An awesome day")
    qtbot.mouseClick(card_for_rule(window, "conduct.tone").ignore_button, Qt.MouseButton.LeftButton)
    assert [f.rule for f in window.findings] == ["conduct.tone"]  # the reason dialog was cancelled
    monkeypatch.setattr(window, "ask_ignore_reason", lambda finding: "Our team's own word")
    qtbot.mouseClick(card_for_rule(window, "conduct.tone").ignore_button, Qt.MouseButton.LeftButton)
    assert window.findings == []
    ((finding, reason),) = window.state.decisions.ignored.values()
    assert (finding.rule, reason) == ("conduct.tone", "Our team's own word")


def test_ignore_hides_the_finding_for_this_draft_only(qtbot, window, monkeypatch):
    monkeypatch.setattr(window, "ask_ignore_reason", lambda finding: "")
    set_text(qtbot, window, "An awesome day")
    qtbot.mouseClick(card_for_rule(window, "conduct.tone").ignore_button, Qt.MouseButton.LeftButton)
    assert window.panel.cards == [] and window.editor.extraSelections() == []
    type_text(qtbot, window, "!")  # reviewed again: still ignored
    assert window.findings == []
    window.new_draft()
    set_text(qtbot, window, "An awesome day")
    assert [f.rule for f in window.findings] == ["conduct.tone"]


def test_f8_goes_to_the_next_finding_and_shift_f8_back(qtbot, window):
    set_text(qtbot, window, "awesome patient in room 412, awesome")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectionStart() == window.text().index("room")
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectionStart() == window.text().rindex("awesome")
    qtbot.keyClick(window.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.textCursor().selectedText() == "room 412"


def test_the_disclaimer_is_inserted_once_and_undone_in_one_step(qtbot, window):
    set_text(qtbot, window, "Thoughts on nurse staffing ratios.")
    wording = window.state.policy.disclaimer_for("x")
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL_SHIFT)
    assert window.text() == f"Thoughts on nurse staffing ratios.\n\n{wording}"
    window.actions.insert_disclaimer.trigger()
    assert window.text().count(wording) == 1
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.text() == "Thoughts on nurse staffing ratios."


def test_the_disclosure_names_the_profile_title(qtbot, window):
    set_text(qtbot, window, "Our new cardiac unit opens Monday.")
    window.actions.insert_disclosure.trigger()
    assert window.text().endswith("Disclosure: I'm a Registered Nurse at Mayo Clinic.")
    window.editor.undo()
    assert window.text() == "Our new cardiac unit opens Monday."


def test_an_append_fix_on_a_card_adds_its_sentence_at_the_end_once(qtbot, make_window):
    sentence = "Views my own, not my employer's."

    def reviewer(text, **_):
        if sentence in text:
            return []
        return [
            Finding(
                rule="voice.missing-disclaimer",
                guideline=2,
                severity="warning",
                start=0,
                end=len(text),
                message="Add the disclaimer.",
                suggestions=(sentence,),
                excerpt=text,
                fix="append",
            )
        ]

    window = make_window(reviewer=reviewer)
    set_text(qtbot, window, "Hospitals need more nurses.")
    button = window.panel.cards[0].fix_buttons[0]
    assert button.text() == "Insert disclaimer"
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        button.click()
    assert window.text() == f"Hospitals need more nurses.\n\n{sentence}"
    assert window.panel.cards == []


def test_copy_for_posting_asks_first_when_errors_remain(qtbot, window, monkeypatch):
    QGuiApplication.clipboard().setText("before")
    set_text(qtbot, window, "My patient in room 412\u00a0is better 😀")
    asked = []
    monkeypatch.setattr(window, "confirm_copy_with_errors", lambda errors: asked.append(errors) or False)
    window.actions.copy_for_posting.trigger()
    assert len(asked) == 1 and asked[0][0].rule == "privacy.room-number"
    assert QGuiApplication.clipboard().text() == "before"

    monkeypatch.setattr(window, "confirm_copy_with_errors", lambda errors: True)
    window.actions.copy_for_posting.trigger()
    assert QGuiApplication.clipboard().text() == "My patient in room 412\u00a0is better 😀"


def test_copy_for_posting_copies_a_clean_draft_without_asking(qtbot, window, monkeypatch, dialogs):
    monkeypatch.setattr(window, "confirm_copy_with_errors", lambda errors: pytest.fail("should not ask"))
    qtbot.keyClicks(window.editor, "Proud of my team")  # the review is still pending: copy waits for it
    with qtbot.waitSignal(window.copiedForPosting, timeout=5000):
        window.copy_for_posting()
    assert QGuiApplication.clipboard().text() == "Proud of my team"


def test_the_copy_question_names_the_errors(qtbot, window, dialogs):
    set_text(qtbot, window, "room 412")
    dialogs.answer = False
    window.copy_for_posting()
    assert "1 error" in dialogs.shown[-1] and "room number" in dialogs.shown[-1]


def test_a_stale_review_is_dropped(qtbot, window, fake_reviewer):
    fake_reviewer.hold_text = "room 412"
    window.set_text("room 412")
    assert fake_reviewer.started.wait(5)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        qtbot.keyClicks(window.editor, " ok")  # a newer text while the old review still runs
        fake_reviewer.release.set()
    assert window.stale_results_dropped >= 1
    assert window.text() == "room 412 ok"
    assert [t.cursor.selectedText() for t in window.editor.tracked] == ["room 412"]


def test_the_review_waits_for_a_pause_in_typing(qtbot, window, fake_reviewer):
    qtbot.keyClicks(window.editor, "abc")
    assert fake_reviewer.calls == []  # not on every key
    qtbot.waitUntil(lambda: len(fake_reviewer.calls) == 1, timeout=REVIEW_PAUSE_MS * 10)
    assert fake_reviewer.calls[0]["text"] == "abc"


def test_a_failing_review_is_reported_without_crashing(qtbot, make_window):
    def broken(text, **_):
        raise RuntimeError("detector bug")

    window = make_window(reviewer=broken)
    window.set_text("anything")
    qtbot.waitUntil(lambda: "detector bug" in window.statusBar().currentMessage())


def test_changing_the_platform_reviews_again_and_recounts(qtbot, window, fake_reviewer):
    set_text(qtbot, window, "Hello")
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.platform_box.setCurrentIndex(window.platform_box.findData("bluesky"))
    assert fake_reviewer.calls[-1]["platform"] == "bluesky"
    assert window.counter.text().startswith("5 / 300")


def test_new_settings_review_the_draft_at_once_with_the_new_profile(qtbot, window, fake_reviewer):
    set_text(qtbot, window, "Hello")
    manager = Profile(roles=frozenset({"manager"}), title="Nurse Manager")
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.apply_settings(Settings(profile=manager))
    assert fake_reviewer.calls[-1]["profile"] == manager


def test_underline_colours_tell_errors_warnings_and_grammar_apart(window):
    palette = window.editor.palette()
    kinds = [
        Finding(rule="a", guideline=1, severity="error", start=0, end=1, message=""),
        Finding(rule="b", guideline=5, severity="warning", start=0, end=1, message=""),
        Finding(rule="c", guideline=5, severity="warning", start=0, end=1, message="", category="grammar"),
    ]
    assert len({finding_colour(f, palette).name() for f in kinds}) == 3


def test_grammar_group_name_is_shown_for_grammar_findings():
    assert GRAMMAR_GROUP == "Grammar & tone"


def test_review_runs_off_the_gui_thread(qtbot, make_window):
    threads = []

    def reviewer(text, **_):
        threads.append(threading.current_thread())
        return []

    window = make_window(reviewer=reviewer)
    set_text(qtbot, window, "Hello")
    assert threads and threads[-1] is not threading.main_thread()

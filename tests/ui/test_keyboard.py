"""Everything is reachable by keyboard, with standard shortcuts, and named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit


def _shortcut(window, name: str) -> str:
    return getattr(window.actions, name).shortcut().toString(QKeySequence.SequenceFormat.PortableText)


def test_standard_and_app_shortcuts(window):
    expected = {
        "new": "Ctrl+N",
        "open": "Ctrl+O",
        "save": "Ctrl+S",
        "quit": "Ctrl+Q",
        "undo": "Ctrl+Z",
        "find": "Ctrl+F",
        "help": "F1",
        "next_finding": "F8",
        "previous_finding": "Shift+F8",
        "insert_disclaimer": "Ctrl+Shift+D",
        "insert_disclosure": "Ctrl+Shift+L",
        "copy_for_posting": "Ctrl+Shift+C",
        "settings": "Ctrl+,",
        "drafts": "Ctrl+Shift+O",
    }
    assert {name: _shortcut(window, name) for name in expected} == expected


def test_no_two_actions_share_a_shortcut(window):
    keys = [s.toString() for action in window.actions.all() for s in action.shortcuts()]
    assert len(keys) == len(set(keys))


def test_every_action_is_in_a_menu(window):
    in_menus = {a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    in_menus |= {
        a
        for menu in window.menuBar().actions()
        for sub in menu.menu().actions()
        if sub.menu()
        for a in sub.menu().actions()
    }
    assert [a.text() for a in window.actions.all() if a not in in_menus] == []


def test_widgets_have_accessible_names(qtbot, window):
    window.set_text("room 412 is awesome")
    qtbot.waitUntil(lambda: len(window.panel.cards) == 2)
    widgets = [window.editor, window.platform_box, window.panel, window.counter, window.readiness_label]
    widgets += window.panel.cards
    widgets += [w for card in window.panel.cards for w in card.findChildren(QAbstractButton)]
    assert [w for w in widgets if not w.accessibleName()] == []
    assert isinstance(window.editor, QPlainTextEdit) and isinstance(window.platform_box, QComboBox)


def test_f6_moves_between_the_editor_and_the_findings(qtbot, window):
    window.set_text("room 412")
    qtbot.waitUntil(lambda: len(window.panel.cards) == 1)
    window.editor.setFocus()
    window.actions.focus_panel.trigger()
    assert window.panel.cards[0].hasFocus()
    qtbot.keyClick(window.panel.cards[0], Qt.Key.Key_Return)  # Enter on a card shows its words
    assert window.editor.textCursor().selectedText() == "room 412"
    window.actions.focus_panel.trigger()
    window.actions.focus_panel.trigger()
    assert window.editor.hasFocus()


def test_find_bar_finds_and_escape_closes_it(qtbot, window):
    window.set_text("one two one")
    window.actions.find.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "one")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectionStart() == 0
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectionStart() == 8
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_no_fixed_pixel_fonts(window):
    """Sizes come from the system font, so the window follows the user's scaling."""
    assert window.panel.headline.font().pointSizeF() > window.font().pointSizeF()
    assert window.editor.font().pixelSize() == -1

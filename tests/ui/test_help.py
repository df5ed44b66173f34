"""F1 Help in plain words (the pack's own guidelines, the colours, the shortcuts, where files are, privacy)
and the About box (versions of the app and of the policy pack)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from composer import __version__
from composer.store.settings import GrammarSettings, Settings, settings_path
from tests.ui.conftest import NURSE


def help_text(qtbot, window) -> str:
    qtbot.keyClick(window.editor, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible())
    return window.help_dialog.browser.toPlainText()


def test_f1_explains_the_packs_guidelines_colours_shortcuts_files_and_privacy(qtbot, window):
    text = " ".join(help_text(qtbot, window).split())
    for guideline in window.state.policy.guidelines.values():
        assert guideline.title in text and " ".join(guideline.summary.split()) in text
    for colour in ("Red", "Amber", "Green", "Blue"):
        assert colour in text
    assert "Next Finding" in text and "F8" in text and "Copy for Posting" in text
    assert str(settings_path()) in text and "keyring" in text
    assert "Nothing is sent anywhere unless a grammar server is configured" in text
    assert "built-in proofreader, so your drafts stay here" in text  # the default: offline
    assert window.text() == ""  # the editor is untouched and stays usable behind the dialog


def test_help_says_when_drafts_do_go_to_a_grammar_server(qtbot, make_window, fake_reviewer):
    grammar = GrammarSettings(mode="server", server_url="https://lt.example.org")
    window = make_window(Settings(profile=NURSE, grammar=grammar), reviewer=fake_reviewer)
    text = help_text(qtbot, window)
    assert "sent there, once you agree" in text and "lt.example.org" in text


def test_about_names_the_version_and_the_policy_pack(window, dialogs):
    window.actions.about.trigger()
    policy = window.state.policy
    shown = dialogs.shown[-1]
    assert shown.startswith("About Composer")
    assert __version__ in shown and policy.name in shown and str(policy.version) in shown

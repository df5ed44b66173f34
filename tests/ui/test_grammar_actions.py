"""What a grammar card lets the user do: apply a suggestion (undoable), add a word to the dictionary,
ignore a rule everywhere; each choice counts at once, is saved, and holds in a new window too."""

from __future__ import annotations

import json
import re

from composer.review import Finding
from composer.store.dictionary import UserDictionary
from composer.store.settings import GrammarSettings, Settings, load_settings
from composer.ui.underlines import is_grammar
from tests.cli.test_check import run
from tests.ui.conftest import NURSE


class ForgetfulChecker:
    """A checker that knows no user dictionary and no ignored rules, so the window itself must honour them.

    Flags "vocera" as a spelling mistake and a doubled "the the" as a repeated word."""

    name = "test proofreader"
    is_remote = False

    def __init__(self) -> None:
        self.checked: list[str] = []

    def check(self, text: str, *, platform: str = "x") -> list[Finding]:
        self.checked.append(text)
        findings = [
            _finding("proofreader.spelling", m, "May be misspelt.", ("voter",)) for m in re.finditer("vocera", text)
        ]
        findings += [
            _finding("proofreader.repeated-word", m, "Repeated.", ("the",)) for m in re.finditer("the the", text)
        ]
        return sorted(findings, key=lambda f: f.start)

    def close(self) -> None:
        pass


def _finding(rule: str, match: re.Match, message: str, suggestions: tuple[str, ...]) -> Finding:
    return Finding(
        rule=rule,
        guideline=5,
        severity="info",
        start=match.start(),
        end=match.end(),
        message=message,
        suggestions=suggestions,
        excerpt=match.group(),
        category="grammar",
    )


def grammar_window(qtbot, make_window, fake_reviewer, text: str, settings: Settings | None = None):
    checker = ForgetfulChecker()
    window = make_window(settings, reviewer=fake_reviewer, grammar_factory=lambda s: checker)
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: test proofreader")
    window.set_text(text)
    settle(qtbot, window, checker, text)
    return window, checker


def settle(qtbot, window, checker: ForgetfulChecker, text: str) -> None:
    """Wait until `text` was reviewed and grammar-checked and both answers are shown."""
    qtbot.waitUntil(
        lambda: (
            bool(checker.checked)
            and checker.checked[-1] == text
            and not window.grammar.busy
            and not window.review_pending
        )
    )


def grammar_rules(window) -> list[str]:
    return [f.rule for f in window.findings if is_grammar(f)]


def card(window, rule: str):
    return next(c for c in window.panel.cards if c.tracked.finding.rule == rule)


def test_spelling_cards_offer_the_dictionary_other_grammar_cards_only_ignore_rule(qtbot, make_window, fake_reviewer):
    window, _ = grammar_window(qtbot, make_window, fake_reviewer, "My vocera buzzed in the the hall, room 412")
    qtbot.waitUntil(lambda: len(grammar_rules(window)) == 2)
    spelling, repeated = card(window, "proofreader.spelling"), card(window, "proofreader.repeated-word")
    assert spelling.add_word_button.accessibleName() == "Add to dictionary"
    assert spelling.ignore_rule_button is not None
    assert repeated.add_word_button is None and repeated.ignore_rule_button.text() == "Ignore rule"
    policy = card(window, "privacy.room-number")
    assert policy.add_word_button is None and policy.ignore_rule_button is None


def test_add_to_dictionary_drops_the_finding_at_once_and_for_good(qtbot, make_window, fake_reviewer):
    text = "My vocera buzzed all night. The vocera again!"
    window, checker = grammar_window(qtbot, make_window, fake_reviewer, text)
    qtbot.waitUntil(lambda: grammar_rules(window).count("proofreader.spelling") == 2)
    card(window, "proofreader.spelling").add_word_button.click()
    assert grammar_rules(window) == []  # both, without waiting for another check
    assert not any(c.tracked.finding.rule == "proofreader.spelling" for c in window.panel.cards)
    assert "vocera" in UserDictionary()  # saved in the user's dictionary file

    window.set_text(text + " ")  # reviewed and checked again: the checker still flags it, the window does not
    settle(qtbot, window, checker, text + " ")
    assert grammar_rules(window) == []
    window.close()

    again, _ = grammar_window(qtbot, make_window, fake_reviewer, text)  # a new window, after a restart
    assert grammar_rules(again) == []


def test_the_real_proofreader_in_the_window_accepts_an_added_word(qtbot, make_window, fake_reviewer, tmp_path):
    from composer.ui.main_window import _DEFAULT

    text = "My vocera badge buzzed all night."
    post = tmp_path / "post.txt"
    post.write_text(text, encoding="utf-8")
    _, before, _ = run([str(post), "--grammar", "--format", "json"])
    assert "vocera" in [f["excerpt"] for f in json.loads(before)["results"][0]["findings"]]

    window = make_window(reviewer=fake_reviewer, grammar_factory=_DEFAULT)  # the app's own offline proofreader
    window.set_text(text)
    qtbot.waitUntil(lambda: "proofreader.spelling" in grammar_rules(window), timeout=10_000)
    card(window, "proofreader.spelling").add_word_button.click()
    window.set_text(text + " Yes.")
    qtbot.waitUntil(lambda: not window.review_pending and not window.grammar.busy, timeout=10_000)
    assert "proofreader.spelling" not in grammar_rules(window)

    _, after, _ = run([str(post), "--grammar", "--format", "json"])
    assert "vocera" not in [f["excerpt"] for f in json.loads(after)["results"][0]["findings"]]


def test_ignore_rule_hides_every_finding_of_the_rule_and_is_saved(qtbot, make_window, fake_reviewer):
    text = "Loved the the team. Then the the vocera beeped."
    window, checker = grammar_window(qtbot, make_window, fake_reviewer, text)
    qtbot.waitUntil(lambda: grammar_rules(window).count("proofreader.repeated-word") == 2)
    card(window, "proofreader.repeated-word").ignore_rule_button.click()
    assert grammar_rules(window) == ["proofreader.spelling"]  # both repeats gone at once, the rest stays
    saved = load_settings().settings
    assert saved.grammar.ignored_rules == ("proofreader.repeated-word",)
    assert saved.profile == window.state.settings.profile  # the rest of the settings kept as they were

    window.set_text(text + " ")
    settle(qtbot, window, checker, text + " ")
    assert grammar_rules(window) == ["proofreader.spelling"]
    window.close()

    again, _ = grammar_window(qtbot, make_window, fake_reviewer, text, settings=load_settings().settings)
    qtbot.waitUntil(lambda: grammar_rules(again) == ["proofreader.spelling"])

    # Settings › Grammar › "Stop ignoring grammar rules": the rule's findings come back.
    back = load_settings().settings
    again.apply_settings(Settings(profile=back.profile, grammar=GrammarSettings(mode=back.grammar.mode)))
    qtbot.waitUntil(lambda: grammar_rules(again).count("proofreader.repeated-word") == 2)


def test_a_grammar_suggestion_replaces_the_words_in_one_undo_step(qtbot, make_window, fake_reviewer):
    text = "My vocera buzzed."
    window, _ = grammar_window(qtbot, make_window, fake_reviewer, text, settings=Settings(profile=NURSE))
    qtbot.waitUntil(lambda: "proofreader.spelling" in grammar_rules(window))
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        card(window, "proofreader.spelling").fix_buttons[0].click()
    assert window.text() == "My voter buzzed."
    window.editor.undo()
    assert window.text() == text
    window.editor.redo()
    assert window.text() == "My voter buzzed."


def test_a_dictionary_that_cannot_be_written_leaves_the_finding_and_says_why(
    qtbot, make_window, fake_reviewer, monkeypatch
):
    from composer.store.dictionary import DictionaryError

    window, _ = grammar_window(qtbot, make_window, fake_reviewer, "My vocera buzzed.")
    qtbot.waitUntil(lambda: "proofreader.spelling" in grammar_rules(window))

    def refuse(word):
        raise DictionaryError("dictionary.txt: the word could not be saved (disk full)")

    monkeypatch.setattr(window.dictionary, "add", refuse)
    card(window, "proofreader.spelling").add_word_button.click()
    assert "proofreader.spelling" in grammar_rules(window)
    assert "could not be saved" in window.statusBar().currentMessage()

"""The grammar checker in the window: off the GUI thread, merged as blue underlines and its own cards,
its state in the status bar, and nothing sent to a remote server without consent."""

from __future__ import annotations

import re

from composer.review import Finding
from composer.store.settings import GrammarSettings, Settings
from composer.ui.panel import GRAMMAR_GROUP
from composer.ui.underlines import is_grammar


class FakeChecker:
    def __init__(self, *, remote: bool = False, fail: Exception | None = None) -> None:
        self.name = "grammar server" if remote else "offline proofreader"
        self.is_remote = remote
        self.fail = fail
        self.checked: list[str] = []
        self.platforms: list[str] = []
        self.closed = False

    def check(self, text: str, *, platform: str = "x") -> list[Finding]:
        if self.fail:
            raise self.fail
        self.checked.append(text)
        self.platforms.append(platform)
        return [
            Finding(
                rule="grammar.teh",
                guideline=5,
                severity="warning",
                start=m.start(),
                end=m.end(),
                message="Possible spelling mistake.",
                suggestions=("the",),
                excerpt=m.group(),
                category="grammar",
            )
            for m in re.finditer(r"\bteh\b", text)
        ]

    def close(self) -> None:
        self.closed = True


def test_grammar_findings_become_their_own_cards_and_underlines(qtbot, make_window, fake_reviewer):
    checker = FakeChecker()
    window = make_window(reviewer=fake_reviewer, grammar_factory=lambda settings: checker)
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: offline proofreader")
    window.set_text("teh patient in room 412")
    qtbot.waitUntil(lambda: any(is_grammar(f) for f in window.findings))
    groups = {card.accessibleDescription().split(". ", 1)[1] for card in window.panel.cards}
    assert GRAMMAR_GROUP in groups
    assert window.readiness.summary == "1 error · 1 grammar suggestion"
    assert window.grammar_status.label.text() == "Grammar: offline proofreader"


def test_a_failing_checker_offers_retry(qtbot, make_window, fake_reviewer):
    attempts = []

    def factory(settings):
        attempts.append(settings)
        if len(attempts) == 1:
            raise ConnectionError("server unreachable")
        return FakeChecker()

    window = make_window(reviewer=fake_reviewer, grammar_factory=factory)
    qtbot.waitUntil(lambda: window.grammar_status.retry.isVisibleTo(window))
    assert "failed" in window.grammar_status.label.text()
    window.grammar_status.retry.click()
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: offline proofreader")
    assert not window.grammar_status.retry.isVisibleTo(window)


def test_remote_checks_wait_for_consent_which_is_asked_once_and_saved(qtbot, make_window, fake_reviewer, monkeypatch):
    checker = FakeChecker(remote=True)
    saved = []
    monkeypatch.setattr("composer.store.settings.save_settings", lambda settings, *a, **k: saved.append(settings))
    asked = []
    grammar = GrammarSettings(mode="server", server_url="https://lt.example.org")
    window = make_window(Settings(grammar=grammar), reviewer=fake_reviewer, grammar_factory=lambda s: checker)
    monkeypatch.setattr(window, "confirm_remote_grammar", lambda server: asked.append(server) or True)
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: grammar server")
    window.set_text("teh plan")
    qtbot.waitUntil(lambda: checker.checked == ["teh plan"])
    window.set_text("teh plan, again")
    qtbot.waitUntil(lambda: len(checker.checked) == 2)
    assert asked == ["https://lt.example.org"]
    assert saved[-1].grammar.remote_consent == ("https://lt.example.org",)


def test_declining_consent_sends_nothing(qtbot, make_window, fake_reviewer, monkeypatch):
    checker = FakeChecker(remote=True)
    grammar = GrammarSettings(mode="server", server_url="https://lt.example.org")
    window = make_window(Settings(grammar=grammar), reviewer=fake_reviewer, grammar_factory=lambda s: checker)
    monkeypatch.setattr(window, "confirm_remote_grammar", lambda server: False)
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: grammar server")
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.set_text("teh plan")
    qtbot.waitUntil(lambda: "not approved" in window.grammar.state)
    assert checker.checked == []


def test_a_draft_with_patient_details_is_not_sent_until_confirmed(qtbot, make_window, fake_reviewer, monkeypatch):
    checker = FakeChecker(remote=True)
    grammar = GrammarSettings(
        mode="server", server_url="https://lt.example.org", remote_consent=("https://lt.example.org",)
    )
    window = make_window(Settings(grammar=grammar), reviewer=fake_reviewer, grammar_factory=lambda s: checker)
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: grammar server")
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.set_text("teh patient in room 412")
    qtbot.waitUntil(lambda: window.grammar_status.send_anyway.isVisibleTo(window))
    assert checker.checked == []
    monkeypatch.setattr(window, "confirm_send_private", lambda: True)
    window.grammar_status.send_anyway.click()
    qtbot.waitUntil(lambda: checker.checked == ["teh patient in room 412"])
    window.set_text("room 413 teh")  # the same draft: confirmed once is enough
    qtbot.waitUntil(lambda: len(checker.checked) == 2)
    window.new_draft()
    window.set_text("room 414 teh")  # a new draft asks again
    qtbot.waitUntil(lambda: window.grammar_status.send_anyway.isVisibleTo(window))
    assert len(checker.checked) == 2


def test_without_a_grammar_module_the_window_still_works(qtbot, make_window, fake_reviewer):
    window = make_window(reviewer=fake_reviewer, grammar_factory=None)
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.set_text("room 412")
    assert not window.grammar_status.isVisibleTo(window)


def test_premium_consent_is_for_the_premium_service_not_an_old_server_address():
    from composer.grammar import has_remote_consent
    from composer.grammar.languagetool import PREMIUM_BASE_URL
    from composer.ui.grammar_bridge import consent_key, has_consent

    old = GrammarSettings(
        mode="premium", server_url="https://lt.example.org", remote_consent=("https://lt.example.org",)
    )
    assert consent_key(old) == PREMIUM_BASE_URL
    assert not has_consent(old) and not has_remote_consent(old)  # the window and `composer check` agree
    agreed = GrammarSettings(mode="premium", server_url="https://lt.example.org", remote_consent=(PREMIUM_BASE_URL,))
    assert has_consent(agreed)
    server = GrammarSettings(mode="server", server_url="lt.example.org", remote_consent=("https://lt.example.org/v2",))
    assert consent_key(server) == "lt.example.org" and has_consent(server)


def test_premium_with_an_old_consented_server_asks_before_sending(qtbot, make_window, fake_reviewer, monkeypatch):
    from composer.grammar.languagetool import PREMIUM_BASE_URL

    checker = FakeChecker(remote=True)
    grammar = GrammarSettings(
        mode="premium", server_url="https://lt.example.org", remote_consent=("https://lt.example.org",)
    )
    window = make_window(Settings(grammar=grammar), reviewer=fake_reviewer, grammar_factory=lambda s: checker)
    asked = []
    monkeypatch.setattr(window, "confirm_remote_grammar", lambda server: asked.append(server) or False)
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: grammar server")
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.set_text("teh plan")
    qtbot.waitUntil(lambda: "not approved" in window.grammar.state)
    assert asked == [PREMIUM_BASE_URL]
    assert checker.checked == []


def test_the_grammar_checker_is_told_the_platform(qtbot, make_window, fake_reviewer):
    checker = FakeChecker()
    window = make_window(Settings(platform="linkedin"), reviewer=fake_reviewer, grammar_factory=lambda s: checker)
    qtbot.waitUntil(lambda: window.grammar.state == "Grammar: offline proofreader")
    window.set_text("teh plan")
    qtbot.waitUntil(lambda: checker.checked == ["teh plan"])
    assert checker.platforms == ["linkedin"]

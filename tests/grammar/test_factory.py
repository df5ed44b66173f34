"""Choosing a checker from the settings, and `composer check --grammar`'s consent and fallback rules."""

from __future__ import annotations

import pytest

from composer.grammar import (
    GrammarChecker,
    OfflineProofreader,
    check_for_cli,
    create_checker,
    has_remote_consent,
)
from composer.store.dictionary import UserDictionary
from composer.store.settings import GrammarSettings, Settings
from tests.grammar.fake_languagetool import running_fake


@pytest.mark.parametrize(
    ("mode", "remote", "has_endpoint"),
    [("off", False, False), ("offline", False, False), ("local", False, False), ("server", True, True),
     ("premium", True, True)],
)  # fmt: skip
def test_each_mode_says_whether_text_leaves_the_computer(mode, remote, has_endpoint):
    address = "https://lt.example.org" if mode == "server" else ""
    checker = create_checker(GrammarSettings(mode=mode, server_url=address))
    assert isinstance(checker, GrammarChecker)
    assert checker.name
    assert checker.is_remote is remote
    assert bool(checker.endpoint) is has_endpoint
    checker.close()
    checker.close()  # closing twice is harmless


def test_off_finds_nothing():
    assert create_checker(GrammarSettings(mode="off")).check("teh the the") == []


def test_offline_is_the_proofreader_and_honours_ignored_rules(tmp_path):
    settings = GrammarSettings(mode="offline", ignored_rules=("proofreader.repeated-word",))
    checker = create_checker(settings, dictionary=UserDictionary(tmp_path / "d.txt"))
    assert isinstance(checker, OfflineProofreader)
    rules = {f.rule for f in checker.check("We saw the the patient tommorow.")}
    assert rules == {"proofreader.spelling"}


def test_consent_matches_the_server_however_it_was_typed():
    settings = GrammarSettings(
        mode="server", server_url="lt.example.org", remote_consent=("https://lt.example.org/v2/",)
    )
    assert has_remote_consent(settings)
    assert not has_remote_consent(GrammarSettings(mode="server", server_url="lt.example.org"))
    assert has_remote_consent(GrammarSettings(mode="offline"))
    assert not has_remote_consent(GrammarSettings(mode="premium", remote_consent=("https://lt.example.org",)))
    assert has_remote_consent(GrammarSettings(mode="premium", remote_consent=("https://api.languagetoolplus.com",)))


def test_cli_without_consent_sends_nothing_and_says_where_consent_is_given():
    with running_fake() as fake:
        settings = Settings(grammar=GrammarSettings(mode="server", server_url=fake.url))
        findings, note = check_for_cli("teh text", settings)
    assert findings == []
    assert "consent" in note and "settings" in note
    assert fake.requests == []


def test_cli_with_consent_uses_the_server():
    with running_fake() as fake:
        settings = Settings(grammar=GrammarSettings(mode="server", server_url=fake.url, remote_consent=(fake.url,)))
        findings, note = check_for_cli("Read teh chart.", settings)
    assert note is None
    assert [f.rule for f in findings] == ["grammar.MORFOLOGIK_RULE_EN_US"]


def test_cli_falls_back_to_the_offline_proofreader_when_the_server_fails():
    with running_fake() as fake:
        fake.status = 500
        settings = Settings(grammar=GrammarSettings(mode="server", server_url=fake.url, remote_consent=(fake.url,)))
        findings, note = check_for_cli("We checked the the chart.", settings)
    assert "HTTP 500" in note and "offline proofreader" in note
    assert [f.rule for f in findings] == ["proofreader.repeated-word"]


def test_cli_falls_back_when_local_languagetool_is_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing-here"))
    monkeypatch.setattr("composer.grammar.local.shutil.which", lambda name: None)
    findings, note = check_for_cli("The the chart.", Settings(grammar=GrammarSettings(mode="local")))
    assert "Java" in note and "offline proofreader" in note
    assert [f.rule for f in findings] == ["proofreader.repeated-word"]


def test_cli_offline_uses_the_platform_from_the_settings():
    text = "Many thx for the support"
    on_linkedin, _ = check_for_cli(text, Settings(platform="linkedin"))
    on_x, _ = check_for_cli(text, Settings(platform="x"))
    assert [f.rule for f in on_linkedin] == ["proofreader.text-speak"]
    assert on_x == []


def test_cli_with_grammar_off_says_so():
    findings, note = check_for_cli("teh", Settings(grammar=GrammarSettings(mode="off")))
    assert findings == [] and "off" in note

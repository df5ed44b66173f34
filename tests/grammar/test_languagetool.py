"""The LanguageTool adapter against a fake server speaking LanguageTool's real /v2/check JSON."""

from __future__ import annotations

import time

import pytest

from composer.grammar import GrammarUnavailable, LanguageToolHttpChecker, create_checker, findings_from_response
from composer.grammar.languagetool import check_url
from composer.store.dictionary import UserDictionary
from composer.store.settings import GrammarSettings
from tests.grammar.fake_languagetool import languagetool_answer, running_fake


@pytest.fixture
def fake():
    with running_fake() as server:
        yield server


def _checker(url: str, **options) -> LanguageToolHttpChecker:
    return LanguageToolHttpChecker(url, **options)


def test_findings_carry_code_point_offsets_after_emoji_and_accents(fake):
    text = "Night shift 🌙😴 at the café: teh patients were calm. Nguyễn and I agree agree."
    findings = _checker(fake.url).check(text)
    excerpts = {f.rule: text[f.start : f.end] for f in findings}
    assert excerpts["grammar.MORFOLOGIK_RULE_EN_US"] == "teh"
    assert excerpts["grammar.ENGLISH_WORD_REPEAT_RULE"] == "agree agree"
    spelling = next(f for f in findings if f.rule == "grammar.MORFOLOGIK_RULE_EN_US")
    assert spelling.suggestions[0] == "the"
    assert spelling.excerpt == "teh"


def test_findings_are_grammar_advice_that_never_blocks_posting(fake):
    findings = _checker(fake.url).check("I saw teh very unique case.")
    assert {f.category for f in findings} == {"grammar", "style"}
    for finding in findings:
        assert finding.guideline == 5
        assert finding.severity.value == "info"
        assert finding.message


def test_style_issues_are_marked_as_style(fake):
    findings = _checker(fake.url).check("A very unique approach.")
    assert [(f.rule, f.category) for f in findings] == [("grammar.EN_UNIQUE_VERY", "style")]


def test_the_request_is_a_post_to_v2_check_with_text_and_language(fake):
    _checker(fake.url, language="en-GB").check("Fine text.")
    assert fake.paths == ["/v2/check"]
    assert fake.requests[0]["text"] == "Fine text."
    assert fake.requests[0]["language"] == "en-GB"
    assert "apiKey" not in fake.requests[0]


def test_empty_text_is_not_sent(fake):
    assert _checker(fake.url).check("  \n") == []
    assert fake.requests == []


def test_server_error_is_reported_in_plain_words(fake):
    fake.status = 500
    with pytest.raises(GrammarUnavailable, match=r"internal error \(HTTP 500\)"):
        _checker(fake.url).check("Some text.")


def test_refused_request_mentions_credentials(fake):
    fake.status = 403
    with pytest.raises(GrammarUnavailable, match="username and API key"):
        _checker(fake.url).check("Some text.")


def test_slow_server_times_out_quickly_instead_of_hanging(fake):
    fake.delay = 10.0
    checker = _checker(fake.url, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(GrammarUnavailable, match=r"did not answer within 0\.5 seconds"):
        checker.check("Some text.")
    assert time.monotonic() - started < 3.0


def test_default_timeout_is_a_few_seconds(fake):
    checker = create_checker(GrammarSettings(mode="server", server_url=fake.url))
    assert 1.0 <= checker.timeout <= 10.0


def test_nothing_listening_gives_a_clear_message():
    with running_fake() as gone:
        url = gone.url
    started = time.monotonic()
    with pytest.raises(GrammarUnavailable, match="Nothing is answering"):
        _checker(url, timeout=2.0).check("Some text.")
    assert time.monotonic() - started < 3.0


def test_an_answer_that_is_not_languagetool_json_is_reported(fake):
    fake.raw_body = b"<html>Welcome to nginx</html>"
    with pytest.raises(GrammarUnavailable, match="not like a LanguageTool server"):
        _checker(fake.url).check("Some text.")


def test_unknown_host_name_is_reported():
    with pytest.raises(GrammarUnavailable):
        _checker("http://grammar.invalid", timeout=2.0).check("Some text.")


def test_missing_server_address_is_reported_when_checking():
    checker = create_checker(GrammarSettings(mode="server", server_url=""))
    with pytest.raises(GrammarUnavailable, match="No LanguageTool server address"):
        checker.check("Some text.")


def test_words_in_the_user_dictionary_or_clinical_list_are_not_misspellings(fake, tmp_path):
    dictionary = UserDictionary(tmp_path / "dictionary.txt")
    dictionary.add("Nguyen")
    checker = create_checker(GrammarSettings(mode="server", server_url=fake.url), dictionary=dictionary)
    findings = checker.check("Nguyen gave the meds q6h and teh rest.")
    assert [f.excerpt for f in findings] == ["teh"]


def test_ignored_rules_are_filtered_and_disabled_on_the_server(fake, tmp_path):
    settings = GrammarSettings(mode="server", server_url=fake.url, ignored_rules=("grammar.ENGLISH_WORD_REPEAT_RULE",))
    checker = create_checker(settings, dictionary=UserDictionary(tmp_path / "d.txt"))
    findings = checker.check("We agree agree on teh plan.")
    assert [f.rule for f in findings] == ["grammar.MORFOLOGIK_RULE_EN_US"]
    assert fake.requests[0]["disabledRules"] == "ENGLISH_WORD_REPEAT_RULE"


def test_tone_hints_are_added_for_the_platform(fake, tmp_path):
    settings = GrammarSettings(mode="server", server_url=fake.url)
    checker = create_checker(settings, dictionary=UserDictionary(tmp_path / "d.txt"))
    text = "thx to all u amazing nurses!!!"
    on_linkedin = {f.rule for f in checker.check(text, platform="linkedin")}
    on_x = {f.rule for f in checker.check(text, platform="x")}
    assert "proofreader.text-speak" in on_linkedin
    assert "proofreader.text-speak" not in on_x
    assert "proofreader.exclamations" in on_x


def test_malformed_matches_are_skipped_not_crashing():
    text = "Some text here."
    payload = languagetool_answer("teh")
    payload["matches"] = [
        {"offset": 5, "length": 4, "message": "ok", "replacements": [{"value": "words"}], "rule": {"id": "X"}},
        {"offset": "5", "length": 4},
        {"offset": 10, "length": 500, "rule": {"id": "TOO_LONG"}},
        "nonsense",
    ]
    findings = findings_from_response(text, payload)
    assert [(f.rule, f.excerpt, tuple(f.suggestions)) for f in findings] == [("grammar.X", "text", ("words",))]


def test_answer_without_matches_is_not_languagetool():
    with pytest.raises(GrammarUnavailable):
        findings_from_response("text", {"error": "oops"})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lt.example.org", "https://lt.example.org/v2/check"),
        ("https://lt.example.org/", "https://lt.example.org/v2/check"),
        ("https://lt.example.org/v2", "https://lt.example.org/v2/check"),
        ("https://lt.example.org/v2/check", "https://lt.example.org/v2/check"),
        ("localhost:8081", "http://localhost:8081/v2/check"),
        ("http://10.0.0.5:8010/languagetool/", "http://10.0.0.5:8010/languagetool/v2/check"),
    ],
)
def test_server_addresses_are_normalised(typed, expected):
    assert check_url(typed) == expected


def test_non_web_address_is_refused():
    with pytest.raises(GrammarUnavailable):
        check_url("ftp://lt.example.org")

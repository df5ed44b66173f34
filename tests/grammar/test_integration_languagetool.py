"""Against a real LanguageTool, when one is available: a server named in COMPOSER_LT_SERVER, or a local
install (Java 17+ and an unpacked LanguageTool in language-tool-python's folder). Skipped otherwise."""

from __future__ import annotations

import os

import pytest

from composer.grammar import create_checker, local_problem
from composer.store.dictionary import UserDictionary
from composer.store.settings import GrammarSettings

TEXT = "Night shift 🌙😴 done. This is teh best team, and we we did it."


def _settings() -> GrammarSettings:
    server = os.environ.get("COMPOSER_LT_SERVER", "").strip()
    if server:
        return GrammarSettings(mode="local", server_url=server)
    problem = local_problem()
    if problem:
        pytest.skip(f"no real LanguageTool here (set COMPOSER_LT_SERVER to a server's address, or: {problem})")
    return GrammarSettings(mode="local")


@pytest.mark.slow
def test_real_languagetool_finds_mistakes_at_the_right_places(tmp_path):
    checker = create_checker(_settings(), dictionary=UserDictionary(tmp_path / "dictionary.txt"))
    try:
        findings = checker.check(TEXT)
    finally:
        checker.close()
    by_excerpt = {TEXT[f.start : f.end]: f for f in findings}
    assert "teh" in by_excerpt, findings
    assert "the" in by_excerpt["teh"].suggestions
    assert by_excerpt["teh"].rule.startswith("grammar.")
    assert any("we we" in TEXT[f.start : f.end] for f in findings)
    assert all(f.severity.value == "info" and f.guideline == 5 for f in findings)

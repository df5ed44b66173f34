"""The policy pack loader: the bundled pack loads, and a bad pack says file, line and problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from composer.paths import bundled_policy_path
from composer.review import PolicyError, bundled_policy, load_policy, review
from composer.review.checks import CHECKS

BUNDLED = bundled_policy_path().read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_pack_loads_with_all_ten_guidelines_and_platforms():
    policy = bundled_policy()
    assert policy.name == "Mayo Clinic"
    assert sorted(policy.guidelines) == list(range(1, 11))
    assert "my own" in policy.disclaimer and "my employer" in policy.disclaimer
    assert set(policy.platforms) >= {"x", "linkedin", "bluesky", "blog"}
    assert policy.platforms["x"].limit == 280
    assert {check.SECTION for check in CHECKS} <= set(policy.sections)


def test_every_detector_declares_rules_that_the_pack_describes():
    policy = bundled_policy()
    for check in CHECKS:
        section = policy.sections[check.SECTION]
        assert set(section.rules) == set(check.RULES)
        for rule in section.rules.values():
            assert rule.message.strip(), f"{check.SECTION}: empty message"


def test_invalid_toml_names_file_and_line(tmp_path):
    path = write(tmp_path, BUNDLED.replace('name = "Mayo Clinic"', 'name = "Mayo Clinic', 1))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.path == str(path)
    assert info.value.line == BUNDLED.splitlines().index('name = "Mayo Clinic"') + 1
    assert "not valid TOML" in str(info.value)


def test_missing_field_is_named(tmp_path):
    text = re.sub(r"(?m)^limit = 280\n", "", BUNDLED, count=1)
    with pytest.raises(PolicyError, match=r"missing field 'platforms\.x\.limit'") as info:
        load_policy(write(tmp_path, text))
    assert info.value.line is not None


def test_unknown_field_is_an_error_not_ignored(tmp_path):
    text = BUNDLED.replace("[pack]\n", "[pack]\nnmae = 'typo'\n", 1)
    with pytest.raises(PolicyError, match=r"unknown field 'pack\.nmae'"):
        load_policy(write(tmp_path, text))


def test_wrong_type_and_bad_severity_are_explained(tmp_path):
    with pytest.raises(PolicyError, match=r"'platforms\.x\.limit' must be a whole number"):
        load_policy(write(tmp_path, BUNDLED.replace("limit = 280", 'limit = "280"', 1)))
    text = BUNDLED.replace('severity = "warning"', 'severity = "fatal"', 1)
    with pytest.raises(PolicyError, match="must be one of error, warning, info"):
        load_policy(write(tmp_path, text))


def test_bad_regular_expression_is_reported(tmp_path):
    text = BUNDLED.replace("false_friends = [", 'false_friends = [\n  "(unclosed",', 1)
    with pytest.raises(PolicyError, match="not a valid regular expression"):
        load_policy(write(tmp_path, text))


def test_missing_guideline_is_reported(tmp_path):
    text = BUNDLED.replace("number = 7\n", "number = 77\n", 1)
    with pytest.raises(PolicyError, match=r"guidelines \[7\] are missing"):
        load_policy(write(tmp_path, text))


def test_unreadable_files(tmp_path):
    with pytest.raises(PolicyError, match="file not found"):
        load_policy(tmp_path / "absent.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes("name = 'Clínica'".encode("latin-1"))
    with pytest.raises(PolicyError, match="not UTF-8"):
        load_policy(latin1)


def test_a_pack_can_rename_the_employer(tmp_path):
    """An organisation adapts the app by editing data: another employer's name is recognised."""
    text = BUNDLED.replace('"Mayo Clinic Health System",', '"Mayo Clinic Health System",\n  "Lakeside General",', 1)
    policy = load_policy(write(tmp_path, text))
    assert any(m.text == "Lakeside General" for m in _mentions(policy, "I love Lakeside General"))
    assert review("hello", policy=policy) == []


def _mentions(policy, text):
    from composer.review.text import EmployerMatcher

    return EmployerMatcher(policy.employer).mentions(text)

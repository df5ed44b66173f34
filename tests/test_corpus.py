"""The reviewer on the labelled drafts: recall and false raises per guideline.

The figures are the ones ../shared/tools/score.py prints. The thresholds are the project's
acceptance bars; raise them as the detectors improve, never lower them to pass.
"""

from __future__ import annotations

import pytest

from tests.corpus import CORPUS, GUIDELINES, load_cases, score

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"labelled corpus not found at {CORPUS}")


@pytest.fixture(scope="module")
def result():
    return score(load_cases())


def test_macro_recall_and_false_raise_rate(result):
    assert result.macro_recall >= 0.80, result.misses
    assert result.false_raise_rate <= 0.05, result.misses


def test_guideline_1_privacy(result):
    assert result.recall(1) >= 0.95, [m for m in result.misses if m.endswith(" 1")]
    assert result.false_rate(1) <= 0.03, [m for m in result.misses if m.endswith(" 1")]


@pytest.mark.parametrize("guideline", [g for g in GUIDELINES if g != 1])
def test_guidelines_2_and_4_to_10_recall(result, guideline):
    misses = [m for m in result.misses if m.endswith(f" {guideline}")]
    assert result.recall(guideline) >= 0.90, misses


def test_overall_false_raises_and_clean_drafts(result):
    assert result.false_raise_rate <= 0.03, result.misses
    assert result.clean_pass >= 0.95, result.misses

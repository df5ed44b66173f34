"""The development sets the detectors were broadened on stay caught (a regression guard).

The validation sets under tests/data/validation are deliberately not asserted here: they are for
honest measurement with score.py, and a test would invite tuning on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import GUIDELINES, load_cases, score

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["heldout", "dev2", "dev3", "dev4"])
def test_development_set_stays_caught(name):
    result = score(load_cases(DATA / f"{name}.jsonl"))
    low = {g: round(result.recall(g), 2) for g in GUIDELINES if result.recall(g) < 0.90}
    assert not low, (low, result.misses)
    assert result.false_raise_rate <= 0.01, result.misses
    assert result.clean_pass >= 0.95, result.misses

"""How fast review() is (run on demand: `pytest tests/benchmarks --benchmark-only`).

Targets: a 3,000-character draft in <= 5 ms median; a 1 MB paste in <= 2 s; cost linear in length.
"""

from __future__ import annotations

import time

import pytest

from composer.review import Profile, review
from tests.corpus import CORPUS, load_cases

PROFILE = Profile(roles=frozenset({"patient-care", "manager"}), title="Charge Nurse", handles=("@jen_rn",))


def _draft(length: int) -> str:
    """Realistic text: the labelled drafts joined until long enough."""
    texts = [c["text"] for c in load_cases()] if CORPUS.exists() else ["My patient in room 4 is better today."]
    out = []
    size = 0
    while size < length:
        for text in texts:
            out.append(text)
            size += len(text) + 2
            if size >= length:
                break
    return "\n\n".join(out)[:length]


@pytest.mark.benchmark(group="review")
def test_review_3000_characters(benchmark):
    text = _draft(3000)
    review(text, profile=PROFILE, platform="linkedin")  # warm the pack and pattern caches
    benchmark(review, text, profile=PROFILE, platform="linkedin")
    assert benchmark.stats["median"] <= 0.005


@pytest.mark.benchmark(group="review")
def test_review_one_megabyte_paste(benchmark):
    text = _draft(1_000_000)
    review("warm", profile=PROFILE)
    benchmark.pedantic(review, args=(text,), kwargs={"profile": PROFILE, "platform": "blog"}, rounds=3, iterations=1)
    assert benchmark.stats["median"] <= 2.0


@pytest.mark.benchmark(group="review")
def test_review_cost_grows_linearly(benchmark):
    def timed(length: int) -> float:
        text = _draft(length)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            review(text, profile=PROFILE, platform="blog")
            best = min(best, time.perf_counter() - start)
        return best

    small, large = benchmark.pedantic(lambda: (timed(50_000), timed(500_000)), rounds=1, iterations=1)
    ratio = large / small
    print(f"\n50k chars: {small * 1000:.1f} ms, 500k chars: {large * 1000:.1f} ms, ratio {ratio:.1f} (linear = 10)")
    assert ratio < 16

"""How fast the drafts library is with 1,000 drafts (run on demand: `pytest tests/benchmarks --benchmark-only`).

Targets: listing and searching 1,000 encrypted drafts in < 100 ms (search decrypts every text in
memory); saving and autosaving a 3,000-character draft fast enough to do on the GUI thread.
"""

from __future__ import annotations

import itertools

import pytest

from composer.store.drafts import DraftStore
from tests.corpus import CORPUS, load_cases

DRAFT_COUNT = 1000
PLATFORMS = ("x", "linkedin", "facebook", "instagram", "threads", "bluesky", "mastodon")


def _texts() -> list[str]:
    """Realistic drafts of varied length: labelled corpus texts, some joined into longer posts."""
    base = [c["text"] for c in load_cases()] if CORPUS.exists() else ["Proud of the team on the ward today 💙"]
    texts = []
    for number in range(DRAFT_COUNT):
        parts = [base[(number + k) % len(base)] for k in range(1 + number % 6)]
        texts.append(f"Draft {number}: " + "\n\n".join(parts))
    return texts


@pytest.fixture
def library():
    store = DraftStore.open()
    for number, text in enumerate(_texts()):
        store.new(text, platform=PLATFORMS[number % len(PLATFORMS)], readiness="Ready")
    yield store
    store.close()


@pytest.mark.benchmark(group="drafts")
def test_list_1000_drafts(benchmark, library):
    listed = benchmark(library.list_drafts)
    assert len(listed) == DRAFT_COUNT
    assert benchmark.stats["median"] < 0.1


@pytest.mark.benchmark(group="drafts")
def test_search_1000_drafts(benchmark, library):
    found = benchmark(library.search, "draft 999:")
    assert [d.title.split(":")[0] for d in found] == ["Draft 999"]
    assert benchmark.stats["median"] < 0.1


@pytest.mark.benchmark(group="drafts")
def test_search_1000_drafts_two_words_many_hits(benchmark, library):
    found = benchmark(library.search, "patient today")
    assert found
    assert benchmark.stats["median"] < 0.1


@pytest.mark.benchmark(group="drafts")
def test_save_3000_characters(benchmark, library):
    draft = library.list_drafts()[0]
    base = (_texts()[5] * 10)[:2990]
    counter = itertools.count()
    benchmark(lambda: library.save(draft.id, f"{base} {next(counter):09d}", readiness="Ready"))
    assert library.get(draft.id).text.startswith(base)


@pytest.mark.benchmark(group="drafts")
def test_autosave_3000_characters(benchmark, library):
    draft = library.list_drafts()[0]
    base = (_texts()[5] * 10)[:2990]
    counter = itertools.count()
    benchmark(lambda: library.autosave(draft.id, f"{base} {next(counter):09d}"))
    assert library.pending_recoveries()


@pytest.mark.benchmark(group="drafts")
def test_open_a_library_of_1000_drafts(benchmark, library):
    library.close()

    def open_and_close():
        DraftStore.open().close()

    benchmark(open_and_close)

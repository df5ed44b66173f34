"""Unsaved text survives a crash or a kill, and is offered back exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from platformdirs import user_data_dir

from composer.store.drafts import DraftNotFound, DraftStore, StoreCorrupt

# The child edits one draft the way the window does: a saved version, then autosaves while typing.
# It reports each autosave on stdout; the parent kills it with SIGKILL in the middle of the edits.
CHILD = textwrap.dedent(
    """
    import sys
    from composer.store.drafts import DraftStore

    store = DraftStore.open()
    draft = store.new("Saved before the crash", platform="linkedin")
    store.save(draft.id, "Saved before the crash", readiness="Ready")
    print("draft", draft.id, flush=True)
    text = "Typed after saving 🚑"
    for keystroke in range(100000):
        text += " word"
        store.autosave(draft.id, text, platform="linkedin")
        print("autosaved", len(text), flush=True)
    """
)


def _run_child_and_kill(after_autosaves: int) -> tuple[str, list[int]]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        draft_line = child.stdout.readline().split()
        assert draft_line and draft_line[0] == "draft", child.stderr.read()
        lengths = []
        while len(lengths) < after_autosaves:
            line = child.stdout.readline()
            assert line, child.stderr.read()
            lengths.append(int(line.split()[1]))
        os.kill(child.pid, signal.SIGKILL)  # mid-edit: it is autosaving again right now
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return draft_line[1], lengths


def test_a_killed_app_gets_its_unsaved_text_back_at_next_start():
    draft_id, acknowledged = _run_child_and_kill(after_autosaves=25)
    with DraftStore.open() as store:
        assert store.get(draft_id).text == "Saved before the crash"  # the saved version is intact
        recovered = store.pending_recoveries()
        assert [entry.draft_id for entry in recovered] == [draft_id]
        entry = recovered[0]
        # Whole, never torn: at least everything acknowledged before the kill, built keystroke by keystroke.
        assert entry.text.startswith("Typed after saving 🚑 word")
        assert len(entry.text) >= acknowledged[-1]
        assert entry.text == "Typed after saving 🚑" + " word" * entry.text.count(" word")
        assert entry.platform == "linkedin"
        restored = store.accept_recovery(draft_id)
        assert restored.text == entry.text
        assert store.pending_recoveries() == []
    with DraftStore.open() as store:
        assert store.get(draft_id).text == entry.text
        assert store.pending_recoveries() == []


def test_unsaved_text_left_by_a_close_without_saving_is_offered_with_its_time():
    with DraftStore.open() as store:
        draft = store.new("Saved", platform="x")
        store.autosave(draft.id, "Saved, then edited", platform="x")
        # no save(): the app dies here
    with DraftStore.open() as store:
        (entry,) = store.pending_recoveries()
        assert entry.text == "Saved, then edited"
        assert entry.written.tzinfo is not None
        assert store.get(draft.id).text == "Saved"  # nothing overwritten until the user accepts


def test_a_clean_save_clears_the_journal():
    with DraftStore.open() as store:
        draft = store.new("One")
        store.autosave(draft.id, "One and two")
        store.save(draft.id, "One and two and three")
    with DraftStore.open() as store:
        assert store.pending_recoveries() == []
        assert store.get(draft.id).text == "One and two and three"


def test_a_journal_equal_to_the_saved_text_is_not_offered():
    with DraftStore.open() as store:
        draft = store.new("Same")
        store.autosave(draft.id, "Same")
    with DraftStore.open() as store:
        assert store.pending_recoveries() == []


def test_discarding_keeps_the_saved_version():
    with DraftStore.open() as store:
        draft = store.new("Keep this")
        store.autosave(draft.id, "Throw this away")
    with DraftStore.open() as store:
        store.discard_recovery(draft.id)
        assert store.pending_recoveries() == []
        assert store.get(draft.id).text == "Keep this"
        with pytest.raises(DraftNotFound):
            store.accept_recovery(draft.id)


def test_unsaved_text_survives_a_damaged_database():
    with DraftStore.open() as store:
        draft = store.new("Saved", platform="mastodon")
        store.rename(draft.id, "Toot")
        store.autosave(draft.id, "Unsaved words worth keeping", platform="mastodon", name="Toot")
    db_path = Path(user_data_dir("composer")) / "drafts.sqlite3"
    db_path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreCorrupt):
        DraftStore.open()
    with DraftStore.open() as store:
        (entry,) = store.pending_recoveries()
        restored = store.accept_recovery(entry.draft_id)
        assert restored.text == "Unsaved words worth keeping"
        assert restored.platform == "mastodon" and restored.title == "Toot"
        assert [d.id for d in store.list_drafts()] == [draft.id]


def test_an_unreadable_journal_is_set_aside_not_deleted():
    with DraftStore.open() as store:
        draft = store.new("Saved")
        store.autosave(draft.id, "Unsaved")
    journal = Path(user_data_dir("composer")) / "recovery" / f"{draft.id}.journal"
    journal.write_bytes(b"\x01" + b"\x00" * 60)
    with DraftStore.open() as store:
        assert store.pending_recoveries() == []
        assert store.get(draft.id).text == "Saved"
    assert journal.with_name(journal.name + ".unreadable").exists()


def test_recovering_a_draft_that_was_trashed_brings_it_back():
    with DraftStore.open() as store:
        draft = store.new("Saved")
        store.autosave(draft.id, "Edited")
        store.trash(draft.id)
    with DraftStore.open() as store:
        store.accept_recovery(draft.id)
        assert [d.id for d in store.list_drafts()] == [draft.id]
        assert store.get(draft.id).text == "Edited"

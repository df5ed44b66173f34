"""The drafts library: round trips, privacy on disk, keys, migrations, damage and a full disk."""

from __future__ import annotations

import base64
import errno
import logging
import os
import secrets
import sqlite3
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from platformdirs import user_data_dir

from composer.store import crypto, drafts
from composer.store.drafts import (
    MIGRATIONS,
    DiskFull,
    DraftNotFound,
    DraftStore,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    describe_readiness,
    export_text,
    migrate,
    title_for,
)
from composer.store.secrets import SecretStore

EMOJI_TEXT = "Proud of our team 👩🏽‍⚕️🎉 today!\nCafé night shift ☕ — 日本語 too.\n\nThree lines 🇺🇸"


class MemoryKeyring(KeyringBackend):
    """A working keyring for tests (the suite otherwise runs with the null backend)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store():
    opened = DraftStore.open()
    yield opened
    opened.close()


def _folder() -> Path:
    return Path(user_data_dir("composer"))


def _all_bytes(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


# --- round trips and the library ------------------------------------------------------------------


def test_save_and_load_round_trip_with_emoji_survives_reopening():
    with DraftStore.open() as store:
        draft = store.new(platform="instagram")
        store.save(draft.id, EMOJI_TEXT, readiness="2 errors")
    with DraftStore.open() as store:
        loaded = store.get(draft.id)
    assert loaded.text == EMOJI_TEXT
    assert loaded.title == "Proud of our team 👩🏽‍⚕️🎉 today!"
    assert loaded.platform == "instagram"
    assert loaded.readiness == "2 errors"


def test_store_lives_in_the_user_data_folder_in_wal_mode_with_a_schema_version(store):
    assert store.path == _folder() / "drafts.sqlite3"
    db = sqlite3.connect(store.path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        db.close()


def test_list_is_sorted_by_last_change_and_shows_title_platform_readiness(store):
    first = store.new("First post\nmore", platform="x")
    second = store.new("Second post", platform="linkedin")
    third = store.new("", platform="bluesky")
    store.save(first.id, "First post, edited", readiness="Ready")
    listed = store.list_drafts()
    assert [d.id for d in listed] == [first.id, third.id, second.id]
    assert listed[0].title == "First post, edited" and listed[0].readiness == "Ready"
    assert listed[1].title == "Untitled draft" and listed[1].platform == "bluesky"
    assert listed[2].platform == "linkedin"
    assert listed[0].updated > listed[1].updated > listed[2].updated


def test_saving_unchanged_text_keeps_the_date_of_the_last_change(store):
    older = store.new("Older")
    newer = store.new("Newer")
    store.save(older.id, "Older")
    assert [d.id for d in store.list_drafts()] == [newer.id, older.id]
    assert store.get(older.id).updated == older.updated


def test_rename_shows_the_name_and_an_empty_name_goes_back_to_the_first_line(store):
    draft = store.new("Line one\nLine two")
    assert store.rename(draft.id, "  Flu clinic post ").title == "Flu clinic post"
    assert store.get(draft.id).text == "Line one\nLine two"
    assert store.rename(draft.id, "").title == "Line one"


def test_title_is_shortened_and_blank_lines_skipped():
    assert title_for("\n\n   \n  Hello   there \nnext") == "Hello there"
    long = title_for("word " * 40)
    assert len(long) <= 80 and long.endswith("…")


def test_duplicate_copies_text_and_platform_under_a_new_id(store):
    draft = store.new(EMOJI_TEXT, platform="threads", readiness="Ready")
    copy = store.duplicate(draft.id)
    assert copy.id != draft.id
    assert copy.text == EMOJI_TEXT and copy.platform == "threads"
    assert copy.title.endswith("(copy)")
    assert {d.id for d in store.list_drafts()} == {draft.id, copy.id}


def test_delete_moves_to_the_trash_which_can_be_restored_or_emptied(store):
    keep = store.new("Keep me")
    gone = store.new("Throw me away")
    store.trash(gone.id)
    assert [d.id for d in store.list_drafts()] == [keep.id]
    assert [d.id for d in store.list_drafts(trashed=True)] == [gone.id]
    store.restore(gone.id)
    assert {d.id for d in store.list_drafts()} == {keep.id, gone.id}
    store.trash(gone.id)
    assert store.empty_trash() == 1
    assert store.list_drafts(trashed=True) == []
    with pytest.raises(DraftNotFound):
        store.get(gone.id)
    assert store.get(keep.id).text == "Keep me"


def test_search_finds_words_in_text_and_name_case_insensitively(store):
    flu = store.new("Flu shots at the CLINIC today 💉", platform="x")
    walk = store.new("Charity walk on Saturday")
    named = store.new("Nothing special here")
    store.rename(named.id, "Clinic newsletter")
    assert {d.id for d in store.search("clinic")} == {flu.id, named.id}
    assert [d.id for d in store.search("clinic today")] == [flu.id]
    assert [d.id for d in store.search("💉")] == [flu.id]
    assert store.search("nowhere to be found") == []
    assert len(store.search("   ")) == 3
    store.trash(walk.id)
    assert store.search("walk") == []
    assert [d.id for d in store.search("walk", trashed=True)] == [walk.id]


def test_opens_where_the_user_left(store):
    first = store.new("one")
    second = store.new("two")
    assert store.last_open_id is None
    store.remember_open(first.id)
    store.close()
    with DraftStore.open() as reopened:
        assert reopened.last_open_id == first.id
        reopened.trash(first.id)
        assert reopened.last_open_id is None  # never reopen a draft from the trash
        reopened.remember_open(second.id)
        assert reopened.last_open_id == second.id


def test_readiness_describes_errors_and_warnings():
    class F:
        def __init__(self, severity):
            self.severity = severity

    assert describe_readiness([]) == "Ready"
    assert describe_readiness([F("info")]) == "Ready"
    assert describe_readiness([F("error"), F("error")]) == "2 errors"
    assert describe_readiness([F("error"), F("warning")]) == "1 error, 1 warning"


# --- privacy on disk ----------------------------------------------------------------------------------


def test_no_plaintext_of_a_draft_anywhere_in_the_data_folder(caplog):
    caplog.set_level(logging.DEBUG)
    secret_text = "Patient Zebediah Quackenbush in bed 12 🦓 recovering nicely"
    secret_name = "Quarterly Marmalade Report"
    unsaved = "Unsaved sentence about Philomena Wigglesworth"
    store = DraftStore.open()
    draft = store.new(secret_text, platform="facebook")
    store.rename(draft.id, secret_name)
    store.save(draft.id, secret_text + " again", readiness="Ready")
    store.autosave(draft.id, unsaved)
    store.search("zebediah")
    needles = ["Zebediah", "Quackenbush", "Marmalade", "Wigglesworth", "🦓"]

    def assert_clean() -> None:
        files = _all_bytes(_folder())
        assert any(p.name.endswith("-wal") for p in files) or not store._db  # the WAL is checked while open
        for path, data in files.items():
            for needle in needles:
                for encoding in ("utf-8", "utf-16-le"):
                    assert needle.encode(encoding) not in data, f"{needle!r} in clear in {path.name}"

    assert_clean()
    store.close()
    assert_clean()
    assert not any(needle in caplog.text for needle in needles)


def test_files_and_folder_are_private_even_with_a_permissive_umask(tmp_path):
    previous = os.umask(0o000)
    try:
        with DraftStore.open() as store:
            draft = store.new("text")
            store.autosave(draft.id, "unsaved")
            exported = export_text(tmp_path / "out.txt", "text")
            folder = _folder()
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE((folder / "recovery").stat().st_mode) == 0o700
            files = [p for p in folder.rglob("*") if p.is_file()] + [exported]
            assert {p.name for p in files} >= {"drafts.sqlite3", "drafts.sqlite3-wal", "drafts.key", "out.txt"}
            for path in files:
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    finally:
        os.umask(previous)


def test_a_blob_moved_onto_another_draft_does_not_decrypt(store):
    one = store.new("First secret")
    two = store.new("Second secret")
    db = sqlite3.connect(store.path)
    body_one = db.execute("SELECT body FROM drafts WHERE id = ?", (one.id,)).fetchone()[0]
    db.execute("UPDATE drafts SET body = ? WHERE id = ?", (body_one, two.id))
    db.commit()
    db.close()
    with pytest.raises(StoreCorrupt, match="damaged"):
        store.get(two.id)
    assert store.get(one.id).text == "First secret"


def test_a_damaged_row_is_listed_as_damaged_not_hiding_the_others(store):
    good = store.new("Good one")
    bad = store.new("Bad one")
    db = sqlite3.connect(store.path)
    db.execute("UPDATE drafts SET meta = ? WHERE id = ?", (b"\x01" + b"\x00" * 40, bad.id))
    db.commit()
    db.close()
    listed = {d.id: d for d in store.list_drafts()}
    assert listed[bad.id].damaged and not listed[good.id].damaged
    assert [d.id for d in store.search("one")] == [good.id]


# --- decisions about findings -------------------------------------------------------------------------

DECISIONS = {
    "version": 1,
    "ignored": [{"finding": {"rule": "privacy.room-number", "excerpt": "room 412"}, "reason": "Ward Zanzibar 🦒"}],
}


def test_decisions_survive_reopening_and_do_not_count_as_a_change_of_the_draft():
    with DraftStore.open() as store:
        draft = store.new("My patient in room 412")
        assert store.load_decisions(draft.id) == {}  # nothing decided yet
        updated = store.get(draft.id).updated
        store.save_decisions(draft.id, DECISIONS)
        assert store.get(draft.id).updated == updated
    with DraftStore.open() as store:
        assert store.load_decisions(draft.id) == DECISIONS
        store.save_decisions(draft.id, {"version": 1, "ignored": []})  # replaced, not appended
        assert store.load_decisions(draft.id) == {"version": 1, "ignored": []}


def test_decisions_are_encrypted_and_bound_to_their_draft(store):
    one = store.new("First")
    two = store.new("Second")
    store.save_decisions(one.id, DECISIONS)
    for path, data in _all_bytes(_folder()).items():
        assert b"Zanzibar" not in data, path.name
    db = sqlite3.connect(store.path)
    blob = db.execute("SELECT decisions FROM drafts WHERE id = ?", (one.id,)).fetchone()[0]
    db.execute("UPDATE drafts SET decisions = ? WHERE id = ?", (blob, two.id))
    db.commit()
    db.close()
    with pytest.raises(StoreCorrupt, match="damaged"):
        store.load_decisions(two.id)
    assert store.get(two.id).text == "Second"  # the draft itself still opens
    assert store.load_decisions(one.id) == DECISIONS


def test_decisions_of_a_missing_draft_are_a_plain_error(store):
    draft = store.new("gone soon")
    store.delete_forever(draft.id)
    with pytest.raises(DraftNotFound):
        store.save_decisions(draft.id, DECISIONS)
    with pytest.raises(DraftNotFound):
        store.load_decisions(draft.id)


# --- the key --------------------------------------------------------------------------------------------


def test_without_a_keyring_the_key_is_a_private_file_and_the_user_is_told(store):
    key_file = _folder() / "drafts.key"
    assert key_file.exists() and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert store.key_warning and "keyring" in store.key_warning and str(key_file) in store.key_warning


def test_with_a_keyring_the_key_lives_there_and_no_key_file_is_written(memory_keyring):
    with DraftStore.open() as store:
        draft = store.new("In the keyring")
        assert store.key_warning is None
    assert memory_keyring.values[("composer", "drafts-key")]
    assert not (_folder() / "drafts.key").exists()
    with DraftStore.open() as store:
        assert store.get(draft.id).text == "In the keyring"


def test_a_key_file_moves_into_the_keyring_once_one_is_available(memory_keyring):
    keyring.set_keyring(keyring.backends.null.Keyring())
    with DraftStore.open() as store:
        draft = store.new("Written with the key file")
    assert (_folder() / "drafts.key").exists()
    keyring.set_keyring(memory_keyring)
    with DraftStore.open() as store:
        assert store.key_warning is None
        assert store.get(draft.id).text == "Written with the key file"
    assert not (_folder() / "drafts.key").exists()
    assert ("composer", "drafts-key") in memory_keyring.values


def test_a_different_key_is_refused_and_nothing_is_changed():
    with DraftStore.open() as store:
        draft = store.new("Only for the right key")
    key_file = _folder() / "drafts.key"
    right_key = key_file.read_bytes()
    key_file.write_bytes(base64.b64encode(secrets.token_bytes(32)))
    with pytest.raises(StoreLocked, match="key"):
        DraftStore.open()
    key_file.write_bytes(right_key)
    with DraftStore.open() as store:
        assert store.get(draft.id).text == "Only for the right key"


def test_a_locked_keyring_is_a_clear_error_not_a_new_key(memory_keyring, monkeypatch):
    from composer.store.secrets import SecretsUnavailable

    def locked(self, name):
        raise SecretsUnavailable("the system keyring could not be read (locked)")

    monkeypatch.setattr(SecretStore, "get", locked)
    with pytest.raises(StoreLocked, match="locked"):
        DraftStore.open()
    assert not (_folder() / "drafts.key").exists()


# --- migrations -----------------------------------------------------------------------------------------


def test_a_version_1_library_is_migrated_and_keeps_its_drafts():
    folder = _folder()
    folder.mkdir(parents=True)
    key = crypto.load_drafts_key(folder)
    cipher = crypto.DraftCipher(key.key)
    db = sqlite3.connect(folder / "drafts.sqlite3", isolation_level=None)
    assert migrate(db, target=1) == 1
    draft_id = "0" * 32
    meta = b'{"name": "", "title": "From version one", "platform": "x", "readiness": "Ready"}'
    db.execute(
        "INSERT INTO drafts (id, created, updated, meta, body) VALUES (?, 1.0, 2.0, ?, ?)",
        (
            draft_id,
            cipher.encrypt(meta, purpose="meta", name=draft_id),
            cipher.encrypt("From version one 🎈".encode(), purpose="body", name=draft_id),
        ),
    )
    db.close()
    with DraftStore.open() as store:
        assert [d.title for d in store.list_drafts()] == ["From version one"]
        assert store.get(draft_id).text == "From version one 🎈"
        assert store.load_decisions(draft_id) == {}  # the column added by version 3: nothing decided yet
        store.save_decisions(draft_id, DECISIONS)
        assert store.load_decisions(draft_id) == DECISIONS
        store.trash(draft_id)  # the column added by version 2 works
        assert store.list_drafts() == []
    db = sqlite3.connect(folder / "drafts.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    db.close()


def test_migrating_from_version_0_builds_the_whole_schema(tmp_path):
    db = sqlite3.connect(tmp_path / "empty.sqlite3", isolation_level=None)
    assert migrate(db) == len(MIGRATIONS)
    columns = {row[1] for row in db.execute("PRAGMA table_info(drafts)")}
    assert columns == {"id", "created", "updated", "meta", "body", "trashed", "decisions"}
    db.close()


def test_a_failing_migration_step_changes_nothing(tmp_path):
    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("step failed")

    db = sqlite3.connect(tmp_path / "lib.sqlite3", isolation_level=None)
    with pytest.raises(StoreError, match="could not be upgraded to version 2"):
        migrate(db, [MIGRATIONS[0], broken])
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    db.close()


def test_a_library_from_a_newer_version_is_left_alone():
    with DraftStore.open() as store:
        store.new("future")
    db = sqlite3.connect(_folder() / "drafts.sqlite3")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer version") as caught:
        DraftStore.open()
    assert not isinstance(caught.value, StoreCorrupt)
    assert (_folder() / "drafts.sqlite3").exists()


# --- damage and a full disk ----------------------------------------------------------------------------


def test_garbage_in_the_database_is_moved_aside_and_a_fresh_library_works():
    folder = _folder()
    folder.mkdir(parents=True)
    garbage = secrets.token_bytes(8192)
    (folder / "drafts.sqlite3").write_bytes(garbage)
    with pytest.raises(StoreCorrupt) as caught:
        DraftStore.open()
    message = str(caught.value)
    assert "damaged" in message and "set aside" in message
    assert caught.value.moved_to is not None and caught.value.moved_to.read_bytes() == garbage
    with DraftStore.open() as store:
        assert store.list_drafts() == []
        draft = store.new("A fresh start ✅")
        assert store.get(draft.id).text == "A fresh start ✅"


def test_damage_inside_a_used_database_is_detected_at_open():
    with DraftStore.open() as store:
        for number in range(200):
            store.new(f"Draft number {number} " * 30)
    path = _folder() / "drafts.sqlite3"
    data = bytearray(path.read_bytes())
    assert len(data) > 4096 * 8
    data[4096 * 3 : 4096 * 6] = secrets.token_bytes(4096 * 3)  # wreck pages in the middle of the file
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt) as caught:
        DraftStore.open()
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()
    with DraftStore.open() as store:
        assert store.list_drafts() == []


def test_a_full_disk_during_save_keeps_the_saved_version_and_the_new_text(store):
    draft = store.new("Saved version")
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now reports SQLITE_FULL for real
    new_text = "A much longer unsaved edit. " * 2000
    with pytest.raises(DiskFull) as caught:
        store.save(draft.id, new_text)
    assert "disk is full" in str(caught.value) and "still in the window" in str(caught.value)
    assert new_text not in str(caught.value)
    assert store.get(draft.id).text == "Saved version"
    store.close()
    with DraftStore.open() as reopened:
        recovered = reopened.pending_recoveries()
        assert [entry.text for entry in recovered] == [new_text]


def test_a_full_disk_during_autosave_keeps_the_previous_journal(store, monkeypatch):
    draft = store.new("Saved")
    store.autosave(draft.id, "First unsaved edit")

    def no_space(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(DiskFull, match="disk is full"):
        patched.setattr(crypto.os, "write", no_space)
        store.autosave(draft.id, "Second unsaved edit")
    assert [e.text for e in store.pending_recoveries()] == ["First unsaved edit"]
    assert not [p for p in (_folder() / "recovery").iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_during_export_leaves_no_partial_file(tmp_path, monkeypatch):
    real_write = os.write
    written: list[int] = []

    def part_then_full(fd, data):
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(real_write(fd, bytes(data[:10])))
        return written[-1]

    target = tmp_path / "draft.txt"
    with monkeypatch.context() as patched, pytest.raises(DiskFull, match="exported"):
        patched.setattr(drafts.os, "write", part_then_full)
        export_text(target, "x" * 100)
    assert written == [10]
    assert not target.exists()


def test_export_text_writes_the_exact_text(tmp_path):
    target = export_text(tmp_path / "post.txt", EMOJI_TEXT)
    assert target.read_text(encoding="utf-8") == EMOJI_TEXT


def test_errors_for_missing_drafts_are_plain(store):
    with pytest.raises(DraftNotFound, match="no longer exists"):
        store.get("f" * 32)
    with pytest.raises(DraftNotFound):
        store.save("f" * 32, "text")

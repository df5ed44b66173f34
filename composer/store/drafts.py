"""The drafts library: SQLite in the user's data folder, every title and text encrypted at rest.

Integration guide for the main window
=====================================

Open the store at start (in a worker if the keyring may block; see the design notes)::

    from composer.store.drafts import DraftStore, StoreCorrupt, StoreError, describe_readiness, export_text

    try:
        store = DraftStore.open()                # user_data_dir("composer")/drafts.sqlite3
    except StoreCorrupt as exc:                  # damaged file: already moved aside (exc.moved_to)
        show_warning(str(exc))
        store = DraftStore.open()                # a fresh, empty library; unsaved-text journals are kept
    except StoreError as exc:                    # locked keyring, newer database, unwritable folder
        show_warning(str(exc))                   # the editor still works; offer export_text() on quit
        store = None
    if store and store.key_warning:              # no system keyring: the key sits in a 0600 file
        show_notice(store.key_warning)

Check for recovery, else open where the user left::

    recovered = store.pending_recoveries()       # text typed but never saved (crash, kill, power cut)
    for entry in recovered:                      # oldest first; each becomes the draft's saved text
        draft = store.accept_recovery(entry.draft_id)
    if recovered:
        open_draft(draft)
        show_notice(f"Composer did not close properly last time. Your unsaved text from "
                    f"{entry.written.astimezone():%H:%M} was restored.")
    else:
        draft_id = store.last_open_id or next((d.id for d in store.list_drafts()), None)
        open_draft(store.get(draft_id) if draft_id else store.new(platform=settings.platform))

Autosave a few seconds after each change (the journal: cheap, crash-safe, encrypted)::

    self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
    self._autosave.timeout.connect(self._autosave_now)
    editor.textChanged.connect(self._autosave.start)          # restarts the countdown on every change

    def _autosave_now(self):
        try:
            store.autosave(self.draft_id, editor.toPlainText(), platform=self.platform)
        except StoreError as exc:                              # e.g. DiskFull: the text stays in the window
            status_bar.showMessage(str(exc))

Save into the library (clears the journal) on Ctrl+S, before switching drafts, and on quit::

    def _save(self) -> bool:
        try:
            store.save(self.draft_id, editor.toPlainText(), platform=self.platform,
                       readiness=describe_readiness(self.findings))
            store.remember_open(self.draft_id)
            return True
        except StoreError as exc:                 # keep the text; offer "Export as text file..."
            if ask_export(str(exc)):
                export_text(chosen_path, editor.toPlainText())
            return False

    def closeEvent(self, event):
        if self._save() or user_chose_to_quit_anyway:
            store.close()                         # the journal of an unsaved draft survives for next start

(`save()` takes well under a millisecond, so the window may also save after a longer pause, e.g. 30 s,
to keep the library's list current; the journal is what protects every keystroke in between.)

Show the library (composer.ui.drafts_browser)::

    browser = DraftsBrowser(store, self)          # a QWidget: put it in a QDockWidget or show() it
    browser.openRequested.connect(self.open_draft_id)   # save the current draft first, then store.get(id)
    browser.newRequested.connect(self.new_draft)        # save the current draft first, then store.new()
    browser.draftTrashed.connect(self.on_draft_trashed) # the open draft may have gone to the trash
    # after each save: browser.refresh()

Export a review record (File > Export review record...; details in composer.store.record)::

    from composer.store.record import FindingOutcome, Outcome, ReviewRecord, export_record

    outcomes = [FindingOutcome.from_finding(f, Outcome.FIXED) for f in self.fixed_findings]
    outcomes += [FindingOutcome.from_finding(f, Outcome.IGNORED, reason=why) for f, why in self.ignored]
    outcomes += [FindingOutcome.from_finding(f) for f in self.findings]       # still open
    record = ReviewRecord(text=editor.toPlainText(), platform=self.platform, policy_name=policy.name,
                          policy_version=policy.version, findings=tuple(outcomes),
                          title=draft.title, author=profile.display_name)
    path, _ = QFileDialog.getSaveFileName(self, "Export review record", "", "Markdown (*.md);;JSON (*.json)")
    if path:
        export_record(record, path)               # format by extension; StoreError with a plain message

Errors: every public method raises only `StoreError` subclasses with a plain sentence as `str(exc)`:
`DiskFull`, `StoreCorrupt` (`moved_to` is set when the file was moved aside at open), `StoreLocked`
(the key is missing or locked; nothing is changed), `DraftNotFound`.

Design notes
------------
- Rows hold the id, timestamps and AES-GCM blobs (meta: name, title, platform, readiness; body: the
  text; decisions: the window's JSON of ignored and fixed findings, NULL until the first decision), each
  bound to the draft id (see crypto.py). Search decrypts in memory: fine for thousands.
- WAL mode, synchronous=FULL (a save is rare and must survive a power cut), temp_store=MEMORY so SQLite
  never spills anything to temp files. `PRAGMA user_version` + `MIGRATIONS` (one step per version).
- The folder is 0700; the database, its WAL and shared-memory files, the key file, journals and exports
  are 0600. Modes are given at creation and re-applied with chmod; the process umask is left alone
  because changing it is not thread-safe.
- Nothing logs draft text; error messages never include it.
- Use one `DraftStore` from one thread at a time (the GUI thread): each call is a few milliseconds.
  `DraftStore.open()` reads the keyring, which can block while a keyring waits to be unlocked: open it
  in a worker (QThreadPool) and hand the store to the window when ready; that is allowed.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from composer.store.crypto import DecryptionFailed, DraftCipher, KeyUnavailable, load_drafts_key
from composer.store.recovery import RecoveredText, RecoveryJournal
from composer.store.secrets import SecretStore

log = logging.getLogger(__name__)

APP_NAME = "composer"
DB_NAME = "drafts.sqlite3"
RECOVERY_DIR = "recovery"
AUTOSAVE_DELAY_MS = 3000  # how long after the last keystroke the window autosaves
TITLE_LENGTH = 80
UNTITLED = "Untitled draft"
_KEY_CHECK = b"composer drafts key check"

__all__ = [
    "AUTOSAVE_DELAY_MS",
    "MIGRATIONS",
    "DiskFull",
    "Draft",
    "DraftNotFound",
    "DraftStore",
    "DraftSummary",
    "RecoveredText",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "data_directory",
    "describe_readiness",
    "export_text",
    "title_for",
]


# --- errors the window shows ----------------------------------------------------------------------


class StoreError(Exception):
    """Something went wrong with the drafts store; `str()` is a plain sentence for the user."""


class DiskFull(StoreError):
    """The disk (or the user's quota) is full: nothing was written, the previous version is intact."""


class StoreCorrupt(StoreError):
    """The database or one draft is damaged. `moved_to` is where a damaged database file was set aside."""

    def __init__(self, message: str, moved_to: Path | None = None) -> None:
        super().__init__(message)
        self.moved_to = moved_to


class StoreLocked(StoreError):
    """The key that opens the drafts is unavailable (locked keyring, another key). Nothing was changed."""


class DraftNotFound(StoreError):
    """No draft with that id (deleted for good, or never existed)."""


_KEEP_TEXT = "Your text is still in the window; you can export it to a file."


def _os_reason(exc: OSError) -> str:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "your disk quota is used up",
        errno.EACCES: "permission was denied",
        errno.EPERM: "permission was denied",
        errno.EROFS: "the disk is read-only",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc).lower()
    return False


@contextlib.contextmanager
def _failures(action: str) -> Iterator[None]:
    """Turn sqlite3 and OS errors into StoreError subclasses whose text starts with `action`."""
    try:
        yield
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        if _is_disk_full(exc):
            raise DiskFull(f"{action}: the disk is full. Free some space and try again. {_KEEP_TEXT}") from None
        if isinstance(exc, OSError):
            raise StoreError(f"{action}: {_os_reason(exc)}. {_KEEP_TEXT}") from None
        if isinstance(exc, sqlite3.OperationalError):
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                busy = "the drafts library is busy (is Composer open twice?)"
                raise StoreError(f"{action}: {busy}. {_KEEP_TEXT}") from None
            raise StoreError(f"{action}: the drafts database failed ({exc}). {_KEEP_TEXT}") from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreCorrupt(
                f"{action}: the drafts database is damaged ({exc}). Restart Composer to set it aside. {_KEEP_TEXT}"
            ) from None
        raise StoreError(f"{action}: {exc}. {_KEEP_TEXT}") from None


# --- values -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftSummary:
    """One line of the library: enough to list, sort and search without opening the draft."""

    id: str
    title: str  # the given name, else the first line of the text
    name: str  # the name the user gave ("" when none)
    platform: str
    readiness: str  # e.g. "Ready", "2 errors", as it was when last saved
    created: datetime
    updated: datetime  # the last change (UTC)
    trashed: datetime | None = None  # when it went to the trash
    damaged: bool = False  # can't be decrypted: listed so the user knows, but can't be opened


@dataclass(frozen=True)
class Draft:
    id: str
    text: str
    title: str
    name: str
    platform: str
    readiness: str
    created: datetime
    updated: datetime
    trashed: datetime | None = None


def title_for(text: str, name: str = "") -> str:
    """The title the library shows: the given name, else the first non-blank line, shortened."""
    candidate = name.strip()
    if not candidate:
        candidate = next((line.strip() for line in text.splitlines() if line.strip()), "")
    candidate = " ".join(candidate.split())
    if len(candidate) > TITLE_LENGTH:
        candidate = candidate[: TITLE_LENGTH - 1].rstrip() + "…"
    return candidate or UNTITLED


def describe_readiness(findings: Sequence[object]) -> str:
    """ "Ready", "1 warning", "2 errors, 1 warning": from review findings (anything with `.severity`)."""
    errors = sum(1 for f in findings if str(getattr(f, "severity", "")) == "error")
    warnings = sum(1 for f in findings if str(getattr(f, "severity", "")) == "warning")
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts) or "Ready"


def data_directory() -> Path:
    return Path(user_data_dir(APP_NAME))


def _stamp(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


# --- plain-text export (the escape hatch when saving fails) -----------------------------------------


def write_private_text(path: Path | str, text: str, *, action: str) -> Path:
    """Write `text` as UTF-8 straight to `path`, mode 0600; a partial file is removed on failure."""
    path = Path(path)
    data = text.encode("utf-8")
    with _failures(action):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        os.close(fd)
    return path


def export_text(path: Path | str, text: str) -> Path:
    """Save the draft's text as a plain UTF-8 file the user chose (readable only by them)."""
    return write_private_text(path, text, action=f"The text could not be exported to {path}")


# --- schema and migrations ----------------------------------------------------------------------------

Migration = Callable[[sqlite3.Connection], None]


def _v1_initial(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE drafts (id TEXT PRIMARY KEY, created REAL NOT NULL, updated REAL NOT NULL,"
        " meta BLOB NOT NULL, body BLOB NOT NULL)"
    )
    db.execute("CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v2_trash(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE drafts ADD COLUMN trashed REAL")
    db.execute("CREATE INDEX drafts_by_change ON drafts (trashed, updated)")


def _v3_decisions(db: sqlite3.Connection) -> None:
    """What the author decided about the draft's findings (ignored, and why; fixed), one sealed blob per draft."""
    db.execute("ALTER TABLE drafts ADD COLUMN decisions BLOB")


MIGRATIONS: tuple[Migration, ...] = (_v1_initial, _v2_trash, _v3_decisions)  # step N takes the schema to version N


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS, target: int | None = None) -> int:
    """Bring the database to `target` (default: the newest), one transaction per step. Returns the version."""
    target = len(migrations) if target is None else target
    version = schema_version(db)
    if version > len(migrations):
        raise StoreError(
            f"The drafts library was saved by a newer version of Composer (schema {version}); "
            "update Composer to open it. Nothing was changed."
        )
    for number in range(version + 1, target + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            migrations[number - 1](db)
            db.execute(f"PRAGMA user_version = {number:d}")
            db.execute("COMMIT")
        except Exception as exc:
            db.execute("ROLLBACK")
            if _is_disk_full(exc):
                raise DiskFull(
                    "The drafts library could not be upgraded: the disk is full. Nothing was changed."
                ) from None
            raise StoreError(
                f"The drafts library could not be upgraded to version {number} ({exc}). Nothing was changed."
            ) from None
    return schema_version(db)


# --- files --------------------------------------------------------------------------------------------


def _private_directory(directory: Path) -> None:
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(directory, 0o700)


def _private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if missing (so SQLite, which copies the mode, never widens it)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _database_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    for source in _database_files(path):
        if source.exists():
            source.rename(target.with_name(target.name + source.name.removeprefix(path.name)))
    return target


def _connect(path: Path) -> sqlite3.Connection:
    """Open (or create) the database; a damaged file is moved aside and reported as StoreCorrupt."""
    with _failures("The drafts library could not be opened"):
        _private_file(path)
        # check_same_thread=False: the window may open the store in a worker (the keyring can block)
        # and then use it from the GUI thread; calls are never concurrent.
        db = sqlite3.connect(path, isolation_level=None, timeout=5.0, check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode=WAL").fetchone()
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA temp_store=MEMORY")
        problem = db.execute("PRAGMA quick_check").fetchone()[0]
        if problem != "ok":
            raise sqlite3.DatabaseError(problem)
        migrate(db)
    except sqlite3.OperationalError as exc:
        db.close()
        with _failures("The drafts library could not be opened"):
            raise exc from None
    except sqlite3.DatabaseError as exc:
        db.close()
        log.warning("drafts database damaged (%s); moving it aside", exc)
        try:
            moved = _move_aside(path)
        except OSError as move_error:
            raise StoreCorrupt(
                f"The drafts library {path} is damaged and could not be moved aside ({_os_reason(move_error)})."
            ) from None
        raise StoreCorrupt(
            f"The drafts library was damaged, so it was set aside as {moved} and a new, empty library "
            "will be started. Text you had not saved is still offered for recovery.",
            moved_to=moved,
        ) from None
    except BaseException:
        db.close()
        raise
    for extra in _database_files(path)[1:]:
        with contextlib.suppress(OSError):
            os.chmod(extra, 0o600)
    return db


# --- the store ------------------------------------------------------------------------------------------


class DraftStore:
    """The user's drafts: create, open, save, rename, duplicate, trash, search; autosave and recovery.

    Create with `DraftStore.open()`; see the module docstring for how the window uses it.
    """

    def __init__(
        self, db: sqlite3.Connection, cipher: DraftCipher, journal: RecoveryJournal, path: Path, key_warning: str | None
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._journal = journal
        self.path = path
        self.key_warning = key_warning
        self._last_stamp = 0.0

    @classmethod
    def open(cls, directory: Path | str | None = None, *, secret_store: SecretStore | None = None) -> DraftStore:
        """Open the library in `directory` (default: the user's data folder), creating it on first use."""
        directory = Path(directory) if directory is not None else data_directory()
        with _failures(f"The drafts folder {directory} could not be prepared"):
            _private_directory(directory)
            try:
                key = load_drafts_key(directory, secret_store)
            except KeyUnavailable as exc:
                message = str(exc)
                raise StoreLocked(message[:1].upper() + message[1:]) from None
        cipher = DraftCipher(key.key)
        path = directory / DB_NAME
        db = _connect(path)
        try:
            cls._check_key(db, cipher)
            with _failures("The recovery folder could not be prepared"):
                journal = RecoveryJournal(directory / RECOVERY_DIR, cipher)
        except BaseException:
            db.close()
            raise
        return cls(db, cipher, journal, path, key.warning)

    @staticmethod
    def _check_key(db: sqlite3.Connection, cipher: DraftCipher) -> None:
        """Refuse a key that doesn't match the database, before anything is written with it."""
        with _failures("The drafts library could not be opened"):
            row = db.execute("SELECT value FROM state WHERE key = 'key_check'").fetchone()
            if row is None:
                blob = cipher.encrypt(_KEY_CHECK, purpose="key-check", name="")
                db.execute("INSERT INTO state (key, value) VALUES ('key_check', ?)", (blob.hex(),))
                return
            try:
                ok = cipher.decrypt(bytes.fromhex(row[0]), purpose="key-check", name="") == _KEY_CHECK
            except (DecryptionFailed, ValueError):
                ok = False
            if not ok:
                raise StoreLocked(
                    "Your saved drafts were encrypted with a key this computer no longer has (the keyring "
                    "entry 'drafts-key' or the key file changed). Nothing was changed; restore that key to "
                    "open them."
                )

    # -- lifecycle

    def close(self) -> None:
        """Fold the WAL into the database and close. Unsaved-text journals stay for the next start."""
        if self._db is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()
        self._db = None  # type: ignore[assignment]

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- encoding

    def _now(self) -> float:
        """A timestamp that always moves forward, so "last change" order is stable."""
        self._last_stamp = max(time.time(), self._last_stamp + 1e-6)
        return self._last_stamp

    def _seal_meta(self, draft_id: str, meta: dict[str, str]) -> bytes:
        return self._cipher.encrypt(json.dumps(meta, ensure_ascii=False).encode(), purpose="meta", name=draft_id)

    def _seal_body(self, draft_id: str, text: str) -> bytes:
        return self._cipher.encrypt(text.encode("utf-8"), purpose="body", name=draft_id)

    def _open_meta(self, draft_id: str, blob: bytes) -> dict[str, str]:
        return json.loads(self._cipher.decrypt(blob, purpose="meta", name=draft_id))

    def _open_body(self, draft_id: str, blob: bytes) -> str:
        return self._cipher.decrypt(blob, purpose="body", name=draft_id).decode("utf-8")

    def _summary(self, row: tuple, meta: dict[str, str] | None) -> DraftSummary:
        draft_id, created, updated, trashed = row[:4]
        if meta is None:
            return DraftSummary(
                id=draft_id,
                title="Damaged draft (cannot be decrypted)",
                name="",
                platform="",
                readiness="",
                created=_stamp(created),
                updated=_stamp(updated),
                trashed=_stamp(trashed),
                damaged=True,
            )
        return DraftSummary(
            id=draft_id,
            title=meta.get("title") or UNTITLED,
            name=meta.get("name", ""),
            platform=meta.get("platform", ""),
            readiness=meta.get("readiness", ""),
            created=_stamp(created),
            updated=_stamp(updated),
            trashed=_stamp(trashed),
        )

    def _row(self, draft_id: str) -> tuple:
        row = self._db.execute(
            "SELECT id, created, updated, trashed, meta, body FROM drafts WHERE id = ?", (draft_id,)
        ).fetchone()
        if row is None:
            raise DraftNotFound("That draft no longer exists.")
        return row

    def _load(self, row: tuple) -> Draft:
        draft_id = row[0]
        try:
            meta = self._open_meta(draft_id, row[4])
            text = self._open_body(draft_id, row[5])
        except (DecryptionFailed, ValueError):
            raise StoreCorrupt("This draft is damaged and cannot be opened.") from None
        summary = self._summary(row, meta)
        return Draft(
            id=draft_id,
            text=text,
            title=summary.title,
            name=summary.name,
            platform=summary.platform,
            readiness=summary.readiness,
            created=summary.created,
            updated=summary.updated,
            trashed=summary.trashed,
        )

    def _insert(self, draft_id: str, text: str, meta: dict[str, str]) -> None:
        now = self._now()
        self._db.execute(
            "INSERT INTO drafts (id, created, updated, meta, body, trashed) VALUES (?, ?, ?, ?, ?, NULL)",
            (draft_id, now, now, self._seal_meta(draft_id, meta), self._seal_body(draft_id, text)),
        )

    # -- creating, reading, saving

    def new(self, text: str = "", *, platform: str = "x", name: str = "", readiness: str = "") -> Draft:
        """A new draft in the library (saved at once, so it has an id the journal can use)."""
        draft_id = uuid.uuid4().hex
        meta = {"name": name.strip(), "title": title_for(text, name), "platform": platform, "readiness": readiness}
        with _failures("A new draft could not be created"):
            self._insert(draft_id, text, meta)
        return self.get(draft_id)

    def get(self, draft_id: str) -> Draft:
        with _failures("The draft could not be opened"):
            return self._load(self._row(draft_id))

    def save(
        self,
        draft_id: str,
        text: str,
        *,
        platform: str | None = None,
        readiness: str | None = None,
        name: str | None = None,
    ) -> DraftSummary:
        """Store the text (and what changed of platform, readiness, name); then drop the draft's journal.

        The last-change date moves only when something changed. If the write fails (DiskFull, ...),
        the previous version stays intact and the text is kept in the recovery journal when possible.
        """
        try:
            with _failures("Your draft could not be saved"):
                row = self._row(draft_id)
                try:
                    meta = self._open_meta(draft_id, row[4])
                    old_text: str | None = self._open_body(draft_id, row[5])
                except (DecryptionFailed, ValueError):
                    meta, old_text = {}, None  # a damaged row is repaired by saving over it
                new_meta = {
                    "name": meta.get("name", "") if name is None else name.strip(),
                    "platform": meta.get("platform", "x") if platform is None else platform,
                    "readiness": meta.get("readiness", "") if readiness is None else readiness,
                }
                new_meta["title"] = title_for(text, new_meta["name"])
                if old_text != text or any(meta.get(k) != v for k, v in new_meta.items()):
                    self._db.execute(
                        "UPDATE drafts SET updated = ?, meta = ?, body = ? WHERE id = ?",
                        (self._now(), self._seal_meta(draft_id, new_meta), self._seal_body(draft_id, text), draft_id),
                    )
                self._journal.clear(draft_id)
                return self._summary(self._row(draft_id), new_meta)
        except StoreError as exc:
            if not isinstance(exc, DraftNotFound):
                with contextlib.suppress(OSError, ValueError):
                    self._journal.write(draft_id, text, platform=platform or "", name=name or "")
            raise

    def rename(self, draft_id: str, name: str) -> DraftSummary:
        """Give the draft a name ("" goes back to showing its first line)."""
        draft = self.get(draft_id)
        return self.save(draft_id, draft.text, name=name)

    def duplicate(self, draft_id: str) -> Draft:
        source = self.get(draft_id)
        meta = {
            "name": f"{source.title} (copy)",
            "platform": source.platform,
            "readiness": source.readiness,
        }
        meta["title"] = title_for(source.text, meta["name"])
        copy_id = uuid.uuid4().hex
        with _failures("The draft could not be duplicated"):
            self._insert(copy_id, source.text, meta)
        return self.get(copy_id)

    # -- decisions about findings

    def save_decisions(self, draft_id: str, data: Mapping[str, Any]) -> None:
        """Keep what the author decided about this draft's findings (JSON-serialisable), encrypted.

        Not a change of the draft: its last-change date stays. Raises DraftNotFound for an unknown id.
        """
        blob = self._cipher.encrypt(
            json.dumps(data, ensure_ascii=False).encode("utf-8"), purpose="decisions", name=draft_id
        )
        with _failures("Your decisions about the findings could not be saved"):
            changed = self._db.execute("UPDATE drafts SET decisions = ? WHERE id = ?", (blob, draft_id)).rowcount
        if not changed:
            raise DraftNotFound("That draft no longer exists.")

    def load_decisions(self, draft_id: str) -> dict[str, Any]:
        """What `save_decisions` kept for this draft; {} when nothing was decided yet.

        Raises DraftNotFound for an unknown id, StoreCorrupt when the blob is damaged (the draft itself
        still opens: the window starts the decisions afresh).
        """
        with _failures("Your decisions about the findings could not be read"):
            row = self._db.execute("SELECT decisions FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise DraftNotFound("That draft no longer exists.")
        if row[0] is None:
            return {}
        try:
            data = json.loads(self._cipher.decrypt(row[0], purpose="decisions", name=draft_id))
        except (DecryptionFailed, ValueError):
            raise StoreCorrupt("The decisions kept for this draft are damaged; they start afresh.") from None
        return data if isinstance(data, dict) else {}

    # -- trash

    def trash(self, draft_id: str) -> None:
        """Move to the trash (restorable until the trash is emptied)."""
        with _failures("The draft could not be moved to the trash"):
            self._row(draft_id)
            self._db.execute("UPDATE drafts SET trashed = ? WHERE id = ?", (self._now(), draft_id))

    def restore(self, draft_id: str) -> None:
        with _failures("The draft could not be restored"):
            self._row(draft_id)
            self._db.execute("UPDATE drafts SET trashed = NULL WHERE id = ?", (draft_id,))

    def delete_forever(self, draft_id: str) -> None:
        with _failures("The draft could not be deleted"):
            self._db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            self._journal.clear(draft_id)

    def empty_trash(self) -> int:
        """Delete every draft in the trash for good; returns how many."""
        with _failures("The trash could not be emptied"):
            ids = [r[0] for r in self._db.execute("SELECT id FROM drafts WHERE trashed IS NOT NULL")]
            self._db.execute("DELETE FROM drafts WHERE trashed IS NOT NULL")
            for draft_id in ids:
                self._journal.clear(draft_id)
        return len(ids)

    # -- listing and search

    def _rows(self, trashed: bool, with_body: bool) -> list[tuple]:
        columns = "id, created, updated, trashed, meta" + (", body" if with_body else "")
        if trashed:
            sql = f"SELECT {columns} FROM drafts WHERE trashed IS NOT NULL ORDER BY trashed DESC"
        else:
            sql = f"SELECT {columns} FROM drafts WHERE trashed IS NULL ORDER BY updated DESC"
        return self._db.execute(sql).fetchall()

    def _meta_or_none(self, row: tuple) -> dict[str, str] | None:
        try:
            return self._open_meta(row[0], row[4])
        except (DecryptionFailed, ValueError):
            return None

    def list_drafts(self, *, trashed: bool = False) -> list[DraftSummary]:
        """The library (or the trash), last changed (or last trashed) first."""
        with _failures("The drafts could not be listed"):
            return [self._summary(row, self._meta_or_none(row)) for row in self._rows(trashed, with_body=False)]

    def search(self, query: str, *, trashed: bool = False) -> list[DraftSummary]:
        """Drafts whose title or text contains every word of `query` (case-insensitive), in list order.

        Decrypts in memory, one draft at a time: no index of words ever reaches the disk.
        """
        terms = query.casefold().split()
        if not terms:
            return self.list_drafts(trashed=trashed)
        found: list[DraftSummary] = []
        with _failures("The drafts could not be searched"):
            for row in self._rows(trashed, with_body=True):
                meta = self._meta_or_none(row)
                if meta is None:
                    continue
                try:
                    text = self._open_body(row[0], row[5])
                except (DecryptionFailed, ValueError):
                    continue
                haystack = f"{meta.get('name', '')}\n{text}".casefold()
                if all(term in haystack for term in terms):
                    found.append(self._summary(row, meta))
        return found

    # -- where the user left

    @property
    def last_open_id(self) -> str | None:
        """The draft open when the user last saved or quit, if it still exists outside the trash."""
        with _failures("The drafts library could not be read"):
            row = self._db.execute("SELECT value FROM state WHERE key = 'last_open'").fetchone()
            if row is None:
                return None
            alive = self._db.execute("SELECT 1 FROM drafts WHERE id = ? AND trashed IS NULL", (row[0],)).fetchone()
            return row[0] if alive else None

    def remember_open(self, draft_id: str) -> None:
        with _failures("The open draft could not be remembered"):
            self._db.execute(
                "INSERT INTO state (key, value) VALUES ('last_open', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (draft_id,),
            )

    # -- autosave and recovery

    def autosave(self, draft_id: str, text: str, *, platform: str = "", name: str = "") -> None:
        """Record the unsaved text in the encrypted recovery journal (call a few seconds after changes)."""
        with _failures("Your draft could not be autosaved"):
            self._journal.write(draft_id, text, platform=platform, name=name)

    def pending_recoveries(self) -> list[RecoveredText]:
        """Unsaved text left by a crash or kill, oldest first. Journals equal to the saved text are dropped."""
        with _failures("Unsaved text could not be looked for"):
            entries = self._journal.pending()
            pending: list[RecoveredText] = []
            for entry in entries:
                row = self._db.execute(
                    "SELECT id, created, updated, trashed, meta, body FROM drafts WHERE id = ?", (entry.draft_id,)
                ).fetchone()
                if row is not None and row[3] is None:
                    try:
                        if self._open_body(entry.draft_id, row[5]) == entry.text:
                            self._journal.clear(entry.draft_id)
                            continue
                    except (DecryptionFailed, ValueError):
                        pass
                pending.append(entry)
            return pending

    def accept_recovery(self, draft_id: str) -> Draft:
        """Make the recovered text the draft's saved text (re-creating the draft if it was lost)."""
        entry = next((e for e in self._journal.pending() if e.draft_id == draft_id), None)
        if entry is None:
            raise DraftNotFound("There is no unsaved text to recover for that draft.")
        with _failures("The recovered text could not be saved"):
            exists = self._db.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            if exists is None:
                meta = {
                    "name": entry.name,
                    "title": title_for(entry.text, entry.name),
                    "platform": entry.platform or "x",
                    "readiness": "",
                }
                self._insert(draft_id, entry.text, meta)
            else:
                self._db.execute("UPDATE drafts SET trashed = NULL WHERE id = ?", (draft_id,))
        if exists is None:
            self._journal.clear(draft_id)
        else:
            self.save(draft_id, entry.text, platform=entry.platform or None)
        return self.get(draft_id)

    def discard_recovery(self, draft_id: str) -> None:
        """The user chose the saved version: forget the unsaved text."""
        with _failures("The unsaved text could not be discarded"):
            self._journal.clear(draft_id)

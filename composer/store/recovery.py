"""The recovery journal: the text the user has typed but not yet saved, encrypted, one file per draft.

Why files beside the database rather than a table inside it: the journal must survive exactly the
failures that hurt the database (a kill in the middle of a write, a damaged or full database file).
Each autosave replaces `recovery/<draft id>.journal` atomically (temp file + fsync + rename), so
after a crash the journal holds either the previous or the new text, never a torn mix; a clean save
or quit deletes it. Any journal still present at start is text that would otherwise be lost.

Only ciphertext touches the disk: the temp file already holds the encrypted bytes.
Normally used through `DraftStore.autosave()` / `DraftStore.pending_recoveries()`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from composer.store.crypto import DecryptionFailed, DraftCipher, write_private_file

log = logging.getLogger(__name__)

_PURPOSE = "journal"
_SUFFIX = ".journal"
_VALID_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class RecoveredText:
    """Unsaved text found at start: what the window puts back in the editor, and says so."""

    draft_id: str
    text: str
    platform: str
    name: str
    written: datetime  # when it was autosaved (UTC)


class RecoveryJournal:
    """Write, list and clear the encrypted unsaved-text records in one folder."""

    def __init__(self, directory: Path, cipher: DraftCipher) -> None:
        self.directory = directory
        self._cipher = cipher
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(directory, 0o700)

    def _path(self, draft_id: str) -> Path:
        if not _VALID_ID.fullmatch(draft_id):
            raise ValueError(f"not a draft id: {draft_id!r}")
        return self.directory / f"{draft_id}{_SUFFIX}"

    def write(self, draft_id: str, text: str, *, platform: str = "", name: str = "", now: float | None = None) -> None:
        """Replace the draft's journal with this text. Raises OSError (e.g. ENOSPC); the old journal stays."""
        record = {"draft_id": draft_id, "text": text, "platform": platform, "name": name, "written": now}
        if record["written"] is None:
            record["written"] = datetime.now(UTC).timestamp()
        plain = json.dumps(record, ensure_ascii=False).encode("utf-8")
        blob = self._cipher.encrypt(plain, purpose=_PURPOSE, name=draft_id)
        write_private_file(self._path(draft_id), blob)

    def clear(self, draft_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(draft_id).unlink()

    def has(self, draft_id: str) -> bool:
        return self._path(draft_id).exists()

    def pending(self) -> list[RecoveredText]:
        """Every readable journal, oldest first. An unreadable one is set aside (renamed), never deleted."""
        found: list[RecoveredText] = []
        try:
            entries = sorted(self.directory.glob(f"*{_SUFFIX}"))
        except OSError:
            return found
        for path in entries:
            draft_id = path.name.removesuffix(_SUFFIX)
            if not _VALID_ID.fullmatch(draft_id):
                continue
            try:
                plain = self._cipher.decrypt(path.read_bytes(), purpose=_PURPOSE, name=draft_id)
                record = json.loads(plain.decode("utf-8"))
                found.append(
                    RecoveredText(
                        draft_id=draft_id,
                        text=str(record["text"]),
                        platform=str(record.get("platform", "")),
                        name=str(record.get("name", "")),
                        written=datetime.fromtimestamp(float(record["written"]), UTC),
                    )
                )
            except FileNotFoundError:
                continue
            except (OSError, DecryptionFailed, ValueError, KeyError, TypeError):
                log.warning("recovery journal for draft %s cannot be read; set aside", draft_id)
                with contextlib.suppress(OSError):
                    path.rename(path.with_name(path.name + ".unreadable"))
        found.sort(key=lambda entry: entry.written)
        return found

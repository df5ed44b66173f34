"""The user's own dictionary: words they chose "Add to dictionary" for, so no checker flags them again.

A plain UTF-8 text file, one word per line (`#` starts a comment), in the user's config folder, so it
can be read, edited, backed up or handed out like the settings. Writes are atomic (temporary file in
the same folder, fsync, rename), and each write starts from what is on disk, so two open windows
adding words never lose each other's additions; a file that cannot be read is never overwritten.
Lookups ignore case: adding "covid" accepts "COVID".
"""

from __future__ import annotations

import threading
from pathlib import Path

from platformdirs import user_config_dir

from composer.store.atomic import write_private_file
from composer.store.settings import APP_NAME

DICTIONARY_FILE = "dictionary.txt"
_HEADER = '# Words the grammar checker accepts. One per line; written by Composer\'s "Add to dictionary".\n'


class DictionaryError(Exception):
    """The dictionary file could not be written; the message names the file and the reason."""


def dictionary_path() -> Path:
    return Path(user_config_dir(APP_NAME)) / DICTIONARY_FILE


def _normalise(word: str) -> str:
    return word.strip().replace("\u2019", "'")


def _parse(source: str) -> list[str]:
    words = []
    for line in source.splitlines():
        word = _normalise(line)
        if word and not word.startswith("#"):
            words.append(word)
    return words


class UserDictionary:
    """The words the user added. Safe to read from a checker thread while the window adds a word."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else dictionary_path()
        self._lock = threading.Lock()
        self._words: tuple[str, ...] = ()
        self._folded: frozenset[str] = frozenset()
        self.problem: str | None = None  # why the file could not be read, in words; None when it was fine
        self.reload()

    # --- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the file again (a missing file is an empty dictionary; an unreadable one is reported)."""
        words, problem = self._read()
        with self._lock:
            self._set(words)
            self.problem = problem

    def _read(self) -> tuple[list[str], str | None]:
        try:
            return _parse(self.path.read_text(encoding="utf-8")), None
        except FileNotFoundError:
            return [], None
        except UnicodeDecodeError:
            return [], f"{self.path}: not UTF-8 text; the user dictionary is empty until it is fixed"
        except OSError as exc:
            return [], f"{self.path}: cannot be read ({exc.strerror or exc})"

    def _set(self, words: list[str]) -> None:
        unique = dict.fromkeys(words)
        self._words = tuple(sorted(unique, key=str.casefold))
        self._folded = frozenset(w.casefold() for w in unique)

    @property
    def words(self) -> tuple[str, ...]:
        """The words as the user added them, sorted."""
        return self._words

    @property
    def folded(self) -> frozenset[str]:
        """The words case-folded, for fast lookups by checkers (an immutable snapshot)."""
        return self._folded

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and _normalise(word).casefold() in self._folded

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self):
        return iter(self._words)

    # --- writing --------------------------------------------------------------------------------

    def add(self, word: str) -> None:
        """Add one word and save at once. Refuses empty text and text with spaces (one word per entry)."""
        word = _check_word(word)
        with self._lock:
            merged = [*self._read_for_update(), word]
            self._write(merged)
            self._set(merged)

    def remove(self, word: str) -> None:
        """Remove a word (any case) and save."""
        folded = _normalise(word).casefold()
        with self._lock:
            remaining = [w for w in self._read_for_update() if w.casefold() != folded]
            self._write(remaining)
            self._set(remaining)

    def _read_for_update(self) -> list[str]:
        """The file's words as they are now (another window may have changed them); never overwrite
        a file that exists but cannot be read, since that would throw its words away."""
        words, problem = self._read()
        if problem:
            raise DictionaryError(f"{problem}; not changed")
        return words

    def _write(self, words: list[str]) -> None:
        unique = sorted(dict.fromkeys(words), key=str.casefold)
        content = _HEADER + "".join(f"{w}\n" for w in unique)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_private_file(self.path, content.encode("utf-8"))
        except OSError as exc:
            raise DictionaryError(f"{self.path}: the word could not be saved ({exc.strerror or exc})") from None


def _check_word(word: str) -> str:
    cleaned = _normalise(word)
    if not cleaned or any(ch.isspace() for ch in cleaned) or cleaned.startswith("#"):
        raise ValueError(f"not a single word: {word!r}")
    return cleaned

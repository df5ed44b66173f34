"""Reading and writing draft files, with problems turned into one sentence the window can show. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Opened:
    text: str = ""
    problem: str = ""  # empty when the file was read


def read_draft(path: str | Path) -> Opened:
    """The file's text (UTF-8, a BOM dropped, Windows line ends made plain), or why it can't be opened."""
    name = Path(path).name or str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return Opened(problem=f"“{name}” does not exist.")
    except IsADirectoryError:
        return Opened(problem=f"“{name}” is a folder, not a text file.")
    except PermissionError:
        return Opened(problem=f"You don't have permission to read “{name}”.")
    except OSError as exc:
        return Opened(problem=f"“{name}” could not be read ({exc.strerror or exc}).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Opened(
            problem=f"“{name}” is not UTF-8 text (byte {exc.start} cannot be read). "
            "Save it as UTF-8 (plain text) and open it again."
        )
    return Opened(text=text.replace("\r\n", "\n").replace("\r", "\n"))


def write_draft(path: str | Path, text: str) -> str:
    """Write the text as UTF-8; returns the problem in words, or "" when saved."""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        return f"“{Path(path).name}” could not be saved ({exc.strerror or exc})."
    return ""

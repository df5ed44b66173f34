"""Where the window opens: where the user left it, else a comfortable size that fits the screen.

Window geometry and the docks' layout are Qt's own binary blobs, so they live in a small INI file
beside settings.toml (`window.ini`), never in settings.toml, which an organisation may hand out.
The path is computed on each use so it follows XDG_CONFIG_HOME (tests give each window its own).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow

from composer.store.settings import APP_NAME as _APP_NAME

DEFAULT_SIZE = QSize(1100, 720)
SCREEN_SHARE = 0.8  # never more than this share of the available screen by default
STATE_VERSION = 1  # bump when the docks change so an old layout is not forced onto new docks


def default_size(available: QRect | None) -> QSize:
    """1100 x 720, or 80 % of the available screen when that is smaller."""
    if available is None or available.isEmpty():
        return QSize(DEFAULT_SIZE)
    return QSize(
        min(DEFAULT_SIZE.width(), int(available.width() * SCREEN_SHARE)),
        min(DEFAULT_SIZE.height(), int(available.height() * SCREEN_SHARE)),
    )


def settings_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(_APP_NAME)) / "window.ini"


def _store() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def restore(window: QMainWindow) -> bool:
    """Put the window and its docks back where they were; False when nothing was saved (or it's unusable)."""
    saved = _store()
    geometry = saved.value("window/geometry")
    state = saved.value("window/state")
    restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state, STATE_VERSION)
    return bool(restored)


def save(window: QMainWindow) -> None:
    """Remember the window's place, size and dock layout (failures are harmless: defaults next time)."""
    saved = _store()
    saved.setValue("window/geometry", window.saveGeometry())
    saved.setValue("window/state", window.saveState(STATE_VERSION))
    saved.sync()

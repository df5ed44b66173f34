"""Ending the session (SIGTERM from a logout, a shutdown or `kill`) closes the window as a quit does:
the draft is saved into the library, nothing typed is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_sigterm_saves_the_open_draft(tmp_path):
    config, data = tmp_path / "config", tmp_path / "data"
    (config / "composer").mkdir(parents=True)
    (config / "composer" / "settings.toml").write_text("[app]\nwelcome_done = true\n", encoding="utf-8")
    post = tmp_path / "post.txt"
    text = "Sunrise over the parking ramp after a long night 🌅 grateful for this team."
    post.write_text(text, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(data),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    app = subprocess.Popen([sys.executable, "-m", "composer", str(post)], env=env)
    try:
        # Wait until the window has opened its drafts library (the key file appears when it does).
        deadline = time.monotonic() + 30
        while not any(data.glob("composer/drafts.key")) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()

    from composer.store.drafts import DraftStore

    store = DraftStore.open(Path(data) / "composer")
    try:
        texts = [store.get(summary.id).text for summary in store.list_drafts()]
    finally:
        store.close()
    assert text in texts

"""Secrets: in the keyring when there is one, for this session only when the user asks, never in a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import null

from composer.store import secrets as secrets_module
from composer.store.secrets import SecretStore, SecretsUnavailable


class MemoryKeyring(KeyringBackend):
    """A working keyring that keeps secrets in a dict, standing in for the Secret Service."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A Secret Service whose collection stays locked (the user dismissed the unlock prompt)."""

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    set_password = get_password


@pytest.fixture(autouse=True)
def _fresh_session():
    secrets_module._session.clear()
    yield
    secrets_module._session.clear()


@pytest.fixture
def use_backend():
    """Switch keyring's process-wide backend for one test and put the null one back afterwards."""

    def switch(backend):
        keyring.set_keyring(backend)
        return backend

    yield switch
    keyring.set_keyring(null.Keyring())


def files_under(folder: str) -> list[Path]:
    return [p for p in Path(folder).rglob("*") if p.is_file()]


def test_without_a_keyring_the_store_says_so_and_refuses(use_backend):
    use_backend(null.Keyring())
    store = SecretStore()
    assert not store.available()
    assert "no system keyring" in store.describe()
    with pytest.raises(SecretsUnavailable, match="no system keyring"):
        store.set("languagetool-api-key", "abc123")
    with pytest.raises(SecretsUnavailable):
        store.get("languagetool-api-key")


def test_session_only_fallback_lives_in_memory_for_the_process_and_is_never_written(use_backend):
    use_backend(null.Keyring())
    store = SecretStore()
    store.set_for_session("languagetool-api-key", "abc123-secret")
    assert store.get("languagetool-api-key") == "abc123-secret"
    assert store.is_session_only("languagetool-api-key")
    # Another part of the app (the grammar checker) sees it through its own store.
    assert SecretStore().get("languagetool-api-key") == "abc123-secret"
    for folder in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"]):
        assert all(b"abc123-secret" not in p.read_bytes() for p in files_under(folder))
    store.delete("languagetool-api-key")
    assert not store.is_session_only("languagetool-api-key")
    with pytest.raises(SecretsUnavailable):
        store.get("languagetool-api-key")


def test_with_a_keyring_secrets_round_trip_under_the_composer_service(use_backend):
    backend = use_backend(MemoryKeyring())
    store = SecretStore()
    assert store.available()
    assert store.get("languagetool-api-key") is None
    store.set("languagetool-api-key", "k-42")
    assert backend.store == {("composer", "languagetool-api-key"): "k-42"}
    assert store.get("languagetool-api-key") == "k-42"
    store.delete("languagetool-api-key")
    store.delete("languagetool-api-key")  # deleting what is not there is fine
    assert backend.store == {}


def test_storing_in_the_keyring_replaces_a_session_only_copy(use_backend):
    backend = use_backend(MemoryKeyring())
    store = SecretStore()
    store.set_for_session("languagetool-api-key", "old")
    store.set("languagetool-api-key", "new")
    assert not store.is_session_only("languagetool-api-key")
    assert store.get("languagetool-api-key") == "new" == backend.store[("composer", "languagetool-api-key")]


def test_a_locked_keyring_becomes_one_clear_exception(use_backend):
    use_backend(LockedKeyring())
    store = SecretStore()
    with pytest.raises(SecretsUnavailable, match=r"could not be read.*unlock"):
        store.get("languagetool-api-key")
    with pytest.raises(SecretsUnavailable, match="refused to store"):
        store.set("languagetool-api-key", "k")


def test_a_plain_text_keyring_does_not_count_as_a_keyring(use_backend):
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    use_backend(plaintext())
    store = SecretStore()
    assert not store.available()
    assert "plain-text" in store.describe()
    with pytest.raises(SecretsUnavailable):
        store.set("languagetool-api-key", "k")


def test_creating_a_store_does_not_touch_the_keyring(monkeypatch):
    def forbidden():
        raise AssertionError("the keyring was probed")

    monkeypatch.setattr(keyring, "get_keyring", forbidden)
    store = SecretStore()
    store.set_for_session("drafts-key", "x")
    assert store.is_session_only("drafts-key")


def test_reading_settings_and_creating_a_store_never_load_keyring():
    """Keyring probing can block; the app's start-up path (settings, store objects) must not import it."""
    code = (
        "import sys\n"
        "from composer.store.settings import load_settings\n"
        "from composer.store.secrets import SecretStore\n"
        "load_settings(); SecretStore()\n"
        "print('keyring' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=os.environ)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"

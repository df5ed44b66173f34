"""Secrets (the premium API key, the drafts key) in the system keyring, service name `composer`.

Headless Linux often has no keyring backend at all; then `SecretsUnavailable` says so in words the
window can show, and the caller may keep a secret for this session only (in this process's memory,
forgotten when the app quits). A secret is never written to the settings file or any other plain file:
a plain-text keyring backend counts as no keyring.

Keyring calls can block (a Secret Service waiting to be unlocked), so nothing here touches the keyring
until a method is called: constructing a `SecretStore` is free, and `keyring` itself is imported lazily.
Call these methods from user actions or worker threads, never on the app's start-up path.
"""

from __future__ import annotations

import threading
from typing import Any

SERVICE = "composer"
NO_KEYRING = "no system keyring is available on this computer"

# Secrets the user chose to keep for this session only: (service, name) -> value. Process-wide, so every
# SecretStore of the app sees them; never written anywhere.
_session: dict[tuple[str, str], str] = {}
_session_lock = threading.Lock()


class SecretsUnavailable(Exception):
    """No usable keyring: the message says why, in plain words."""


def _keyring() -> Any:
    import keyring  # imported on first use: importing and probing backends can be slow

    return keyring


def _is_plaintext(backend: Any) -> bool:
    """keyrings.alt's file backends keep secrets readable on disk: not acceptable for a health-care app."""
    module = type(backend).__module__
    return module.startswith("keyrings.alt") and "Encrypted" not in type(backend).__name__


class SecretStore:
    """A thin wrapper over `keyring` that turns its many failure modes into one clear exception."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    # --- where secrets go ------------------------------------------------------------------------

    def _backend(self) -> Any:
        try:
            return _keyring().get_keyring()
        except Exception:  # a broken backend configuration must not crash the settings dialog
            return None

    def _usable(self, backend: Any) -> bool:
        if backend is None:
            return False
        from keyring.backends import fail, null

        if isinstance(backend, (fail.Keyring, null.Keyring)) or _is_plaintext(backend):
            return False
        try:
            return getattr(backend, "priority", 1) > 0
        except Exception:
            return False

    def available(self) -> bool:
        """True when a real system keyring can hold secrets (may probe the backend: not at start-up)."""
        return self._usable(self._backend())

    def describe(self) -> str:
        """Where secrets go, for the settings dialog ("SecretService Keyring", or why there is none)."""
        backend = self._backend()
        if backend is not None and _is_plaintext(backend):
            return "only a plain-text keyring is configured on this computer, and Composer does not use it"
        if not self._usable(backend):
            return NO_KEYRING
        return str(getattr(backend, "name", type(backend).__name__))

    # --- the secrets ---------------------------------------------------------------------------

    def get(self, name: str) -> str | None:
        """The secret, from this session's memory first, then from the keyring; None when not stored."""
        with _session_lock:
            if (self.service, name) in _session:
                return _session[(self.service, name)]
        backend = self._require()
        try:
            return backend.get_password(self.service, name)
        except Exception as exc:
            raise SecretsUnavailable(f"the system keyring could not be read ({_reason(exc)})") from None

    def set(self, name: str, value: str) -> None:
        """Store in the keyring (replacing any session-only copy). Raises SecretsUnavailable."""
        backend = self._require()
        try:
            backend.set_password(self.service, name, value)
        except Exception as exc:
            raise SecretsUnavailable(f"the system keyring refused to store the secret ({_reason(exc)})") from None
        self.forget_session(name)

    def set_for_session(self, name: str, value: str) -> None:
        """Keep the secret in memory until the app quits: the fallback the user chose when no keyring works."""
        with _session_lock:
            _session[(self.service, name)] = value

    def is_session_only(self, name: str) -> bool:
        with _session_lock:
            return (self.service, name) in _session

    def forget_session(self, name: str) -> None:
        with _session_lock:
            _session.pop((self.service, name), None)

    def delete(self, name: str) -> None:
        """Forget the secret everywhere: this session's memory and the keyring (when there is one)."""
        self.forget_session(name)
        backend = self._backend()
        if not self._usable(backend):
            return
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(self.service, name)
        except PasswordDeleteError:
            pass  # nothing was stored
        except Exception as exc:
            raise SecretsUnavailable(f"the system keyring could not delete the secret ({_reason(exc)})") from None

    def _require(self) -> Any:
        backend = self._backend()
        if not self._usable(backend):
            raise SecretsUnavailable(self.describe())
        return backend


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__

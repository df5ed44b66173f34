"""Secrets (the premium API key, the drafts key) in the system keyring, service name `composer`.

Headless Linux often has no keyring backend at all; then `SecretsUnavailable` says so in words the
window can show, and callers decide on a fallback (session-only key, key file) explicitly.
Never falls back to writing a secret in the settings file.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail, null

SERVICE = "composer"


class SecretsUnavailable(Exception):
    """No usable keyring: the message says why, in plain words."""


class SecretStore:
    """A thin wrapper over `keyring` that turns its many failure modes into one clear exception."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def available(self) -> bool:
        backend = keyring.get_keyring()
        return not isinstance(backend, (fail.Keyring, null.Keyring)) and getattr(backend, "priority", 1) > 0

    def describe(self) -> str:
        """Where secrets go, for the settings dialog ("Secret Service", "no keyring backend")."""
        if not self.available():
            return "no system keyring is available on this computer"
        backend = keyring.get_keyring()
        return getattr(backend, "name", type(backend).__name__)

    def get(self, name: str) -> str | None:
        if not self.available():
            raise SecretsUnavailable("no system keyring is available on this computer")
        try:
            return keyring.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the system keyring could not be read ({exc})") from None

    def set(self, name: str, value: str) -> None:
        if not self.available():
            raise SecretsUnavailable("no system keyring is available on this computer")
        try:
            keyring.set_password(self.service, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the system keyring refused to store the secret ({exc})") from None

    def delete(self, name: str) -> None:
        if not self.available():
            return
        try:
            keyring.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the system keyring could not delete the secret ({exc})") from None

"""The drafts key and the authenticated encryption of everything the drafts store writes.

Why AES-GCM with associated data: a blob decrypts only with the right key *and* under the name it was
written for (the draft id plus what the blob is: title and settings, body, recovery journal), so a
tampered blob, or one copied onto another draft's row, fails loudly instead of showing the wrong text.

Where the key lives (`load_drafts_key`):

1. the system keyring, service `composer`, entry `drafts-key` (base64 of 32 random bytes);
2. only where no keyring backend exists, a key file `drafts.key` beside the database, mode 0600,
   with a plain warning the window shows (`DraftsKey.warning`). A key file left from such a time is
   moved into the keyring as soon as one appears.

A keyring that exists but cannot be read (locked, refused) raises `KeyUnavailable` instead of
inventing a new key: a fresh key would make the existing drafts unreadable.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from composer.store.atomic import write_private_file
from composer.store.secrets import SecretStore, SecretsUnavailable

KEY_NAME = "drafts-key"
KEY_FILE_NAME = "drafts.key"
KEY_BYTES = 32
_FORMAT = b"\x01"  # first byte of every blob: lets a later version change the layout
_NONCE_BYTES = 12
_AD_PREFIX = b"composer/drafts/v1/"


class KeyUnavailable(Exception):
    """The drafts key cannot be obtained; the message says why in plain words."""


class DecryptionFailed(Exception):
    """A blob is damaged, was written with another key, or belongs to another draft."""


@dataclass(frozen=True)
class DraftsKey:
    key: bytes
    source: str  # "keyring" or "file"
    warning: str | None = None  # shown by the window when the key is not in a keyring


class DraftCipher:
    """AES-256-GCM with a fresh random nonce per blob; `purpose` and `name` bind a blob to its place."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the drafts key must be 32 bytes")
        self._aead = AESGCM(key)

    @staticmethod
    def _associated(purpose: str, name: str) -> bytes:
        return _AD_PREFIX + purpose.encode() + b"/" + name.encode()

    def encrypt(self, plaintext: bytes, *, purpose: str, name: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return _FORMAT + nonce + self._aead.encrypt(nonce, plaintext, self._associated(purpose, name))

    def decrypt(self, blob: bytes, *, purpose: str, name: str) -> bytes:
        if len(blob) < 1 + _NONCE_BYTES + 16 or blob[:1] != _FORMAT:
            raise DecryptionFailed("the encrypted record is damaged")
        nonce = blob[1 : 1 + _NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[1 + _NONCE_BYTES :], self._associated(purpose, name))
        except InvalidTag:
            raise DecryptionFailed("the encrypted record is damaged or was written with another key") from None


def _encode(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def _decode(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyUnavailable(f"the drafts key in {where} is not valid, so your drafts cannot be opened")
    return key


def key_file_warning(path: Path) -> str:
    return (
        "This computer has no system keyring, so the key that protects your saved drafts is kept in a file "
        f"({path}) that only your user account can read. Anyone who can read your files can read your drafts."
    )


def _read_key_file(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyUnavailable(f"the drafts key file {path} cannot be read ({exc})") from None
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return _decode(text, str(path))


def load_drafts_key(directory: Path, secret_store: SecretStore | None = None) -> DraftsKey:
    """The key that encrypts the drafts in `directory`, created on first use (see the module docstring)."""
    secret_store = secret_store or SecretStore()
    key_file = directory / KEY_FILE_NAME
    if not secret_store.available():
        key = _read_key_file(key_file)
        if key is None:
            key = secrets.token_bytes(KEY_BYTES)
            write_private_file(key_file, _encode(key).encode("ascii"))
        return DraftsKey(key, "file", key_file_warning(key_file))

    try:
        stored = secret_store.get(KEY_NAME)
    except SecretsUnavailable as exc:
        key = _read_key_file(key_file)
        if key is not None:
            return DraftsKey(key, "file", key_file_warning(key_file))
        raise KeyUnavailable(f"your drafts are locked: {exc}. Unlock the keyring and start Composer again.") from None
    if stored:
        return DraftsKey(_decode(stored, "the system keyring"), "keyring")

    key = _read_key_file(key_file)
    from_file = key is not None
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
    try:
        secret_store.set(KEY_NAME, _encode(key))
        moved = secret_store.get(KEY_NAME) == _encode(key)
    except SecretsUnavailable:
        moved = False
    if moved:
        if from_file:
            with contextlib.suppress(OSError):
                key_file.unlink()
        return DraftsKey(key, "keyring")
    if not from_file:
        write_private_file(key_file, _encode(key).encode("ascii"))
    return DraftsKey(key, "file", key_file_warning(key_file))

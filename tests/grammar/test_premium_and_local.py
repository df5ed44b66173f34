"""Premium (username + API key from the keyring) and the local LanguageTool (Java + a download we never make)."""

from __future__ import annotations

import time
from typing import ClassVar

import pytest

import composer.grammar.local as local
from composer.grammar import API_KEY_SECRET, GrammarUnavailable, LocalLanguageToolChecker, create_checker
from composer.store.dictionary import UserDictionary
from composer.store.secrets import SecretsUnavailable
from composer.store.settings import GrammarSettings
from tests.grammar.fake_languagetool import running_fake


class FakeSecrets:
    def __init__(self, values=None, error=None, delay=0.0):
        self.values = dict(values or {})
        self.error = error
        self.delay = delay
        self.reads = 0

    def get(self, name):
        self.reads += 1
        time.sleep(self.delay)
        if self.error:
            raise self.error
        return self.values.get(name)


def _premium(secrets, username="jen@example.org", tmp_path=None):
    settings = GrammarSettings(mode="premium", username=username)
    return create_checker(settings, secrets, dictionary=UserDictionary(tmp_path / "d.txt") if tmp_path else None)


def test_premium_sends_username_and_key_from_the_keyring(tmp_path):
    secrets = FakeSecrets({API_KEY_SECRET: "k-123"})
    checker = _premium(secrets, tmp_path=tmp_path)
    assert checker.is_remote
    assert checker.endpoint == "https://api.languagetoolplus.com/v2/check"
    assert checker.name == "LanguageTool Premium"
    assert secrets.reads == 0  # nothing is read until the first check, which runs off the GUI thread
    with running_fake() as fake:
        checker.endpoint = fake.url + "/v2/check"
        checker.check("teh text")
        checker.check("more text")
    assert fake.requests[0]["username"] == "jen@example.org"
    assert fake.requests[0]["apiKey"] == "k-123"
    assert secrets.reads == 1  # the key is read once, not on every check


def test_premium_without_username_says_where_to_enter_it(tmp_path):
    with pytest.raises(GrammarUnavailable, match="username"):
        _premium(FakeSecrets({API_KEY_SECRET: "k"}), username="", tmp_path=tmp_path).check("Some text.")


def test_premium_without_stored_key_says_where_to_enter_it(tmp_path):
    with pytest.raises(GrammarUnavailable, match="No LanguageTool Premium API key is stored"):
        _premium(FakeSecrets(), tmp_path=tmp_path).check("Some text.")


def test_premium_with_no_keyring_explains(tmp_path):
    secrets = FakeSecrets(error=SecretsUnavailable("no system keyring is available on this computer"))
    with pytest.raises(GrammarUnavailable, match="no system keyring"):
        _premium(secrets, tmp_path=tmp_path).check("Some text.")


def test_a_keyring_that_never_answers_does_not_hang_the_check(tmp_path, monkeypatch):
    monkeypatch.setattr("composer.grammar.factory.KEYRING_TIMEOUT_SECONDS", 0.3)
    started = time.monotonic()
    with pytest.raises(GrammarUnavailable, match="keyring did not answer"):
        _premium(FakeSecrets({API_KEY_SECRET: "k"}, delay=5), tmp_path=tmp_path).check("Some text.")
    assert time.monotonic() - started < 2


# --- local ---------------------------------------------------------------------------------------


@pytest.fixture
def no_library_start(monkeypatch):
    """Fail the test if the library were asked to start (and so possibly download) LanguageTool."""

    def forbidden(*args, **kwargs):
        raise AssertionError("language-tool-python must not be started when LanguageTool is missing")

    monkeypatch.setattr("language_tool_python.LanguageTool", forbidden)


def test_local_without_java_says_what_to_install(monkeypatch, no_library_start):
    monkeypatch.setattr(local.shutil, "which", lambda name: None)
    checker = create_checker(GrammarSettings(mode="local"))
    assert isinstance(checker, LocalLanguageToolChecker)
    assert not checker.is_remote
    with pytest.raises(GrammarUnavailable, match=r"Java was not found.*Java 17 or newer"):
        checker.check("Some text.")


def test_local_with_old_java_says_which_version_is_needed(monkeypatch, no_library_start):
    monkeypatch.setattr(local.shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setattr(local, "java_major_version", lambda java: 11)
    with pytest.raises(GrammarUnavailable, match=r"Java 11 is installed.*needs Java 17"):
        create_checker(GrammarSettings(mode="local")).check("Some text.")


def test_local_without_download_names_the_folder_and_never_downloads(monkeypatch, tmp_path, no_library_start):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setattr(local.shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setattr(local, "java_major_version", lambda java: 17)
    started = time.monotonic()
    with pytest.raises(GrammarUnavailable) as raised:
        create_checker(GrammarSettings(mode="local")).check("Some text.")
    message = str(raised.value)
    assert "not installed" in message and "never downloads" in message
    assert str(tmp_path / "lt") in message
    assert "languagetool-server.jar" in message
    assert time.monotonic() - started < 2
    assert not (tmp_path / "lt").exists()  # not even the folder is created


def test_an_unpacked_languagetool_is_found(monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    for version in ("6.4", "6.10"):
        folder = tmp_path / f"LanguageTool-{version}"
        folder.mkdir()
        (folder / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "LanguageTool-7.0").mkdir()  # an incomplete folder without the jar
    install = local.find_install()
    assert install is not None
    assert install.version == "6.10"


def test_java_version_is_read_from_the_real_runtime_when_present():
    java = local.shutil.which("java")
    if java is None:
        pytest.skip("no Java on this computer")
    assert local.java_major_version(java) >= 8


def test_local_mode_with_an_address_uses_that_server(tmp_path):
    with running_fake() as fake:
        settings = GrammarSettings(mode="local", server_url=fake.url)
        checker = create_checker(settings, dictionary=UserDictionary(tmp_path / "d.txt"))
        assert not checker.is_remote
        assert [f.excerpt for f in checker.check("Read teh chart.")] == ["teh"]


class FakeLibraryServer:
    """Stands in for language_tool_python.LanguageTool: records how it was started and stopped."""

    started: ClassVar[list[dict]] = []
    url = ""

    def __init__(self, language=None, language_tool_download_version=None, **kwargs):
        FakeLibraryServer.started.append({"language": language, "version": language_tool_download_version})
        self.url = FakeLibraryServer.url
        self.closed = False

    def close(self):
        self.closed = True


def test_local_server_is_started_once_through_the_library_and_stopped_on_close(monkeypatch, tmp_path):
    monkeypatch.setattr(local, "local_problem", lambda: None)
    monkeypatch.setattr(local, "find_install", lambda folder=None: local.LocalInstall(tmp_path, "6.5"))
    monkeypatch.setattr("language_tool_python.LanguageTool", FakeLibraryServer)
    FakeLibraryServer.started = []
    with running_fake() as fake:
        FakeLibraryServer.url = fake.url + "/v2/"
        settings = GrammarSettings(mode="local", language="en-GB")
        checker = create_checker(settings, dictionary=UserDictionary(tmp_path / "d.txt"))
        assert checker.endpoint == ""  # nothing started yet
        assert [f.excerpt for f in checker.check("Read teh chart.")] == ["teh"]
        checker.check("Another text.")
        assert checker.endpoint == fake.url + "/v2/check"
    assert FakeLibraryServer.started == [{"language": "en-GB", "version": "6.5"}]  # the installed version: no download
    tool = checker._tool
    checker.close()
    assert tool.closed
    with pytest.raises(GrammarUnavailable, match="stopped"):
        checker.check("More text.")


def test_local_server_that_fails_to_start_is_reported(monkeypatch, tmp_path):
    def failing(*args, **kwargs):
        raise RuntimeError("LanguageTool server exited early with code 1")

    monkeypatch.setattr(local, "local_problem", lambda: None)
    monkeypatch.setattr(local, "find_install", lambda folder=None: local.LocalInstall(tmp_path, "6.8"))
    monkeypatch.setattr("language_tool_python.LanguageTool", failing)
    with pytest.raises(GrammarUnavailable, match=r"could not be started.*exited early"):
        create_checker(GrammarSettings(mode="local")).check("Some text.")

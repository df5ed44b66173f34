"""Choosing the checker the settings ask for, and the `composer check --grammar` entry point.

`create_checker` never raises and never touches the network or the keyring: it only builds the
checker. Everything that can fail or take time (reading the API key, starting a local server,
contacting a server) happens in `check()`, which the window runs off the GUI thread.
"""

from __future__ import annotations

import urllib.parse

from composer.review.model import Finding
from composer.store.dictionary import UserDictionary
from composer.store.secrets import SecretStore, SecretsUnavailable
from composer.store.settings import GrammarSettings, Settings

from .base import GrammarChecker, GrammarUnavailable, OffChecker
from .languagetool import PREMIUM_BASE_URL, LanguageToolHttpChecker, call_with_timeout, check_url
from .local import LocalLanguageToolChecker
from .proofreader import OfflineProofreader
from .terms import shipped_terms
from .tokens import tokenize
from .tone import exclamation_findings, shouting_findings, text_speak_findings

API_KEY_SECRET = "languagetool-api-key"
KEYRING_TIMEOUT_SECONDS = 10.0


def create_checker(
    settings: GrammarSettings, secrets: SecretStore | None = None, *, dictionary: UserDictionary | None = None
) -> GrammarChecker:
    """The checker for `settings.mode`: off, offline, local, server or premium (unknown modes: offline)."""
    if dictionary is None:
        dictionary = UserDictionary()
    proofreader = OfflineProofreader(
        dictionary=dictionary, language=settings.language, ignored_rules=settings.ignored_rules
    )
    mode = settings.mode
    if mode == "off":
        return OffChecker()
    if mode not in ("local", "server", "premium"):
        return proofreader
    terms = shipped_terms()

    def accepted(word: str) -> bool:
        return word.lower().replace("’", "'") in terms or word in dictionary

    def tone(text: str, platform: str) -> list[Finding]:
        tokens = tokenize(text)
        return [
            *text_speak_findings(text, tokens, platform),
            *shouting_findings(text, tokens, proofreader.is_plain_word),
            *exclamation_findings(text, platform),
        ]

    options: dict[str, object] = {
        "language": settings.language,
        "ignored_rules": settings.ignored_rules,
        "accepted_word": accepted,
        "tone": tone,
    }
    if mode == "local":
        if settings.server_url.strip():
            return LanguageToolHttpChecker(settings.server_url, name="LanguageTool (local server)", **options)
        return LocalLanguageToolChecker(options)
    if mode == "server":
        return LanguageToolHttpChecker(settings.server_url, is_remote=True, **options)
    store = secrets if secrets is not None else SecretStore()
    return LanguageToolHttpChecker(
        PREMIUM_BASE_URL,
        name="LanguageTool Premium",
        is_remote=True,
        credentials=_premium_credentials(settings.username, store),
        **options,
    )


def _premium_credentials(username: str, store: SecretStore):
    cached: list[str] = []

    def credentials() -> tuple[str, str]:
        if not username.strip():
            raise GrammarUnavailable(
                "LanguageTool Premium needs your account's username: enter it in Settings → Grammar."
            )
        if not cached:
            try:
                key = call_with_timeout(lambda: store.get(API_KEY_SECRET), KEYRING_TIMEOUT_SECONDS, "The keyring")
            except SecretsUnavailable as problem:
                raise GrammarUnavailable(f"The LanguageTool Premium API key could not be read: {problem}.") from None
            if not key:
                raise GrammarUnavailable("No LanguageTool Premium API key is stored: enter it in Settings → Grammar.")
            cached.append(key)
        return username.strip(), cached[0]

    return credentials


# --- consent for remote checks -------------------------------------------------------------------


def remote_address(settings: GrammarSettings) -> str:
    """The server a draft would be sent to in this mode ("" when it stays on this computer)."""
    if settings.mode == "server":
        return settings.server_url.strip()
    if settings.mode == "premium":
        return PREMIUM_BASE_URL
    return ""


def _same_server(a: str, b: str) -> bool:
    try:
        return check_url(a) == check_url(b)
    except GrammarUnavailable:
        return a.strip().rstrip("/") == b.strip().rstrip("/")


def has_remote_consent(settings: GrammarSettings) -> bool:
    """Whether the user agreed to send drafts to this mode's server (True when nothing is sent).

    An address in `remote_consent` matches however it was written ("lt.example.org" and
    "https://lt.example.org/v2/check" are the same server).
    """
    address = remote_address(settings)
    if not address:
        return True
    return any(_same_server(address, agreed) for agreed in settings.remote_consent if agreed.strip())


# --- composer check --grammar --------------------------------------------------------------------


def check_for_cli(text: str, settings: Settings) -> tuple[list[Finding], str | None]:
    """Grammar findings for `composer check --grammar`, and a note for standard error when there is one.

    Never raises for an unavailable checker: a remote server needs the consent given in the app's
    settings; when LanguageTool cannot be used the offline proofreader stands in, and the note says so.
    """
    grammar = settings.grammar
    platform = settings.platform or "x"
    if grammar.mode == "off":
        return [], "grammar checking is turned off in the settings (Settings → Grammar); nothing was checked"
    if not has_remote_consent(grammar):
        where = urllib.parse.urlsplit(remote_address(grammar)).netloc or remote_address(grammar)
        return [], (
            f"grammar not checked: sending drafts to {where or 'the grammar server'} needs your consent, "
            "which is given in the app's settings (Settings → Grammar)"
        )
    try:
        dictionary = UserDictionary()
        checker = create_checker(grammar, dictionary=dictionary)
    except Exception as error:  # a broken dictionary file or keyring must not break `composer check`
        return [], f"the grammar checker could not be set up ({error})"
    try:
        return checker.check(text, platform=platform), None
    except GrammarUnavailable as problem:
        note = f"{checker.name} could not be used: {problem}"
    finally:
        checker.close()
    if isinstance(checker, OfflineProofreader):
        return [], note
    fallback = OfflineProofreader(dictionary=dictionary, language=grammar.language, ignored_rules=grammar.ignored_rules)
    try:
        return fallback.check(text, platform=platform), f"{note} Used the offline proofreader instead."
    except GrammarUnavailable as problem:
        return [], f"{note} The offline proofreader could not be used either: {problem}"

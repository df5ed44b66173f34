"""LanguageTool over its HTTP API (POST /v2/check): an organisation's server, Premium, or a local one.

Talks HTTP directly with urllib rather than through language-tool-python's remote mode, because that
mode first asks the server for its languages with a 300-second timeout (a dead server would freeze
the check for minutes) and has no way to send Premium's username and API key. Here every request
has a deadline of a few seconds, and each failure becomes a `GrammarUnavailable` that says what
happened in words. language-tool-python still manages the local server process (see `local.py`).
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from composer import __version__
from composer.review.model import Finding

from .base import GrammarChecker, GrammarUnavailable, grammar_finding, without_ignored
from .offsets import Utf16Index

REQUEST_TIMEOUT_SECONDS = 6.0  # LanguageTool answers a post-sized text in well under a second
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
PREMIUM_BASE_URL = "https://api.languagetoolplus.com"
_STYLE_ISSUE_TYPES = frozenset({"style", "register"})
_SPELLING_CATEGORIES = frozenset({"TYPOS"})

Credentials = Callable[[], tuple[str, str]]  # () -> (username, api key); raises GrammarUnavailable


def check_url(address: str) -> str:
    """The /v2/check URL for what a user typed ("lt.example.org", "http://localhost:8081/v2/")."""
    address = address.strip()
    if not address:
        raise GrammarUnavailable("No LanguageTool server address is set: enter it in Settings → Grammar.")
    if "://" not in address:
        host = address.split("/", 1)[0].rsplit(":", 1)[0]
        address = ("http://" if is_loopback(host) else "https://") + address
    parts = urllib.parse.urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GrammarUnavailable(f"{address!r} is not a web address (http:// or https://) of a LanguageTool server.")
    path = parts.path.rstrip("/")
    if path.endswith("/v2/check"):
        pass
    elif path.endswith("/v2"):
        path += "/check"
    else:
        path += "/v2/check"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def is_loopback(host: str) -> bool:
    """Whether `host` is this computer (text sent there does not leave the machine)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.netloc or url


# --- reading LanguageTool's answer ---------------------------------------------------------------


def findings_from_response(
    text: str, payload: Any, *, accepted_word: Callable[[str], bool] | None = None
) -> list[Finding]:
    """LanguageTool's /v2/check JSON as findings in code-point offsets.

    Matches with a broken shape are skipped; an answer without a `matches` list is not LanguageTool's.
    `accepted_word` drops spelling matches on words the user or the clinical list accepts.
    """
    if not isinstance(payload, Mapping) or not isinstance(payload.get("matches"), list):
        raise GrammarUnavailable("The grammar server's answer is not in LanguageTool's format.")
    index = Utf16Index(text)
    findings = []
    for match in payload["matches"]:
        finding = _finding_from_match(text, index, match, accepted_word)
        if finding is not None:
            findings.append(finding)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


def _finding_from_match(
    text: str, index: Utf16Index, match: Any, accepted_word: Callable[[str], bool] | None
) -> Finding | None:
    if not isinstance(match, Mapping):
        return None
    offset, length = match.get("offset"), match.get("length")
    if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length < 0:
        return None
    if offset + length > index.utf16_length:
        return None
    rule = match.get("rule") if isinstance(match.get("rule"), Mapping) else {}
    rule_id = str(rule.get("id") or "UNKNOWN_RULE")
    category = rule.get("category") if isinstance(rule.get("category"), Mapping) else {}
    issue_type = str(rule.get("issueType") or "")
    start, end = index.to_code_points(offset), index.to_code_points(offset + length)
    is_spelling = issue_type == "misspelling" or category.get("id") in _SPELLING_CATEGORIES
    if is_spelling and accepted_word is not None and accepted_word(text[start:end]):
        return None
    message = str(match.get("message") or match.get("shortMessage") or rule.get("description") or "Check this.")
    replacements = match.get("replacements") if isinstance(match.get("replacements"), list) else []
    suggestions = [str(r["value"]) for r in replacements if isinstance(r, Mapping) and "value" in r][:5]
    return grammar_finding(
        text,
        f"grammar.{rule_id}",
        start,
        end,
        message,
        suggestions,
        category="style" if issue_type in _STYLE_ISSUE_TYPES else "grammar",
    )


# --- talking to the server -----------------------------------------------------------------------


def post_form(url: str, fields: Mapping[str, str], *, timeout: float) -> Any:
    """POST a form and return the JSON answer; any failure becomes a `GrammarUnavailable` in plain words.

    `timeout` bounds the whole exchange (connecting, waiting and reading), not only each socket call.
    """
    where = host_of(url)
    data = urllib.parse.urlencode(fields).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Accept": "application/json",
            "User-Agent": f"Composer/{__version__}",
        },
    )
    hostname = urllib.parse.urlsplit(url).hostname or ""
    handlers = [urllib.request.ProxyHandler({})] if is_loopback(hostname) else []
    opener = urllib.request.build_opener(*handlers)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            body = _read_before(response, deadline, where, timeout)
    except urllib.error.HTTPError as error:
        raise GrammarUnavailable(_http_error_message(error, where)) from None
    except urllib.error.URLError as error:
        raise GrammarUnavailable(_connection_message(error.reason, where, timeout)) from None
    except TimeoutError:
        raise GrammarUnavailable(_timeout_message(where, timeout)) from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise GrammarUnavailable(f"The connection to the grammar server at {where} failed ({error}).") from None
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise GrammarUnavailable(
            f"The server at {where} answered, but not like a LanguageTool server. Check the address in Settings."
        ) from None


def _read_before(response: Any, deadline: float, where: str, timeout: float) -> bytes:
    chunks = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise GrammarUnavailable(_timeout_message(where, timeout))
        chunk = response.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise GrammarUnavailable(f"The grammar server at {where} sent far more than a LanguageTool answer.")
        chunks.append(chunk)


def _timeout_message(where: str, timeout: float) -> str:
    return (
        f"The grammar server at {where} did not answer within {timeout:g} seconds. "
        "It may be busy or down; try again in a moment."
    )


def _connection_message(reason: object, where: str, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return _timeout_message(where, timeout)
    if isinstance(reason, ConnectionRefusedError):
        return f"Nothing is answering at {where}: is the LanguageTool server running, and is the address right?"
    if isinstance(reason, socket.gaierror):
        return f"The address {where} could not be found. Check it in Settings, and that this computer is online."
    if isinstance(reason, ssl.SSLError):
        return f"A secure connection to {where} could not be made ({reason})."
    return f"The grammar server at {where} could not be reached ({reason})."


def _http_error_message(error: urllib.error.HTTPError, where: str) -> str:
    code = error.code
    try:
        detail = error.read(300).decode("utf-8", "replace").strip().splitlines()[0][:200]
    except (OSError, IndexError, ValueError):
        detail = ""
    if code in (401, 403):
        return f"The grammar server at {where} refused the request (HTTP {code}): check the username and API key."
    if code == 413:
        return f"The draft is too long for the grammar server at {where} (HTTP 413)."
    if code in (426, 429):
        return f"The grammar server at {where} says too many checks were sent (HTTP {code}); try again in a minute."
    if code >= 500:
        return f"The grammar server at {where} had an internal error (HTTP {code}); try again later."
    suffix = f": {detail}" if detail else ""
    return f"The grammar server at {where} refused the check (HTTP {code}){suffix}."


class LanguageToolHttpChecker(GrammarChecker):
    """A LanguageTool reachable over HTTP: an organisation's server, Premium, or one on this computer."""

    def __init__(
        self,
        address: str,
        *,
        name: str = "",
        is_remote: bool | None = None,
        language: str = "en-US",
        ignored_rules: Iterable[str] = (),
        accepted_word: Callable[[str], bool] | None = None,
        tone: Callable[[str, str], list[Finding]] | None = None,
        credentials: Credentials | None = None,
        timeout: float = REQUEST_TIMEOUT_SECONDS,
    ) -> None:
        self._address = address
        self._url_problem: str | None = None
        try:
            self.endpoint = check_url(address)
        except GrammarUnavailable as problem:
            self.endpoint, self._url_problem = "", str(problem)
        host = urllib.parse.urlsplit(self.endpoint).hostname or ""
        self.is_remote = (not is_loopback(host)) if is_remote is None else is_remote
        self.name = name or f"LanguageTool ({host_of(self.endpoint) or 'no server set'})"
        self.language = language or "en-US"
        self.ignored_rules = frozenset(ignored_rules)
        self.accepted_word = accepted_word
        self.tone = tone
        self.credentials = credentials
        self.timeout = timeout

    def check(self, text: str, *, platform: str = "x") -> list[Finding]:
        if self._url_problem:
            raise GrammarUnavailable(self._url_problem)
        if not text.strip():
            return []
        fields = {"text": text, "language": self.language}
        disabled = _languagetool_rule_ids(self.ignored_rules)
        if disabled:
            fields["disabledRules"] = ",".join(sorted(disabled))
        if self.credentials is not None:
            fields["username"], fields["apiKey"] = self.credentials()
        payload = post_form(self.endpoint, fields, timeout=self.timeout)
        findings = findings_from_response(text, payload, accepted_word=self.accepted_word)
        if self.tone is not None:
            taken = {(f.start, f.end) for f in findings}
            findings += [f for f in self.tone(text, platform) if (f.start, f.end) not in taken]
        findings = without_ignored(findings, self.ignored_rules)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings


def _languagetool_rule_ids(ignored: Collection[str]) -> set[str]:
    """The ignored rules that are LanguageTool's ("grammar.X" or plain "X"), to disable on the server too."""
    ids = set()
    for rule in ignored:
        if rule.startswith("grammar."):
            ids.add(rule.removeprefix("grammar."))
        elif "." not in rule and rule.replace("_", "").isalnum() and rule.isupper():
            ids.add(rule)
    return ids


def call_with_timeout(function: Callable[[], Any], seconds: float, what: str) -> Any:
    """Run `function` on a helper thread and give up after `seconds`: a locked keyring can block forever."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # handed back to the caller below
            outcome["error"] = error

    worker = threading.Thread(target=run, name="composer-grammar-wait", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise GrammarUnavailable(f"{what} did not answer within {seconds:g} seconds; is it locked?")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")

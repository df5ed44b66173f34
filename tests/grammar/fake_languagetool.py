"""A stand-in LanguageTool HTTP server for tests: real /v2/check JSON, on 127.0.0.1, in a thread.

By default it finds a few well-known mistakes in the posted text the way LanguageTool reports them
(offsets and lengths in UTF-16 code units, computed here independently of the code under test).
Tests can make it fail (`status`), stall (`delay`), or answer with anything (`raw_body`).
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# (pattern, rule id, issue type, category id, category name, message, replacements)
KNOWN_MISTAKES = (
    (r"\bteh\b", "MORFOLOGIK_RULE_EN_US", "misspelling", "TYPOS", "Possible Typo",
     "Possible spelling mistake found.", ["the", "tea", "ten"]),
    (r"\bq6h\b", "MORFOLOGIK_RULE_EN_US", "misspelling", "TYPOS", "Possible Typo",
     "Possible spelling mistake found.", ["q6"]),
    (r"\bNguyen\b", "MORFOLOGIK_RULE_EN_US", "misspelling", "TYPOS", "Possible Typo",
     "Possible spelling mistake found.", ["Nguyễn"]),
    (r"\b(\w+) \1\b", "ENGLISH_WORD_REPEAT_RULE", "duplication", "MISC", "Miscellaneous",
     "Possible typo: you repeated a word.", ["$1"]),
    (r"\bvery unique\b", "EN_UNIQUE_VERY", "style", "STYLE", "Style",
     "Consider removing “very”: “unique” cannot be graded.", ["unique"]),
)  # fmt: skip


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def languagetool_answer(text: str, language: str = "en-US") -> dict:
    """What LanguageTool's /v2/check returns for `text`, limited to KNOWN_MISTAKES."""
    matches = []
    for pattern, rule_id, issue_type, category_id, category_name, message, replacements in KNOWN_MISTAKES:
        for found in re.finditer(pattern, text):
            offset = utf16_length(text[: found.start()])
            length = utf16_length(found.group())
            values = [found.group(1) if r == "$1" else r for r in replacements]
            sentence_start = max(text.rfind(".", 0, found.start()) + 1, 0)
            matches.append(
                {
                    "message": message,
                    "shortMessage": "Spelling mistake" if issue_type == "misspelling" else "",
                    "replacements": [{"value": v} for v in values],
                    "offset": offset,
                    "length": length,
                    "context": {
                        "text": text[max(0, found.start() - 20) : found.end() + 20],
                        "offset": min(20, found.start()),
                        "length": length,
                    },
                    "sentence": text[sentence_start : found.end()].strip(),
                    "type": {"typeName": "UnknownWord" if issue_type == "misspelling" else "Other"},
                    "rule": {
                        "id": rule_id,
                        "description": message,
                        "issueType": issue_type,
                        "category": {"id": category_id, "name": category_name},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
    matches.sort(key=lambda m: m["offset"])
    return {
        "software": {"name": "LanguageTool", "version": "6.5", "buildDate": "2024-09-27 10:28:05 +0000",
                     "apiVersion": 1, "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": "English (US)", "code": language,
                     "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99}},
        "matches": matches,
    }  # fmt: skip


@dataclass
class FakeLanguageTool:
    """Controls for the fake server. Change them between checks; every request is recorded."""

    status: int = 200
    delay: float = 0.0  # seconds to wait before answering (a slow or stuck server)
    raw_body: bytes | None = None  # answer exactly this instead of LanguageTool JSON
    requests: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    url: str = ""  # http://127.0.0.1:PORT (the base address, as a user would type it)
    release: threading.Event = field(default_factory=threading.Event)  # set at shutdown to end delays

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
                fake.requests.append(form)
                fake.paths.append(self.path)
                if fake.delay:
                    fake.release.wait(fake.delay)
                if fake.raw_body is not None:
                    body, kind = fake.raw_body, "text/plain"
                elif fake.status != 200:
                    body, kind = b"Error: internal error on the test server", "text/plain"
                else:
                    body = json.dumps(languagetool_answer(form.get("text", ""), form.get("language", ""))).encode()
                    kind = "application/json"
                try:
                    self.send_response(fake.status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up waiting, as it should

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output quiet

        return Handler


class running_fake:
    """Context manager: a FakeLanguageTool listening on 127.0.0.1 for the duration of a test."""

    def __init__(self) -> None:
        self.fake = FakeLanguageTool()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.fake._handler())
        self.server.daemon_threads = True
        self.fake.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> FakeLanguageTool:
        self.thread.start()
        return self.fake

    def __exit__(self, *exc_info: object) -> None:
        self.fake.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

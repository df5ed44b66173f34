"""LanguageTool on this computer, started and stopped by language-tool-python.

language-tool-python downloads LanguageTool (~250 MB) on first use; Composer never downloads
anything at run time. So before starting it, this module checks what is on disk: a Java 17+ runtime
and an unpacked LanguageTool in language-tool-python's folder (`$LTP_PATH`, by default
~/.cache/language_tool_python). When something is missing the check raises `GrammarUnavailable`
saying exactly what to install and where, instead of letting the library try the network.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from composer.review.model import Finding

from .base import GrammarChecker, GrammarUnavailable
from .languagetool import LanguageToolHttpChecker

MIN_JAVA = 17
_JAVA_VERSION_TIMEOUT = 10.0
_JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
_JAVA_VERSION = re.compile(r'version "(?P<major>\d+)(?:\.(?P<minor>\d+))?')
_INSTALL_JAVA = (
    "install Java 17 or newer (on Debian or Ubuntu: sudo apt install openjdk-17-jre-headless; "
    "elsewhere from https://adoptium.net)"
)


@dataclass(frozen=True)
class LocalInstall:
    folder: Path  # the unpacked LanguageTool-X.Y folder
    version: str  # "6.8", or a snapshot date


def download_folder() -> Path:
    """Where language-tool-python keeps LanguageTool: $LTP_PATH, else ~/.cache/language_tool_python."""
    configured = os.environ.get("LTP_PATH")
    return Path(configured) if configured else Path.home() / ".cache" / "language_tool_python"


def wanted_version() -> str:
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION

    return LTP_DOWNLOAD_VERSION


def download_url(version: str) -> str:
    """Where language-tool-python would download `version` from (computed, never fetched)."""
    from language_tool_python.download_lt import LocalLanguageTool

    try:
        return LocalLanguageTool.from_version_name(version).download_url
    except ValueError:
        return "https://languagetool.org/download/"


def find_install(folder: Path | None = None) -> LocalInstall | None:
    """The newest unpacked LanguageTool with its server jar, without creating or downloading anything."""
    folder = folder or download_folder()
    found = []
    try:
        candidates = [p for p in folder.glob("LanguageTool-*") if p.is_dir()]
    except OSError:
        return None
    for path in candidates:
        version = path.name.removeprefix("LanguageTool-")
        if re.fullmatch(r"\d+\.\d+|\d{8}", version) and any((path / jar).is_file() for jar in _JAR_NAMES):
            found.append((tuple(int(n) for n in re.split(r"\D", version)), LocalInstall(path, version)))
    return max(found, key=lambda item: item[0])[1] if found else None


def java_major_version(java: str) -> int | None:
    """The major version of a Java runtime ("1.8" -> 8, "17.0.2" -> 17), or None when it cannot be run."""
    try:
        result = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=_JAVA_VERSION_TIMEOUT, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    match = _JAVA_VERSION.search(result.stderr + result.stdout)
    if not match:
        return None
    major = int(match.group("major"))
    return int(match.group("minor") or 0) if major == 1 else major


def local_problem() -> str | None:
    """Why a local LanguageTool cannot start, in words saying what to install and where; None when it can."""
    java = shutil.which("java")
    if java is None:
        return f"Java was not found. The local LanguageTool needs it: {_INSTALL_JAVA}."
    major = java_major_version(java)
    if major is None:
        return f"Java at {java} did not report its version. The local LanguageTool needs Java {MIN_JAVA} or newer."
    if major < MIN_JAVA:
        return f"Java {major} is installed, but the local LanguageTool needs Java {MIN_JAVA} or newer: {_INSTALL_JAVA}."
    if find_install() is None:
        version = wanted_version()
        folder = download_folder()
        return (
            f"LanguageTool is not installed on this computer, and Composer never downloads it by itself. "
            f"Download LanguageTool {version} ({download_url(version)}) and unzip it into {folder}, so that "
            f"{folder / f'LanguageTool-{version}' / _JAR_NAMES[0]} exists (or set LTP_PATH to the folder "
            f"holding LanguageTool-{version}). Until then, choose the offline proofreader or a server."
        )
    return None


class LocalLanguageToolChecker(GrammarChecker):
    """Starts LanguageTool on this computer on the first check (a few seconds), then checks through it."""

    name = "LanguageTool (on this computer)"
    is_remote = False

    def __init__(self, http_options: dict[str, object] | None = None) -> None:
        self._http_options = dict(http_options or {})
        self._language = str(self._http_options.get("language") or "en-US")
        self._lock = threading.Lock()
        self._tool = None  # language_tool_python.LanguageTool once started
        self._http: LanguageToolHttpChecker | None = None
        self._closed = False

    @property
    def endpoint(self) -> str:  # type: ignore[override]
        return self._http.endpoint if self._http is not None else ""

    def check(self, text: str, *, platform: str = "x") -> list[Finding]:
        return self._started().check(text, platform=platform)

    def _started(self) -> LanguageToolHttpChecker:
        with self._lock:
            if self._closed:
                raise GrammarUnavailable("The local LanguageTool was stopped.")
            if self._http is None:
                self._http = self._start()
            return self._http

    def _start(self) -> LanguageToolHttpChecker:
        problem = local_problem()
        if problem:
            raise GrammarUnavailable(problem)
        install = find_install()
        assert install is not None  # local_problem() found it
        try:
            import language_tool_python

            tool = language_tool_python.LanguageTool(
                language=self._language, language_tool_download_version=install.version
            )
        except (Exception, SystemExit) as error:  # the library raises many types; all mean "could not start"
            raise GrammarUnavailable(
                f"The local LanguageTool in {install.folder} could not be started ({error}). "
                "Check that the folder is complete, or choose another grammar mode."
            ) from None
        self._tool = tool
        return LanguageToolHttpChecker(tool.url, name=self.name, is_remote=False, **self._http_options)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            tool, self._tool, self._http = self._tool, None, None
        if tool is not None:
            tool.close()

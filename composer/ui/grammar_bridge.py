"""The grammar checker, driven from the window without ever blocking it.

Creating a checker (which may start a local LanguageTool or read an API key from the keyring) and
every check run on the thread pool. One check runs at a time; while it runs, only the newest
request waits, so a fast typist never queues a backlog. Answers carry the review generation and
the window drops stale ones. Sending text to a remote server needs two things the window asks the
user for: consent to that server (once, saved in the settings) and, for a draft with patient or
confidential details (guideline 1), a confirmation for that draft.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from composer.store.settings import GrammarSettings
from composer.ui.workers import JobDispatcher

CheckerFactory = Callable[[GrammarSettings], Any]


def default_factory(dictionary: Any = None) -> CheckerFactory | None:
    """`composer.grammar.create_checker` bound to the keyring and the window's user dictionary (so a word
    added while the checker runs counts at once), or None while the checker is not installed."""
    try:
        from composer.grammar import create_checker
    except ImportError:
        return None

    def make(settings: GrammarSettings) -> Any:
        from composer.store.secrets import SecretStore

        return create_checker(settings, SecretStore(), dictionary=dictionary)

    return make


def consent_key(settings: GrammarSettings) -> str:
    """The address the user agrees to send drafts to: where this mode really sends them.

    Premium always goes to LanguageTool's premium service, whatever `server_url` an older
    configuration left behind; a server (or a local server's) address is the server URL. The same
    notion as `composer.grammar.remote_address`, so the window and `composer check --grammar` agree.
    """
    try:
        from composer.grammar import remote_address
    except ImportError:  # the checker is not installed: nothing can be sent anyway
        return "" if settings.mode == "premium" else settings.server_url.strip()
    return remote_address(settings) or settings.server_url.strip()


def has_consent(settings: GrammarSettings) -> bool:
    """Whether the user agreed to send drafts where this mode sends them (`composer.grammar.has_remote_consent`)."""
    try:
        from composer.grammar import has_remote_consent
    except ImportError:
        return consent_key(settings) in settings.remote_consent
    return has_remote_consent(settings)


def _unavailable_message(error: BaseException) -> str:
    try:
        from composer.grammar import GrammarUnavailable
    except ImportError:
        GrammarUnavailable = None
    if GrammarUnavailable is not None and isinstance(error, GrammarUnavailable):
        return str(error) or "the grammar checker is unavailable"
    return f"the grammar checker failed ({type(error).__name__})"


class GrammarBridge(QObject):
    """Owns the checker and its jobs; reports findings and a one-line state for the status bar."""

    findingsReady = Signal(int, list)  # generation, findings
    stateChanged = Signal()
    consentNeeded = Signal(str)  # the server the draft would go to

    def __init__(self, factory: CheckerFactory | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._settings: GrammarSettings | None = None
        self._checker: Any = None
        self._creating = False
        self._config_id = 0
        self._jobs = JobDispatcher(parent=self)
        self._jobs.finished.connect(self._on_checked)
        self._jobs.failed.connect(self._on_check_failed)
        self._maker = JobDispatcher(parent=self)
        self._maker.finished.connect(self._on_created)
        self._maker.failed.connect(self._on_create_failed)
        self._pending: tuple[int, str, bool, str] | None = None
        self._consented = False
        self._asking = False
        self._private_confirmed = False
        self.state = "Grammar: off"
        self.problem = ""  # set when the checker failed; the status bar offers Retry
        self.paused_for_privacy = False

    # --- configuration -------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._factory is not None

    @property
    def enabled(self) -> bool:
        return self._factory is not None and self._settings is not None and self._settings.mode != "off"

    @property
    def is_remote(self) -> bool:
        return bool(self._checker is not None and getattr(self._checker, "is_remote", False))

    @property
    def busy(self) -> bool:
        return self._jobs.busy or self._creating

    def configure(self, settings: GrammarSettings) -> None:
        """Use these grammar settings; a changed configuration replaces the checker."""
        if settings == self._settings and (self._checker is not None or self._creating):
            return
        self._settings = settings
        self._consented = has_consent(settings)
        self._close_checker()
        self._config_id += 1
        if self._factory is None:
            self._set_state("Grammar: not installed")
            return
        if settings.mode == "off":
            self._set_state("Grammar: off")
            return
        self._creating = True
        self._set_state("Grammar: starting…")
        config_id = self._config_id
        self._maker.start(config_id, lambda: self._factory(settings))

    def retry(self) -> None:
        """Start the checker again when it could not start; a failed check is simply asked again."""
        if self._settings is not None and self._checker is None and not self._creating:
            settings, self._settings = self._settings, None
            self.configure(settings)

    def grant_consent(self, settings: GrammarSettings) -> None:
        """The user agreed; `settings` now record it (so they don't count as a new configuration)."""
        self._settings = settings
        self._consented = True
        self._asking = False
        self._resume()

    def decline_consent(self) -> None:
        self._asking = False
        self._close_checker()
        self._pending = None
        self._set_state("Grammar: off for this session (the server was not approved)")

    def new_draft(self) -> None:
        """A different draft: its guideline-1 confirmation starts afresh."""
        self._private_confirmed = False
        self.paused_for_privacy = False

    def confirm_private(self) -> None:
        self._private_confirmed = True
        self.paused_for_privacy = False
        self._resume()

    def close(self) -> None:
        self._pending = None
        self._close_checker()

    # --- checking ------------------------------------------------------------------------------

    def request(self, generation: int, text: str, *, private: bool, platform: str = "x") -> None:
        """Check `text` (review generation `generation`) for `platform`; `private` = it has guideline-1 findings."""
        if not self.enabled:
            return
        self._pending = (generation, text, private, platform)
        self._resume()

    def _resume(self) -> None:
        if self._pending is None or self._checker is None or self._jobs.busy:
            return
        generation, text, private, platform = self._pending
        if self.is_remote and not self._consented:
            if not self._asking:  # one question at a time, even if reviews arrive while it is open
                self._asking = True
                self.consentNeeded.emit(consent_key(self._settings))
            return
        if self.is_remote and private and not self._private_confirmed:
            self.paused_for_privacy = True
            self._set_state("Grammar paused: this draft has patient or confidential details")
            return
        self.paused_for_privacy = False
        self._pending = None
        checker = self._checker
        self._set_state(f"Grammar: {checker.name} · checking…")
        self._jobs.start(generation, lambda: (checker, list(checker.check(text, platform=platform))))

    def _on_created(self, config_id: int, checker: Any) -> None:
        if config_id != self._config_id:  # settings changed meanwhile: this checker is not wanted
            _close_quietly(checker)
            return
        self._creating = False
        self._checker = checker
        self.problem = ""
        self._set_state(f"Grammar: {checker.name}")
        self._resume()

    def _on_create_failed(self, config_id: int, error: BaseException) -> None:
        if config_id != self._config_id:
            return
        self._creating = False
        self.problem = _unavailable_message(error)
        self._set_state(f"Grammar: {self.problem}")

    def _on_checked(self, generation: int, answer: tuple[Any, list]) -> None:
        checker, findings = answer
        if checker is self._checker:  # else the settings changed while it ran
            self.problem = ""
            self._set_state(f"Grammar: {checker.name}")
            self.findingsReady.emit(generation, findings)
        self._resume()

    def _on_check_failed(self, generation: int, error: BaseException) -> None:
        if self._checker is None:
            return
        self.problem = _unavailable_message(error)
        self._set_state(f"Grammar: {self.problem}")
        self._pending = None  # Retry (or the next pause in typing) asks again

    def _close_checker(self) -> None:
        checker, self._checker = self._checker, None
        self._creating = False
        if checker is not None:
            _close_quietly(checker)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.stateChanged.emit()


def _close_quietly(checker: Any) -> None:
    """Close off the GUI thread: stopping a local LanguageTool server can take a moment."""

    def close() -> None:
        with contextlib.suppress(Exception):
            checker.close()

    QThreadPool.globalInstance().start(close)

"""The drafts library behind the window: opened off the GUI thread, shown in a dock (Drafts…, Ctrl+Shift+O).

Opening reads the drafts key from the keyring, which can block while a keyring asks to be unlocked,
so it runs on the thread pool and the window keeps working meanwhile (the store may then be used
from the GUI thread; see composer.store.drafts). A damaged library is set aside by the store and a
fresh one opened, with the store's message kept for the window to show. The dock exists from the
start, so the window's saved layout can place it; until the store is open it says why it is empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel

from composer.store.drafts import DraftStore, StoreCorrupt, StoreError
from composer.ui.workers import JobDispatcher

if TYPE_CHECKING:
    from composer.ui.drafts_browser import DraftsBrowser
    from composer.ui.main_window import MainWindow

Opener = Callable[[], DraftStore]


def open_store(opener: Opener) -> tuple[DraftStore, list[str]]:
    """Open the store (in a worker); a damaged library is replaced by a new one, and the reason kept."""
    notes: list[str] = []
    try:
        return opener(), notes
    except StoreCorrupt as exc:
        notes.append(str(exc))
    try:
        return opener(), notes
    except StoreError as exc:
        raise StoreError(f"{notes[0]} {exc}") from None


class DraftsLibrary(QObject):
    """The store's life (opening, open, unavailable, closed) and the browser dock."""

    ready = Signal()  # `store` is open
    failed = Signal(str)  # the store can't be used; the message says why in words

    def __init__(self, window: MainWindow, opener: Opener | None = DraftStore.open) -> None:
        super().__init__(window)
        self._window = window
        self._opener = opener
        self.store: DraftStore | None = None
        self.browser: DraftsBrowser | None = None
        self.notes: list[str] = []  # what the store said while opening (a damaged library set aside)
        self.problem = ""
        self.state = "off" if opener is None else "idle"
        self._jobs = JobDispatcher(parent=self)
        self._jobs.finished.connect(self._on_opened)
        self._jobs.failed.connect(self._on_failed)

        self.placeholder = QLabel("Opening your drafts…")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setMargin(window.fontMetrics().averageCharWidth())
        self.dock = QDockWidget("Drafts", window)
        self.dock.setObjectName("draftsDock")
        self.dock.setAccessibleName("Drafts library panel")
        self.dock.setWidget(self.placeholder)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()

    @property
    def is_open(self) -> bool:
        return self.state == "open" and self.store is not None

    @property
    def opening(self) -> bool:
        return self.state == "opening"

    def start(self) -> None:
        if self._opener is None:
            self.placeholder.setText("The drafts library is turned off.")
            return
        self.state = "opening"
        opener = self._opener
        self._jobs.start(0, lambda: open_store(opener))

    def _on_opened(self, _generation: int, result: tuple[DraftStore, list[str]]) -> None:
        store, notes = result
        if self.state == "closed":  # the window closed while the store was opening
            store.close()
            return
        from composer.ui.drafts_browser import DraftsBrowser

        self.store, self.notes, self.state = store, notes, "open"
        self.browser = DraftsBrowser(store)
        self.dock.setWidget(self.browser)
        self.placeholder.deleteLater()
        self.ready.emit()

    def _on_failed(self, _generation: int, error: BaseException) -> None:
        if self.state == "closed":
            return
        if isinstance(error, StoreError):
            self.problem = str(error)
        else:
            self.problem = f"The drafts library could not be opened ({type(error).__name__}: {error})."
        self.state = "failed"
        self.placeholder.setText(f"{self.problem}\n\nYour text stays in the window; File › Export Text… saves it.")
        self.failed.emit(self.problem)

    def wait_until_settled(self, timeout_ms: int = 3000) -> None:
        """At quit: give a store that is still opening a moment, so the draft can be saved into it."""
        if not self.opening:
            return
        loop = QEventLoop()
        self.ready.connect(loop.quit)
        self.failed.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    def toggle(self) -> None:
        """Show the library and put the keyboard in its search field; again from inside it: back to the editor."""
        focus = self._window.focusWidget()
        if self.dock.isVisible() and focus is not None and self.dock.isAncestorOf(focus):
            self.dock.hide()
            self._window.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.dock.show()
        self.dock.raise_()
        if self.browser is not None:
            self.browser.refresh()
            self.browser.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        if self.browser is not None and self.dock.isVisible():
            self.browser.refresh()

    def close(self) -> None:
        store, self.store = self.store, None
        self.state = "closed"
        if store is not None:
            store.close()

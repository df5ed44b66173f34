"""The drafts library beside the editor (Drafts…, Ctrl+Shift+O), opened on first use.

The store and its browser are written elsewhere (composer.store.drafts, composer.ui.drafts_browser);
this module only puts the browser in a dock and turns its requests into window actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from composer.ui import prompts

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


class DraftsLibrary(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.store: Any = None
        self.browser: Any = None
        self.dock: QDockWidget | None = None

    def toggle(self) -> None:
        if self.dock is None and not self._open():
            return
        assert self.dock is not None
        if self.dock.isVisible() and self.browser.isAncestorOf(self._window.focusWidget()):
            self.dock.hide()
            self._window.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.dock.show()
        self.dock.raise_()
        self.browser.refresh()
        self.browser.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open(self) -> bool:
        from composer.store.drafts import DraftStore, StoreError
        from composer.ui.drafts_browser import DraftsBrowser

        try:
            self.store = DraftStore.open()
        except StoreError as exc:
            prompts.warn(self._window, "The drafts library could not be opened", str(exc))
            return False
        self.browser = DraftsBrowser(self.store)
        self.browser.openRequested.connect(self._open_draft)
        self.browser.newRequested.connect(self._window.new_draft)
        self.browser.draftTrashed.connect(self._trashed)
        self.dock = QDockWidget("Drafts", self._window)
        self.dock.setObjectName("draftsDock")
        self.dock.setWidget(self.browser)
        self._window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        return True

    def _open_draft(self, draft_id: str) -> None:
        from composer.store.drafts import StoreError

        if not self._window.confirm_discard():
            return
        try:
            draft = self.store.get(draft_id)
        except StoreError as exc:
            prompts.warn(self._window, "The draft could not be opened", str(exc))
            return
        self._window.show_draft(draft.text, platform=draft.platform, draft_id=draft.id, title=draft.title)

    def _trashed(self, draft_id: str) -> None:
        if self._window.state.draft_id == draft_id:
            self._window.state.draft_id = None

    def save(self, draft_id: str, text: str, platform: str, readiness: str) -> str:
        """Save into the library; the problem in words, or "" when saved."""
        from composer.store.drafts import StoreError

        try:
            self.store.save(draft_id, text, platform=platform, readiness=readiness)
        except StoreError as exc:
            return str(exc)
        self.browser.refresh()
        return ""

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

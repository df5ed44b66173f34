"""The life of the open draft in the drafts library: autosave, save, switch, recover, export, quit.

Every draft lives in the library (composer.store.drafts). Typing restarts two countdowns: after a
few seconds the text goes into the encrypted recovery journal (cheap, crash-safe), after a longer
pause it is saved into the library. Ctrl+S, switching drafts and quitting save at once. The journal
is what protects every keystroke in between: after a crash or a kill, the next start finds it,
puts the text back in the window and says so, with Keep and Discard.

Nothing here ever drops text silently: when the library can't be opened or a save fails, the text
stays in the window, a banner says why, and File › Export Text… writes it to a file of the user's
choice; quitting then asks (Save as Text File / Quit Anyway / Cancel).

A mixin of MainWindow, kept apart because it is one job: the window's review code never needs it.
"""

from __future__ import annotations

import contextlib
import enum
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog

from composer.store.drafts import (
    AUTOSAVE_DELAY_MS,
    UNTITLED,
    Draft,
    DraftNotFound,
    RecoveredText,
    StoreError,
    describe_readiness,
    export_text,
    title_for,
)
from composer.store.record import MARKDOWN_SUFFIXES, ReviewRecord, export_record
from composer.ui import geometry, prompts
from composer.ui.decisions import Decisions, build_record
from composer.ui.files import read_draft

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

LIBRARY_SAVE_DELAY_MS = 30_000  # a longer pause in typing saves into the library (the journal covers the rest)
TITLE_SCAN = 2_000  # the title is the first line: never split a pasted book into lines to find it


class Leave(enum.Enum):
    """What the user chose when the draft could not be saved before leaving it."""

    EXPORT = "export"
    DISCARD = "discard"
    CANCEL = "cancel"


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return f"{local:%H:%M}"
    return f"{local:%Y-%m-%d %H:%M}"


def _file_stem(title: str) -> str:
    """A file name from the draft's title: letters, digits, spaces and dashes only."""
    stem = re.sub(r"[^\w\- ]+", "", title).strip()[:40].strip()
    return stem or "draft"


class DraftsFlow:
    """Mixed into MainWindow (which provides editor, state, library, notices, text(), set_text(), ...)."""

    # --- set-up ------------------------------------------------------------------------------------

    def _init_drafts_flow(self: MainWindow) -> None:
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.library_save_timer = QTimer(self)
        self.library_save_timer.setSingleShot(True)
        self.library_save_timer.setInterval(LIBRARY_SAVE_DELAY_MS)
        self.library_save_timer.timeout.connect(self._save_quietly)
        self._recovered: tuple[str, bool] | None = None  # (draft id, had a saved version) until Keep/Discard
        self._shown_once = False
        self._last_stored_readiness: str | None = None
        self._decisions_unsaved = False  # decisions made while the draft had no place in the library
        self.library.ready.connect(self._on_library_ready)
        self.library.failed.connect(self._on_library_failed)
        self.library.start()

    def _text_changed_for_drafts(self: MainWindow) -> None:
        if self.library.is_open:
            self.autosave_timer.start()
            self.library_save_timer.start()

    def _stop_save_timers(self: MainWindow) -> None:
        self.autosave_timer.stop()
        self.library_save_timer.stop()

    # --- the library opens (or not) ------------------------------------------------------------------

    def _on_library_ready(self: MainWindow) -> None:
        store, browser = self.library.store, self.library.browser
        assert store is not None and browser is not None
        browser.openRequested.connect(self.open_draft_id)
        browser.newRequested.connect(self.new_draft)
        browser.draftTrashed.connect(self._on_draft_trashed)
        browser.draftRenamed.connect(self._on_draft_renamed)
        browser.before_change = self._before_browser_change
        for note in self.library.notes:
            self.notices.show_notice("library", note, kind="warning")
        if store.key_warning:
            self.notices.show_notice("key", store.key_warning)
        try:
            recovered = store.pending_recoveries()
        except StoreError as exc:
            self._store_problem("recovery", str(exc))
            recovered = []
        if recovered:
            self._restore(recovered)
        elif self.text().strip():  # a file from the command line, or text typed while the library opened
            self._adopt_text()
        else:
            self._open_where_left()

    def _on_library_failed(self: MainWindow, problem: str) -> None:
        if "export" not in problem.lower():
            problem += " Your text stays in this window; File › Export Text… saves it to a file."
        self.notices.show_notice(
            "library", problem, kind="warning", actions=[("Export Text…", self.export_text_file)], dismissable=True
        )
        self.statusBar().showMessage("The drafts library is not available.", 10000)

    def _adopt_text(self: MainWindow) -> None:
        """The text already in the window becomes a draft in the library."""
        problem = self._save_to_library()
        if problem:
            self._store_problem("save", problem)

    def _open_where_left(self: MainWindow) -> None:
        store = self.library.store
        assert store is not None
        try:
            draft_id = store.last_open_id or next((d.id for d in store.list_drafts() if not d.damaged), None)
            draft = store.get(draft_id) if draft_id else store.new(platform=self.state.platform)
        except StoreError as exc:
            self._store_problem("open", str(exc))
            try:
                draft = store.new(platform=self.state.platform)
            except StoreError:
                return
        self._show_library_draft(draft)

    # --- recovery after a crash ----------------------------------------------------------------------

    def _restore(self: MainWindow, recovered: list[RecoveredText]) -> None:
        """Unsaved text from last time: the newest goes back in the window; older ones into the library."""
        store = self.library.store
        assert store is not None
        newest = recovered[-1]
        keep_window_text = bool(self.text().strip())
        elsewhere = recovered if keep_window_text else recovered[:-1]
        restored_titles = []
        for entry in elsewhere:
            try:
                restored_titles.append(store.accept_recovery(entry.draft_id).title)
            except StoreError as exc:
                self._store_problem("recovery", str(exc))
        others = ", ".join(f"“{title}”" for title in restored_titles)
        if keep_window_text:
            self._adopt_text()
            self.notices.show_notice(
                "recovered",
                f"Composer did not close properly last time. Unsaved text from {_when(newest.written)} was "
                f"restored into your drafts: {others} (Drafts…, Ctrl+Shift+O).",
            )
            return
        try:
            saved: Draft | None = store.get(newest.draft_id)
            if saved.trashed is not None:
                store.restore(saved.id)
        except StoreError:
            saved = None  # lost with a damaged library, or deleted: the journal re-creates it
        if saved is None:
            try:
                draft = store.accept_recovery(newest.draft_id)
            except StoreError as exc:
                self._store_problem("recovery", str(exc))
                self.set_text(newest.text)
                self.editor.document().setModified(True)
                return
            self._show_library_draft(draft)
        else:
            self._show_library_draft(saved, text=newest.text, modified=True)
        self._recovered = (newest.draft_id, saved is not None)
        title = title_for(newest.text[:TITLE_SCAN], newest.name)
        message = (
            f"Composer did not close properly last time. Your unsaved text in “{title}” "
            f"from {_when(newest.written)} was restored."
        )
        if others:
            message += f" Unsaved text of {others} was restored into your drafts too."
        self.notices.show_notice(
            "recovered",
            message,
            actions=[("Keep", self.keep_recovered), ("Discard", self.discard_recovered)],
            dismissable=False,
        )

    def keep_recovered(self: MainWindow) -> None:
        """Keep the restored text: it becomes the draft's saved text."""
        problem = self._save_to_library()
        if problem:
            self._store_problem("save", problem)
        else:
            self.statusBar().showMessage("Kept the restored text.", 5000)
        self._recovered = None

    def discard_recovered(self: MainWindow) -> None:
        """Go back to the draft as it was last saved (a draft that only existed unsaved goes to the trash)."""
        if self._recovered is None:
            return
        draft_id, had_saved = self._recovered
        self._recovered = None
        self.notices.dismiss("recovered")
        store = self.library.store
        if store is None or draft_id != self.state.draft_id:
            return
        self._stop_save_timers()
        try:
            if had_saved:
                store.discard_recovery(draft_id)
                self._show_library_draft(store.get(draft_id))
                self.statusBar().showMessage("Back to the draft as it was last saved.", 5000)
            else:
                store.trash(draft_id)
                self._show_library_draft(store.new(platform=self.state.platform))
                self.statusBar().showMessage("The restored text was moved to the trash.", 5000)
        except StoreError as exc:
            prompts.warn(self, "Could not discard the restored text", str(exc))
        self.library.refresh()

    # --- saving --------------------------------------------------------------------------------------

    def autosave_now(self: MainWindow) -> bool:
        """Put the unsaved text into the recovery journal (a few seconds after typing stops)."""
        store = self.library.store
        if store is None or self.state.draft_id is None or not self.editor.document().isModified():
            return False
        try:
            store.autosave(self.state.draft_id, self.text(), platform=self.state.platform, name=self.state.draft_name)
        except StoreError as exc:
            self._store_problem("autosave", str(exc))
            return False
        self.notices.dismiss("autosave")
        return True

    def _stored_readiness(self: MainWindow, text: str) -> str | None:
        """ "Ready", "2 errors", ... for the library's list; None (keep the last one) while a review is pending."""
        if not text.strip():
            return ""
        return None if self.review_pending else describe_readiness(self.policy_findings)

    def _readiness_shown(self: MainWindow, text: str) -> None:
        """New findings shown: a saved draft whose readiness changed (a fix, an ignore) is saved again.

        An unsaved draft is left to the save timers, which store the readiness with the text."""
        unchanged = self.library.is_open and self.state.draft_id is not None and not self.editor.document().isModified()
        if unchanged and self._stored_readiness(text) != self._last_stored_readiness:
            self._save_quietly()

    def _save_to_library(self: MainWindow) -> str:
        """Save the window's text as the open draft (creating it when needed); the problem in words, or ""."""
        store = self.library.store
        if store is None:
            return self.library.problem or "The drafts library is not open yet."
        self._stop_save_timers()
        text = self.text()
        platform, readiness = self.state.platform, self._stored_readiness(text)
        if not self.state.draft_name and self.state.path is not None and self.state.draft_id is None:
            self.state.draft_name = self.state.path.name
        try:
            try:
                if self.state.draft_id is None:
                    raise DraftNotFound("no draft yet")
                summary = store.save(self.state.draft_id, text, platform=platform, readiness=readiness)
                title, self._last_stored_readiness = summary.title, summary.readiness
            except DraftNotFound:  # a new window's text, or the draft was deleted for good meanwhile
                draft = store.new(text, platform=platform, name=self.state.draft_name, readiness=readiness or "")
                self.state.draft_id, title, self._last_stored_readiness = draft.id, draft.title, draft.readiness
                self._decisions_unsaved = bool(self.state.decisions)  # a new place: the decisions go there too
            store.remember_open(self.state.draft_id)
        except StoreError as exc:
            return str(exc)
        self.editor.document().setModified(False)
        self.state.draft_title = title
        if self._decisions_unsaved:
            self.store_decisions()
        self._update_title()
        self.library.refresh()
        if self._recovered is not None and self._recovered[0] == self.state.draft_id:
            self._recovered = None
            self.notices.dismiss("recovered")
        self.notices.dismiss("save")
        self.notices.dismiss("autosave")
        return ""

    def _save_quietly(self: MainWindow) -> None:
        problem = self._save_to_library()
        if problem:
            self._store_problem("save", problem)

    def _store_problem(self: MainWindow, key: str, message: str) -> None:
        self.notices.show_notice(key, message, kind="warning", actions=[("Export Text…", self.export_text_file)])
        self.statusBar().showMessage(message, 15000)

    def save(self: MainWindow) -> bool:
        """Ctrl+S: into the library; when that fails, offer to export the text to a file."""
        self.library.wait_until_settled()
        if self.library.is_open:
            problem = self._save_to_library()
            if not problem:
                self.statusBar().showMessage("Saved in your drafts.", 5000)
                return True
            title = "Could not save the draft"
        else:
            problem = self.library.problem or "The drafts library is turned off."
            title = "Your drafts library is not available"
        if prompts.ask(self, title, problem, yes="Export as Text File…", no="Keep Editing"):
            return self.export_text_file()
        return False

    # --- switching drafts ----------------------------------------------------------------------------

    def _show_library_draft(self: MainWindow, draft: Draft, *, text: str | None = None, modified: bool = False) -> None:
        self._last_stored_readiness = draft.readiness
        self.state.new_draft()
        self.state.draft_id, self.state.draft_name, self.state.draft_title = draft.id, draft.name, draft.title
        self.state.decisions = self._stored_decisions(draft.id)
        self._decisions_unsaved = False
        self.grammar.new_draft()
        self._grammar_tracked, self._grammar_findings = [], []
        if draft.platform:
            self.set_platform(draft.platform)
        text = draft.text if text is None else text
        if text or self.text():
            self.set_text(text)
        else:  # an empty draft in an empty editor: no review to run, but no undo back into the last draft
            self.editor.document().clearUndoRedoStacks()
            self.editor.document().setModified(False)
            self._stop_save_timers()
        self._update_title()
        if modified:
            self.editor.document().setModified(True)
            self._text_changed_for_drafts()
        store = self.library.store
        if store is not None:
            with contextlib.suppress(StoreError):  # only where to start next time; the draft itself is safe
                store.remember_open(draft.id)

    # --- decisions about findings (kept with the draft) -----------------------------------------------

    def _stored_decisions(self: MainWindow, draft_id: str) -> Decisions:
        """What was decided about this draft's findings in earlier sessions (ignored, fixed)."""
        store = self.library.store
        if store is None:
            return Decisions()
        try:
            return Decisions.from_data(store.load_decisions(draft_id))
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return Decisions()

    def store_decisions(self: MainWindow) -> None:
        """Keep the open draft's decisions in the library now (a draft not in it yet: with its first save)."""
        store, draft_id = self.library.store, self.state.draft_id
        if store is None or draft_id is None:
            self._decisions_unsaved = True
            return
        try:
            store.save_decisions(draft_id, self.state.decisions.to_data())
        except DraftNotFound:
            self._decisions_unsaved = True  # deleted meanwhile: saved with the draft when it is saved again
            return
        except StoreError as exc:
            self._decisions_unsaved = True
            self.statusBar().showMessage(str(exc), 10000)
            return
        self._decisions_unsaved = False

    def _leave_current(self: MainWindow) -> bool:
        """Before another draft replaces this one: save it (an empty, unnamed draft is not kept)."""
        store, draft_id = self.library.store, self.state.draft_id
        if store is None or draft_id is None:
            return self.confirm_discard()
        if not self.text().strip() and not self.state.draft_name:
            try:
                if not store.get(draft_id).text.strip():
                    store.delete_forever(draft_id)
                    self.library.refresh()
                    return True
            except StoreError:
                pass
        problem = self._save_to_library()
        if not problem:
            return True
        choice = self.ask_unsaved(problem, "Continue Without Saving")
        if choice is Leave.EXPORT:
            return self.export_text_file()
        return choice is Leave.DISCARD

    def confirm_discard(self: MainWindow) -> bool:
        """Without a library: replacing changed text needs the user's word (or an export)."""
        if not self.editor.document().isModified() or not self.text().strip():
            return True
        choice = self.ask_unsaved(
            self.library.problem or "The drafts library is not available, so this text is not saved.",
            "Discard",
        )
        if choice is Leave.EXPORT:
            return self.export_text_file()
        return choice is Leave.DISCARD

    def ask_unsaved(self: MainWindow, problem: str, go_on: str) -> Leave:
        """The draft could not be saved: Save as Text File / `go_on` (lose the changes) / Cancel."""
        answer = prompts.choose(
            self,
            "Your draft is not saved",
            problem,
            ["Save as Text File…", go_on],
            details="Save the text as a file of your own first, or go on without it?",
        )
        return {0: Leave.EXPORT, 1: Leave.DISCARD}.get(answer, Leave.CANCEL)

    def new_draft(self: MainWindow) -> None:
        """Ctrl+N: the current draft is saved, a new empty one starts in the library."""
        store = self.library.store
        if store is not None:
            if not self._leave_current():
                return
            try:
                draft = store.new(platform=self.state.platform)
            except StoreError as exc:
                prompts.warn(self, "Could not start a new draft", str(exc))
                return
            self._show_library_draft(draft)
            self.library.refresh()
        else:
            if not self.confirm_discard():
                return
            self._show_plain_text("")
        self.editor.setFocus()

    def open_draft_id(self: MainWindow, draft_id: str) -> None:
        """Open a draft from the library (the current one is saved first)."""
        store = self.library.store
        if store is None:
            return
        if draft_id == self.state.draft_id:
            self.editor.setFocus()
            return
        if not self._leave_current():
            return
        try:
            draft = store.get(draft_id)
        except StoreError as exc:
            prompts.warn(self, "The draft could not be opened", str(exc))
            return
        self._show_library_draft(draft)
        self.editor.setFocus()

    def open_drafts(self: MainWindow) -> None:
        """Ctrl+Shift+O: the library beside the editor, listing the open draft as it is now."""
        was_hidden = self.library.dock.isHidden()
        if self.library.is_open and self.editor.document().isModified():
            self._save_quietly()
        self.library.toggle()
        if was_hidden and self.library.dock.isVisible():
            QTimer.singleShot(0, self._keep_room_for_the_editor)

    def showEvent(self: MainWindow, event) -> None:
        super().showEvent(event)
        if not self._shown_once:  # a restored layout may have left the editor squeezed between two docks
            self._shown_once = True
            QTimer.singleShot(0, self._keep_room_for_the_editor)

    def _keep_room_for_the_editor(self: MainWindow) -> None:
        """Two docks open: the editor keeps at least 40 % of the window."""
        width = self.width()
        if self.library.dock.isVisible() and self.centralWidget().width() < width * 0.4:
            self.resizeDocks(
                [self.library.dock, self.dock], [int(width * 0.26), int(width * 0.32)], Qt.Orientation.Horizontal
            )

    def _before_browser_change(self: MainWindow, draft_id: str) -> None:
        """The browser is about to rename, copy or trash a draft: if it's the open one, save the window's text."""
        if draft_id == self.state.draft_id:
            self._save_quietly()

    def _on_draft_trashed(self: MainWindow, draft_id: str) -> None:
        if draft_id != self.state.draft_id:
            return
        title = self.state.draft_title or UNTITLED
        self._save_quietly()  # the trashed draft keeps the latest text, so Restore brings all of it back
        store = self.library.store
        try:
            draft = store.new(platform=self.state.platform) if store is not None else None
        except StoreError as exc:
            prompts.warn(self, "Could not start a new draft", str(exc))
            return
        if draft is not None:
            self._show_library_draft(draft)
            self.library.refresh()
        self.statusBar().showMessage(f"Moved “{title}” to the trash and started a new draft.", 8000)

    def _on_draft_renamed(self: MainWindow, draft_id: str) -> None:
        store = self.library.store
        if draft_id != self.state.draft_id or store is None:
            return
        try:
            self.state.draft_name = store.get(draft_id).name
        except StoreError:
            return
        self._save_quietly()

    # --- files ---------------------------------------------------------------------------------------

    def _show_plain_text(self: MainWindow, text: str, path: Path | None = None) -> None:
        """Text outside the library (it is not open yet, or not available)."""
        self.state.new_draft()
        self._decisions_unsaved = False
        self.state.path = path
        self.grammar.new_draft()
        self._grammar_tracked, self._grammar_findings = [], []
        self.set_text(text)
        self._update_title()

    def open_file(self: MainWindow) -> None:
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def open_path(self: MainWindow, path: str | Path) -> bool:
        problem = self.load_file(path)
        if problem and problem != "cancelled":
            prompts.warn(self, "Could not open the file", problem)
        return not problem

    def load_file(self: MainWindow, path: str | Path) -> str:
        """The file's text becomes a new draft (named after the file); returns the problem in words, or ""."""
        opened = read_draft(path)
        if opened.problem:
            self.statusBar().showMessage(opened.problem, 15000)
            return opened.problem
        path = Path(path)
        store = self.library.store
        if store is not None:
            if not self._leave_current():
                return "cancelled"
            try:
                draft = store.new(opened.text, platform=self.state.platform, name=path.name)
            except StoreError as exc:
                return str(exc)
            self._show_library_draft(draft)
            self.state.path = path
            self.library.refresh()
            return ""
        if not self.confirm_discard():
            return "cancelled"
        self._show_plain_text(opened.text, path)  # the library adopts it as soon as it is open
        return ""

    def ask_open_path(self: MainWindow) -> str:
        path, _ = QFileDialog.getOpenFileName(self, "Open a Text File", "", "Text files (*.txt *.md);;All files (*)")
        return path

    def export_text_file(self: MainWindow) -> bool:
        """File › Export Text…: the text as a UTF-8 file (readable only by the user)."""
        path = self.ask_export_path()
        if not path:
            return False
        try:
            written = export_text(path, self.text())
        except StoreError as exc:
            prompts.warn(self, "Could not export the text", str(exc))
            return False
        self.statusBar().showMessage(f"Exported the text to {written.name}.", 8000)
        return True

    def ask_export_path(self: MainWindow) -> str:
        suggested = _file_stem(self.state.draft_title or UNTITLED) + ".txt"
        path, _ = QFileDialog.getSaveFileName(self, "Export the Text", suggested, "Text files (*.txt);;All files (*)")
        return path

    # --- the review record ---------------------------------------------------------------------------

    def review_record(self: MainWindow) -> ReviewRecord:
        """What was checked, what was found, and what the user did about each finding, now."""
        text = self.text()
        return build_record(
            text=text,
            platform=self.state.platform,
            policy=self.state.policy,
            open_findings=self.policy_findings,
            decisions=self.state.decisions,
            title=self.state.draft_title or title_for(text[:TITLE_SCAN]),
            author=self.state.profile.display_name,
        )

    def export_review_record(self: MainWindow) -> bool:
        """File › Export Review Record…: Markdown or JSON by the file's extension, after a current review."""
        path = self.ask_record_path()
        if not path:
            return False
        if self.review_pending:
            self._record_pending = path
            self.statusBar().showMessage("Checking the draft before writing the record…")
            self.review_now()
            return True
        return self._write_review_record(path)

    def _write_review_record(self: MainWindow, path: str) -> bool:
        try:
            written = export_record(self.review_record(), path)
        except StoreError as exc:
            prompts.warn(self, "Could not export the review record", str(exc))
            return False
        self.statusBar().showMessage(f"Saved the review record to {written.name}.", 8000)
        return True

    def ask_record_path(self: MainWindow) -> str:
        suggested = _file_stem(self.state.draft_title or UNTITLED) + " review.md"
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export Review Record", suggested, "Markdown (*.md);;JSON (*.json)"
        )
        if path and Path(path).suffix.lower() not in (*MARKDOWN_SUFFIXES, ".json"):
            path += ".json" if "json" in chosen.lower() else ".md"
        return path

    # --- title ---------------------------------------------------------------------------------------

    def _update_title(self: MainWindow) -> None:
        name = self.state.draft_title or (self.state.path.name if self.state.path else UNTITLED)
        self.setWindowTitle(f"{name}[*] — Composer")

    def _title_follows_text(self: MainWindow, text: str) -> None:
        """An unnamed draft is called by its first line, as the library lists it."""
        if self.state.draft_name or (self.state.path is not None and self.state.draft_id is None):
            return
        title = title_for(text[:TITLE_SCAN])
        if title != self.state.draft_title:
            self.state.draft_title = title
            self._update_title()

    # --- quitting ------------------------------------------------------------------------------------

    def closeEvent(self: MainWindow, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self._timer.stop()
        self._stop_save_timers()
        geometry.save(self)
        self.grammar.close()
        self.library.close()
        event.accept()

    def _may_close(self: MainWindow) -> bool:
        """Save into the library; when that is impossible, ask before any text is lost."""
        self.library.wait_until_settled()
        if self.library.is_open:
            problem = self._save_to_library()
            if not problem:
                return True
        elif self.editor.document().isModified() and self.text().strip():
            problem = self.library.problem or "The drafts library is not available, so this text is not saved."
        else:
            return True
        choice = self.ask_unsaved(problem, "Quit Anyway")
        if choice is Leave.EXPORT:
            return self.export_text_file()
        return choice is Leave.DISCARD

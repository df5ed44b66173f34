"""The drafts library panel: find, open, rename, duplicate, trash and restore drafts.

    browser = DraftsBrowser(store, parent)        # a QWidget: put it in a QDockWidget, or show() it alone
    browser.openRequested.connect(window.open_draft_id)     # str: the draft id to open
    browser.newRequested.connect(window.new_draft)          # the window creates it (store.new(...))
    browser.draftTrashed.connect(window.on_draft_trashed)   # str: close it if it is the open draft
    browser.draftRenamed.connect(window.on_draft_renamed)   # str: the open draft's title may change
    browser.before_change = window.save_if_open             # called with the id before rename/copy/trash
    browser.refresh()                                       # after the window saves, to update the list

The list shows title, platform, readiness and the date of the last change, newest first; the search
field filters by words in the title or text (decrypted in memory by the store). Everything is
reachable by keyboard: Ctrl+F search, Down from the search field into the list, Enter open, F2 rename,
Ctrl+D duplicate, Delete to the trash (in the trash: delete for good), Ctrl+T trash view.
Store failures are shown as a message; nothing here ever loses a draft without asking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.store.drafts import DraftStore, DraftSummary, StoreError

SEARCH_DELAY_MS = 150
_ID_ROLE = Qt.ItemDataRole.UserRole
PLATFORM_LABELS = {
    "x": "X",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "youtube": "YouTube",
    "blog": "Blog",
}


def _when(moment: datetime) -> str:
    """A short, local, locale-formatted date: the time for today, the date otherwise."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = QLocale()
    if stamp.date() == QDateTime.currentDateTime().date():
        return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)


class DraftsBrowser(QWidget):
    """The library of drafts, with a trash view. Emits requests; the window does the opening."""

    openRequested = Signal(str)
    newRequested = Signal()
    draftTrashed = Signal(str)
    draftRenamed = Signal(str)

    def __init__(self, store: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Called with a draft's id before it is renamed, copied or trashed, so the window can save
        # the text it holds for that draft first (the store works on the saved text).
        self.before_change: Callable[[str], None] | None = None
        self._trash_view = False
        self.setWindowTitle("Drafts")
        self.setAccessibleName("Drafts library")

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText("Search drafts")
        self.search_field.setAccessibleName("Search drafts")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.installEventFilter(self)

        self.draft_list = QTreeWidget(self)
        self.draft_list.setAccessibleName("Drafts")
        self.draft_list.setHeaderLabels(["Title", "Platform", "Readiness", "Changed"])
        self.draft_list.setRootIsDecorated(False)
        self.draft_list.setUniformRowHeights(True)
        self.draft_list.setAllColumnsShowFocus(True)
        self.draft_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.draft_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.status = QLabel(self)
        self.status.setAccessibleName("Drafts status")

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.draft_list.itemActivated.connect(lambda *_: self.open_selected())
        self.draft_list.itemSelectionChanged.connect(self._update_actions)
        self.draft_list.customContextMenuRequested.connect(self._show_menu)

        self.new_action = self._action("&New draft", self.newRequested.emit)
        self.open_action = self._action("&Open", self.open_selected)
        self.rename_action = self._action("&Rename…", self.rename_selected, QKeySequence(Qt.Key.Key_F2))
        self.duplicate_action = self._action("D&uplicate", self.duplicate_selected, QKeySequence("Ctrl+D"))
        self.delete_action = self._action(
            "&Delete", self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.restore_action = self._action("Re&store", self.restore_selected, QKeySequence("Ctrl+R"))
        self.empty_trash_action = self._action("&Empty trash…", self.empty_trash)
        self.trash_view_action = self._action(
            "Show &trash", self.set_trash_view, QKeySequence("Ctrl+T"), checkable=True
        )
        self._action("Search", self._focus_search, QKeySequence(QKeySequence.StandardKey.Find))

        # Three buttons a row keeps the panel narrow enough to sit beside the editor.
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, action in (
            ("new", self.new_action),
            ("open", self.open_action),
            ("rename", self.rename_action),
            ("duplicate", self.duplicate_action),
            ("delete", self.delete_action),
            ("restore", self.restore_action),
            ("trash", self.trash_view_action),
            ("empty_trash", self.empty_trash_action),
        ):
            button = QPushButton(action.text(), self)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setCheckable(action.isCheckable())
            if action.isCheckable():
                button.toggled.connect(action.setChecked)
                action.toggled.connect(button.setChecked)
            else:
                button.clicked.connect(action.trigger)
            if action.toolTip() and not action.shortcut().isEmpty():
                button.setToolTip(
                    f"{action.toolTip()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )
            self.buttons[key] = button
            index = len(self.buttons) - 1
            buttons.addWidget(button, index // 3, index % 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addWidget(self.draft_list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.search_field, self.draft_list)

        self.refresh()

    # -- building blocks

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None, *, checkable: bool = False) -> QAction:
        """An action whose shortcut works anywhere inside the browser (not when focus is elsewhere)."""
        action = QAction(text, self)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if checkable:
            action.setCheckable(True)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search field moves into the list; Enter there opens the first match."""
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.draft_list.topLevelItemCount():
                self.draft_list.setFocus()
                item = self.draft_list.currentItem() or self.draft_list.topLevelItem(0)
                self.draft_list.setCurrentItem(item)
                item.setSelected(True)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.refresh()
                if self.draft_list.topLevelItemCount():
                    self.draft_list.setCurrentItem(self.draft_list.topLevelItem(0))
                    self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    # -- what tests and the window may call

    @property
    def in_trash_view(self) -> bool:
        return self._trash_view

    def selected_id(self) -> str | None:
        item = self.draft_list.currentItem()
        return item.data(0, _ID_ROLE) if item is not None and item.isSelected() else None

    def shown_ids(self) -> list[str]:
        return [self.draft_list.topLevelItem(i).data(0, _ID_ROLE) for i in range(self.draft_list.topLevelItemCount())]

    def select(self, draft_id: str) -> None:
        for index in range(self.draft_list.topLevelItemCount()):
            item = self.draft_list.topLevelItem(index)
            if item.data(0, _ID_ROLE) == draft_id:
                self.draft_list.setCurrentItem(item)
                return

    def set_trash_view(self, on: bool) -> None:
        """Show the trash (restore, delete for good, empty) or the library."""
        if on == self._trash_view:
            return
        self._trash_view = on
        self.trash_view_action.setChecked(on)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the store, keeping the selection and the search."""
        self._search_timer.stop()
        keep = self.selected_id()
        query = self.search_field.text().strip()
        try:
            drafts = self.store.search(query, trashed=self._trash_view)
        except StoreError as exc:
            self._show_error(str(exc))
            drafts = []
        self.draft_list.clear()
        self.draft_list.addTopLevelItems([self._item(summary) for summary in drafts])
        if keep:
            self.select(keep)
        self._update_status(len(drafts), query)
        self._update_actions()

    # -- list content

    def _item(self, summary: DraftSummary) -> QTreeWidgetItem:
        moment = summary.trashed if self._trash_view and summary.trashed else summary.updated
        item = QTreeWidgetItem(
            [summary.title, PLATFORM_LABELS.get(summary.platform, summary.platform), summary.readiness, _when(moment)]
        )
        item.setData(0, _ID_ROLE, summary.id)
        item.setToolTip(0, summary.title)
        item.setToolTip(3, moment.astimezone().strftime("%Y-%m-%d %H:%M"))
        if summary.damaged:
            item.setDisabled(True)
        return item

    def _update_status(self, count: int, query: str) -> None:
        place = "in the trash" if self._trash_view else "in the library"
        if query:
            text = (
                f"{count} draft{'s' if count != 1 else ''} match “{query}”" if count else f"No drafts match “{query}”"
            )
        elif count:
            text = f"{count} draft{'s' if count != 1 else ''} {place}"
        else:
            text = "The trash is empty" if self._trash_view else "No drafts yet"
        self.status.setText(text)

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        trash = self._trash_view
        for action, enabled, visible in (
            (self.new_action, not trash, not trash),
            (self.open_action, chosen and not trash, not trash),
            (self.rename_action, chosen and not trash, not trash),
            (self.duplicate_action, chosen and not trash, not trash),
            (self.delete_action, chosen, True),
            (self.restore_action, chosen and trash, trash),
            (self.empty_trash_action, trash and self.draft_list.topLevelItemCount() > 0, trash),
        ):
            action.setEnabled(enabled)
            action.setVisible(visible)
        self.delete_action.setText("&Delete for good…" if trash else "&Delete")
        for key, action in (
            ("new", self.new_action),
            ("open", self.open_action),
            ("rename", self.rename_action),
            ("duplicate", self.duplicate_action),
            ("delete", self.delete_action),
            ("restore", self.restore_action),
            ("empty_trash", self.empty_trash_action),
        ):
            button = self.buttons[key]
            button.setEnabled(action.isEnabled())
            button.setVisible(action.isVisible())
            button.setText(action.text())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.buttons["trash"].setText("Back to drafts" if trash else "Show trash")
        self.buttons["trash"].setAccessibleName("Back to drafts" if trash else "Show trash")

    def context_actions(self) -> list[QAction | None]:
        """The right-click menu for the current view (None is a separator)."""
        entries = [
            self.open_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
            self.restore_action,
            None,
            self.trash_view_action,
            self.empty_trash_action,
        ]
        return [entry for entry in entries if entry is None or entry.isVisible()]

    def _show_menu(self, position) -> None:
        menu = QMenu(self)
        menu.setAccessibleName("Draft actions")
        for action in self.context_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.draft_list.viewport().mapToGlobal(position))

    # -- actions

    def open_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id and not self._trash_view and self.open_action.isEnabled():
            self.openRequested.emit(draft_id)

    def rename_selected(self) -> None:
        draft_id = self.selected_id()
        if not draft_id or self._trash_view:
            return
        item = self.draft_list.currentItem()
        name = self._ask_name(item.text(0))
        if name is None:
            return
        self._prepare(draft_id)
        if self._run(lambda: self.store.rename(draft_id, name)) is not False:
            self.draftRenamed.emit(draft_id)

    def duplicate_selected(self) -> None:
        draft_id = self.selected_id()
        if not draft_id or self._trash_view:
            return
        self._prepare(draft_id)
        copy = self._run(lambda: self.store.duplicate(draft_id))
        if copy is not None:
            self.select(copy.id)

    def delete_selected(self) -> None:
        """To the trash; in the trash view, for good (after asking)."""
        draft_id = self.selected_id()
        if not draft_id:
            return
        if self._trash_view:
            if self._confirm("Delete for good?", "This draft will be deleted for good. This cannot be undone."):
                self._run(lambda: self.store.delete_forever(draft_id))
            return
        self._prepare(draft_id)
        if self._run(lambda: self.store.trash(draft_id)) is not False:
            self.draftTrashed.emit(draft_id)

    def restore_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id and self._trash_view:
            self._run(lambda: self.store.restore(draft_id))

    def empty_trash(self) -> None:
        count = len(self.store.list_drafts(trashed=True)) if self._trash_view else 0
        if not self._trash_view or not count:
            return
        if self._confirm("Empty the trash?", f"{count} draft{'s' if count != 1 else ''} will be deleted for good."):
            self._run(self.store.empty_trash)

    def _prepare(self, draft_id: str) -> None:
        if self.before_change is not None:
            self.before_change(draft_id)

    def _run(self, work):
        """Do a store operation, show a failure as a message, then refresh. Returns the result (False on error)."""
        try:
            result = work()
        except StoreError as exc:
            self._show_error(str(exc))
            self.refresh()
            return False
        self.refresh()
        return result

    # -- questions (separate methods so tests and the window can replace them)

    def _ask_name(self, current: str) -> str | None:
        name, ok = QInputDialog.getText(self, "Rename draft", "Name (leave empty to use the first line):", text=current)
        return name if ok else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, "Drafts", message)

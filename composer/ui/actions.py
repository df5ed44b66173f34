"""Every command of the compose window as a QAction: one place for names, shortcuts, icons and tips.

Menus and the toolbar show the same actions, and each is added to the window too, so its shortcut
works even when the toolbar or the panel is hidden. Standard shortcuts come from QKeySequence's
platform keys; the app's own use Ctrl+Shift so they never clash with text editing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

StandardKey = QKeySequence.StandardKey
SP = QStyle.StandardPixmap


@dataclass
class WindowActions:
    new: QAction
    open: QAction
    drafts: QAction
    save: QAction
    export_text: QAction
    export_record: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    select_all: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    settings: QAction
    insert_disclaimer: QAction
    insert_disclosure: QAction
    copy_for_posting: QAction
    next_finding: QAction
    previous_finding: QAction
    focus_panel: QAction
    review_now: QAction
    help: QAction
    about: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _keys(*keys: StandardKey | str) -> list[QKeySequence]:
    """Shortcuts in order of preference, without duplicates or platform keys that are empty here."""
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]
        for sequence in found:
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    return sequences


def _icon(owner: QWidget, theme: str, fallback: SP | None) -> QIcon:
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return owner.style().standardIcon(fallback) if fallback is not None else QIcon()


def create_actions(owner: QWidget) -> WindowActions:
    def make(text: str, tip: str, keys: list[QKeySequence], theme: str = "", fallback: SP | None = None) -> QAction:
        action = QAction(text, owner)
        action.setStatusTip(tip)
        plain = text.replace("&", "").rstrip("…")
        if keys:
            action.setShortcuts(keys)
            action.setToolTip(f"{plain} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        else:
            action.setToolTip(plain)
        if theme or fallback is not None:
            action.setIcon(_icon(owner, theme, fallback))
        owner.addAction(action)
        return action

    return WindowActions(
        new=make("&New", "Start a new draft in your drafts", _keys(StandardKey.New), "document-new", SP.SP_FileIcon),
        open=make(
            "&Open…", "Open a text file as a draft", _keys(StandardKey.Open), "document-open", SP.SP_DialogOpenButton
        ),
        drafts=make("&Drafts…", "Browse your saved drafts", _keys("Ctrl+Shift+O"), "folder-documents"),
        save=make(
            "&Save", "Save the draft in your drafts", _keys(StandardKey.Save), "document-save", SP.SP_DialogSaveButton
        ),
        export_text=make(
            "Export &Text…",
            "Save the text as a plain text file",
            _keys(StandardKey.SaveAs, "Ctrl+Shift+S"),
            "document-save-as",
        ),
        export_record=make(
            "Export &Review Record…",
            "Save what was checked, what was found and what you did about it (Markdown or JSON)",
            _keys("Ctrl+Shift+E"),
        ),
        quit=make("&Quit", "Close Composer", _keys(StandardKey.Quit, "Ctrl+Q"), "application-exit"),
        undo=make("&Undo", "Undo the last change", _keys(StandardKey.Undo), "edit-undo"),
        redo=make("&Redo", "Redo the change", _keys(StandardKey.Redo), "edit-redo"),
        cut=make("Cu&t", "Cut the selection", _keys(StandardKey.Cut), "edit-cut"),
        copy=make("&Copy", "Copy the selection", _keys(StandardKey.Copy), "edit-copy"),
        paste=make("&Paste", "Paste", _keys(StandardKey.Paste), "edit-paste"),
        select_all=make("Select &All", "Select the whole draft", _keys(StandardKey.SelectAll), "edit-select-all"),
        find=make("&Find…", "Find words in the draft", _keys(StandardKey.Find), "edit-find"),
        find_next=make("Find &Next", "Find the next match", _keys(StandardKey.FindNext)),
        find_previous=make("Find Pre&vious", "Find the previous match", _keys(StandardKey.FindPrevious)),
        settings=make(
            "S&ettings…", "Your profile, platform and grammar settings", _keys("Ctrl+,"), "preferences-system"
        ),
        insert_disclaimer=make(
            "Insert &Disclaimer",
            "Add your employer's disclaimer at the end, worded for the platform",
            _keys("Ctrl+Shift+D"),
        ),
        insert_disclosure=make(
            "Insert Disc&losure",
            "Add a sentence saying where you work and your role",
            _keys("Ctrl+Shift+L"),
        ),
        copy_for_posting=make(
            "&Copy for Posting",
            "Copy the whole post to the clipboard, ready to paste into the site",
            _keys("Ctrl+Shift+C"),
            "edit-copy",
            SP.SP_DialogApplyButton,
        ),
        next_finding=make("&Next Finding", "Go to the next underlined finding", _keys("F8"), "go-next"),
        previous_finding=make(
            "&Previous Finding", "Go to the previous underlined finding", _keys("Shift+F8"), "go-previous"
        ),
        focus_panel=make("&Focus Feedback Panel", "Move between the editor and the findings", _keys("F6")),
        review_now=make("&Review Now", "Review the draft again now", _keys(StandardKey.Refresh, "F5")),
        help=make(
            "&Help and Shortcuts",
            "How Composer works and its keyboard shortcuts",
            _keys(StandardKey.HelpContents, "F1"),
            "help-contents",
        ),
        about=make("&About Composer", "The version of Composer and of the policy pack", [], "help-about"),
    )

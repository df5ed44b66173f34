"""A small find bar under the editor (Ctrl+F, Enter / F3 for the next match, Escape to close)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget


class FindBar(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setAccessibleName("Find")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel("&Find:")
        self.field = QLineEdit()
        self.field.setAccessibleName("Find text")
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.status = QLabel("")
        previous = QPushButton("&Previous")
        following = QPushButton("&Next")
        close = QPushButton("Close")
        close.setToolTip("Close the find bar (Escape)")
        for widget in (label, self.field, previous, following, self.status, close):
            layout.addWidget(widget, 1 if widget is self.field else 0)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(lambda _text: self.status.clear())
        following.clicked.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self.field.text()
        if not needle:
            self.open_bar()
            return False
        if self._editor.find(needle, flags):
            self.status.clear()
            return True
        # Wrap around once, like most editors.
        cursor = self._editor.textCursor()
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self._editor.setTextCursor(cursor)
        found = self._editor.find(needle, flags)
        self.status.setText("" if found else "Not found")
        return found

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

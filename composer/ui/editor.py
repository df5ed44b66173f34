"""The plain-text editor: draws the findings as underlines, explains them on hover, applies edits undoably."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from composer.review.fixes import Edit
from composer.ui.offsets import OffsetMap
from composer.ui.underlines import TrackedFinding, extra_selections

UNDERLINES_AT_ONCE = 100  # more are drawn on a zero-timer (see show_findings)


class ComposeEditor(QPlainTextEdit):
    """A QPlainTextEdit that knows which findings are shown, and where."""

    findingClicked = Signal(object)  # TrackedFinding under a click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Post text")
        self.setAccessibleDescription("Write your post here. Findings are underlined; F8 goes to the next one.")
        self.setPlaceholderText("Write your post here…")
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(self.fontMetrics().lineSpacing() * 0.6)  # room to read, in text units
        self.setTabChangesFocus(True)  # a post has no use for tab characters; Tab moves to the panel
        self._tracked: list[TrackedFinding] = []
        self._redraw_soon = QTimer(self)
        self._redraw_soon.setSingleShot(True)
        self._redraw_soon.setInterval(0)
        self._redraw_soon.timeout.connect(self._redraw)

    # --- findings ------------------------------------------------------------------------------

    @property
    def tracked(self) -> list[TrackedFinding]:
        return list(self._tracked)

    def show_findings(self, tracked: list[TrackedFinding]) -> None:
        """Underline these findings. Many at once (a pasted book) are drawn just after the current event:
        Qt lays out each underlined line then (~40 µs a line), which is better not added to the review's step."""
        self._tracked = list(tracked)
        if len(self._tracked) > UNDERLINES_AT_ONCE:
            self._redraw_soon.start()
        else:
            self._redraw_soon.stop()
            self._redraw()

    def _redraw(self) -> None:
        self.setExtraSelections(extra_selections(self._tracked, self.palette()))

    def finding_at(self, position16: int) -> TrackedFinding | None:
        """The most severe finding whose span holds the position (policy before grammar)."""
        hits = [t for t in self._tracked if t.contains(position16)]
        if not hits:
            return None
        return max(hits, key=lambda t: (t.finding.category == "policy", t.finding.severity.rank))

    def select_span(self, tracked: TrackedFinding) -> None:
        cursor = QTextCursor(tracked.cursor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- edits ---------------------------------------------------------------------------------

    def apply_edit(self, edit: Edit) -> None:
        """Apply an engine edit (code-point offsets) as one undo step, leaving the cursor after it."""
        offsets = OffsetMap(self.toPlainText())
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(offsets.to_utf16(edit.start))
        cursor.setPosition(offsets.to_utf16(edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def replace_span(self, tracked: TrackedFinding, replacement: str) -> None:
        """Replace a finding's (tracked) span as one undo step."""
        cursor = QTextCursor(tracked.cursor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- events --------------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()
            hit = self.finding_at(position)
            if hit is None:
                QToolTip.hideText()
            else:
                finding = hit.finding
                kind = "Grammar" if finding.category != "policy" else f"Guideline {finding.guideline}"
                QToolTip.showText(event.globalPos(), f"{kind} · {finding.severity.value}: {finding.message}", self)
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        hit = self.finding_at(self.cursorForPosition(event.position().toPoint()).position())
        if hit is not None:
            self.findingClicked.emit(hit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._redraw()  # underline colours follow the light or dark palette

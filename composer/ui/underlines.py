"""Findings placed in the editor's document: wavy underlines coloured by severity, kept in place by Qt.

A `TrackedFinding` pairs a finding with a QTextCursor over its span. Qt moves every cursor of a
document as the text is edited, so an underline, the "Show" button and a one-click fix still
point at the right words while the next review is pending.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from composer.review import Finding
from composer.ui.offsets import OffsetMap

# (on a light background, on a dark background): saturated enough to read on both, never only colour:
# every card also says the severity in words.
_COLOURS = {
    "error": ("#c62828", "#ff6b6b"),
    "warning": ("#c77700", "#ffb74d"),
    "info": ("#2e7d32", "#81c784"),
    "grammar": ("#1565c0", "#7cb3ff"),
}
COLOUR_KEYS = tuple(_COLOURS)
_PARAGRAPH_SEPARATOR = "\u2029"  # how QTextCursor.selectedText() reports a line break


def is_grammar(finding: Finding) -> bool:
    return finding.category in ("grammar", "style")


def colour_key(finding: Finding) -> str:
    return "grammar" if is_grammar(finding) else finding.severity.value


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def finding_colour(finding: Finding, palette: QPalette) -> QColor:
    return severity_colour(colour_key(finding), palette)


def severity_colour(key: str, palette: QPalette) -> QColor:
    """The colour for "error", "warning", "info" or "grammar" that reads on this palette's background."""
    light, dark = _COLOURS[key]
    return QColor(dark if is_dark(palette) else light)


@dataclass(eq=False)
class TrackedFinding:
    """A finding shown in the window, and a cursor over its span that follows edits."""

    finding: Finding
    cursor: QTextCursor

    @property
    def start16(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end16(self) -> int:
        return self.cursor.selectionEnd()

    def contains(self, position16: int) -> bool:
        return self.start16 <= position16 <= self.end16 and self.start16 < self.end16

    def intact(self) -> bool:
        """Whether the span still holds the text the finding was about (edits may have changed it)."""
        expected = self.finding.excerpt.replace("\n", _PARAGRAPH_SEPARATOR)
        return self.cursor.selectedText() == expected


def track(document: QTextDocument, text: str, findings: list[Finding]) -> list[TrackedFinding]:
    """Cursors over each finding's span; `text` is the snapshot the findings were computed on."""
    offsets = OffsetMap(text)
    tracked = []
    # Placing a cursor also lays out its line to remember the cursor's x (for up/down keys), about
    # 40 µs a finding in a long text; inside an edit block Qt leaves x to be worked out when needed.
    # The block changes nothing, so the "contents changed" it would announce is not sent.
    blocked = document.blockSignals(True)
    batch = QTextCursor(document)
    batch.beginEditBlock()
    try:
        for finding in findings:
            cursor = QTextCursor(document)
            cursor.setPosition(offsets.to_utf16(finding.start))
            cursor.setPosition(offsets.to_utf16(finding.end), QTextCursor.MoveMode.KeepAnchor)
            tracked.append(TrackedFinding(finding, cursor))
    finally:
        batch.endEditBlock()
        document.blockSignals(blocked)
    return tracked


def extra_selections(tracked: list[TrackedFinding], palette: QPalette) -> list[QTextEdit.ExtraSelection]:
    """One wavy underline per finding with a visible span; the worst severity is drawn last (on top)."""
    ordered = sorted(tracked, key=lambda t: (not is_grammar(t.finding), t.finding.severity.rank))
    selections = []
    for item in ordered:
        if item.start16 == item.end16:
            continue
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(finding_colour(item.finding, palette))
        fmt.setToolTip(item.finding.message)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(item.cursor)
        selection.format = fmt
        selections.append(selection)
    return selections

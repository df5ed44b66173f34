"""The feedback panel: the verdict at the top, then one card per finding, grouped by guideline.

Cards are small QFrames in a QScrollArea, so every button is an ordinary focusable widget that a
screen reader names and Tab reaches. Sizes come from layouts and font metrics only, and colours
from the palette, so the panel reads at 200 % scaling and in dark themes.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.review import Finding
from composer.review.policy import Guideline
from composer.ui.readiness import Readiness
from composer.ui.underlines import TrackedFinding, finding_colour, is_grammar, severity_colour

GRAMMAR_GROUP = "Grammar & tone"
MAX_CARDS = 200  # beyond this, building cards would stall the window for seconds (a pasted book)
_BUTTON_TEXT_LIMIT = 36
_CARD_STYLE = """
QFrame#findingCard { border: 1px solid palette(mid); border-left: 0.35em solid %(stripe)s;
                     border-radius: 0.3em; background: palette(base); }
QFrame#findingCard[selected="true"] { border: 2px solid palette(highlight); border-left: 0.35em solid %(stripe)s; }
"""


def fix_label(finding: Finding, suggestion: str) -> str:
    """What a fix button says: the action in words, the suggestion shortened if it is long."""
    if finding.fix == "append":
        if finding.guideline == 4 or "disclos" in finding.rule:
            return "Insert disclosure"
        if finding.guideline == 2 or "disclaim" in finding.rule:
            return "Insert disclaimer"
        return "Add at the end"
    if not suggestion.strip():
        return "Remove"
    shown = suggestion if len(suggestion) <= _BUTTON_TEXT_LIMIT else suggestion[: _BUTTON_TEXT_LIMIT - 1] + "…"
    return f"Use “{shown}”"


def group_title(finding: Finding, guidelines: Mapping[int, Guideline]) -> str:
    if is_grammar(finding):
        return GRAMMAR_GROUP
    guideline = guidelines.get(finding.guideline)
    title = guideline.title if guideline else ""
    return f"Guideline {finding.guideline}: {title}" if title else f"Guideline {finding.guideline}"


def _card_key(tracked: TrackedFinding) -> tuple:
    """What a card shows: two findings with the same key can share a card (positions aside)."""
    f = tracked.finding
    return (f.rule, f.guideline, f.excerpt, f.message, f.severity, tuple(f.suggestions), f.fix, f.category)


def _importance(tracked: TrackedFinding) -> tuple:
    """Policy before grammar, errors before warnings before tips, then in reading order."""
    return (is_grammar(tracked.finding), -tracked.finding.severity.rank, tracked.start16)


def _signature(tracked: list[TrackedFinding]) -> list[tuple]:
    return [_card_key(t) for t in tracked]


class FindingCard(QFrame):
    """One finding: its severity and guideline in words, the excerpt, the message, and what to do."""

    fixRequested = Signal(object, str)
    showRequested = Signal(object)
    ignoreRequested = Signal(object)

    def __init__(self, tracked: TrackedFinding, guideline_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracked = tracked
        finding = tracked.finding
        self.setObjectName("findingCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        kind = "Grammar" if is_grammar(finding) else f"Guideline {finding.guideline}"
        self.setAccessibleName(f"{finding.severity.value.capitalize()}, {kind}: {finding.message}")
        self.setAccessibleDescription(f"About “{finding.excerpt}”. {guideline_title}")

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.severity_label = QLabel(finding.severity.value.capitalize())
        bold = QFont(self.severity_label.font())
        bold.setBold(True)
        self.severity_label.setFont(bold)
        header.addWidget(self.severity_label)
        guideline_label = QLabel(f"· {kind}")
        guideline_label.setToolTip(guideline_title)
        header.addWidget(guideline_label)
        header.addStretch(1)
        self.show_button = self._button("Show", "Select these words in the editor")
        self.show_button.clicked.connect(lambda: self.showRequested.emit(self.tracked))
        header.addWidget(self.show_button)
        self.ignore_button = self._button("Ignore", "Hide this finding for this draft")
        self.ignore_button.clicked.connect(lambda: self.ignoreRequested.emit(self.tracked))
        header.addWidget(self.ignore_button)
        layout.addLayout(header)

        if finding.excerpt.strip():
            excerpt = QLabel(f"“{_one_line(finding.excerpt)}”")
            italic = QFont(excerpt.font())
            italic.setItalic(True)
            excerpt.setFont(italic)
            excerpt.setWordWrap(True)
            excerpt.setAccessibleName("Excerpt")
            layout.addWidget(excerpt)
        message = QLabel(finding.message)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)

        self.fix_buttons: list[QPushButton] = []
        if finding.fix != "none" and finding.suggestions:
            fixes = QHBoxLayout()
            for suggestion in list(finding.suggestions)[:3]:
                button = self._button(fix_label(finding, suggestion), suggestion or "Remove these words")
                button.clicked.connect(lambda _=False, s=suggestion: self.fixRequested.emit(self.tracked, s))
                fixes.addWidget(button)
                self.fix_buttons.append(button)
            fixes.addStretch(1)
            layout.addLayout(fixes)
        self.set_selected(False)

    def _button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tooltip)
        button.setAutoDefault(False)
        return button

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.restyle()

    def restyle(self) -> None:
        colour = finding_colour(self.tracked.finding, self.palette())
        self.setStyleSheet(_CARD_STYLE % {"stripe": colour.name()})
        palette = self.severity_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.severity_label.setPalette(palette)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.showRequested.emit(self.tracked)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.showRequested.emit(self.tracked)
            return
        super().keyPressEvent(event)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class FeedbackPanel(QWidget):
    """The verdict and the cards; it only displays and asks, the window decides what happens."""

    fixRequested = Signal(object, str)
    showRequested = Signal(object)
    ignoreRequested = Signal(object)
    updated = Signal()  # the cards now show the latest findings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Feedback")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel("Nothing to review yet")
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName("Readiness")
        self.details = QLabel("")
        self.details.setWordWrap(True)
        header = QVBoxLayout()
        header.setContentsMargins(self.fontMetrics().averageCharWidth(), 0, self.fontMetrics().averageCharWidth(), 0)
        header.addWidget(self.headline)
        header.addWidget(self.details)
        layout.addLayout(header)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName("Findings")
        layout.addWidget(self.scroll, 1)
        self._cards: list[FindingCard] = []
        self._signature: list[tuple] | None = None
        self._selected: FindingCard | None = None
        self._guidelines: Mapping[int, Guideline] = {}
        self.hidden_count = 0
        self._rebuild([], empty_text=True)

    @property
    def cards(self) -> list[FindingCard]:
        return list(self._cards)

    def set_readiness(self, readiness: Readiness) -> None:
        self.headline.setText(readiness.headline)
        self._readiness = readiness
        self._colour_headline()
        self.details.setText(readiness.details)
        self.details.setVisible(bool(readiness.details) and not readiness.empty)

    def _colour_headline(self) -> None:
        """Red with errors, amber with warnings, green when ready: the verdict at a glance (and in words)."""
        readiness = getattr(self, "_readiness", None)
        palette = self.headline.palette()
        if readiness is None or readiness.empty:
            colour = self.palette().color(QPalette.ColorRole.WindowText)
        else:
            key = "error" if readiness.errors else "warning" if readiness.warnings else "info"
            colour = severity_colour(key, self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.headline.setPalette(palette)

    def set_findings(
        self,
        tracked: list[TrackedFinding],
        guidelines: Mapping[int, Guideline],
        *,
        empty_text: bool = False,
        total: int | None = None,
    ) -> None:
        """Show these findings; when only their positions changed, keep the cards (no flicker, focus kept).

        At most MAX_CARDS cards, the most important first; `total` (all findings, including any not
        passed in) sets the "N more" line under them.
        """
        self._guidelines = guidelines
        total = len(tracked) if total is None else max(total, len(tracked))
        if len(tracked) > MAX_CARDS:
            tracked = sorted(tracked, key=_importance)[:MAX_CARDS]
        self.hidden_count = total - len(tracked)
        signature = [(empty_text, self.hidden_count), *_signature(tracked)]
        if signature == self._signature and len(self._cards) == len(tracked):
            for card, item in zip(self._cards, tracked, strict=True):
                card.tracked = item
        else:
            self._signature = signature
            self._rebuild(tracked, empty_text=empty_text)
        self.updated.emit()

    def card_for(self, tracked: TrackedFinding) -> FindingCard | None:
        for card in self._cards:
            if card.tracked is tracked:
                return card
        return None

    def select(self, tracked: TrackedFinding | None, *, focus: bool = False) -> None:
        """Mark the finding's card as the current one and scroll it into view."""
        card = self.card_for(tracked) if tracked is not None else None
        if self._selected is not None and self._selected is not card:
            self._selected.set_selected(False)
        self._selected = card
        if card is None:
            return
        card.set_selected(True)
        self.scroll.ensureWidgetVisible(card)
        if focus:
            card.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def selected(self) -> TrackedFinding | None:
        return self._selected.tracked if self._selected is not None else None

    def focus_first(self) -> bool:
        target = self._selected or (self._cards[0] if self._cards else None)
        if target is None:
            self.scroll.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return False
        self.select(target.tracked, focus=True)
        return True

    def _rebuild(self, tracked: list[TrackedFinding], *, empty_text: bool) -> None:
        """Lay out the cards in order, reusing the cards and headings of findings still present.

        Typing usually changes one finding or none, so reusing widgets keeps a review's update to a
        few milliseconds on the GUI thread instead of building twenty cards afresh.
        """
        if not hasattr(self, "_content"):
            self._content = QWidget()
            self._content.setAccessibleName("Findings list")
            self._layout = QVBoxLayout(self._content)
            self._note = QLabel()
            self._note.setWordWrap(True)
            self._note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._headings: dict[str, QLabel] = {}
            self.scroll.setWidget(self._content)
        layout = self._layout
        while layout.count():
            layout.takeAt(0)  # the widgets stay, parented to the content widget
        spare: dict[tuple, list[FindingCard]] = {}
        for card in self._cards:
            spare.setdefault(_card_key(card.tracked), []).append(card)
        spare_headings, self._headings = self._headings, {}
        self._cards = []

        groups: dict[str, list[TrackedFinding]] = {}
        order = sorted(tracked, key=lambda t: (is_grammar(t.finding), t.finding.guideline, t.start16))
        for item in order:
            groups.setdefault(group_title(item.finding, self._guidelines), []).append(item)
        for title, items in groups.items():
            heading = spare_headings.pop(title, None) or self._heading(title)
            self._headings[title] = heading
            layout.addWidget(heading)
            heading.show()
            for item in items:
                reusable = spare.get(_card_key(item))
                card = reusable.pop() if reusable else self._card(item, title)
                card.tracked = item
                layout.addWidget(card)
                card.show()
                self._cards.append(card)
        for leftover in [c for cards in spare.values() for c in cards] + list(spare_headings.values()):
            if leftover is self._selected:
                self._selected = None
            leftover.hide()
            leftover.deleteLater()

        if tracked and self.hidden_count:
            more = self.hidden_count
            self._note.setText(
                f"{more:,} more finding{'s' if more != 1 else ''} not shown here. "
                "Fix the ones above (or shorten the text) to see them."
            )
        else:
            self._note.setText(
                "Findings appear here as you write."
                if empty_text
                else "No findings: the reviewer found nothing against the policy in this draft."
            )
        layout.addWidget(self._note)
        self._note.setVisible(not tracked or bool(self.hidden_count))
        layout.addStretch(1)
        # Never narrower than a card's buttons: the editor gives way instead of cards being cut off.
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.scroll.setMinimumWidth(self._content.minimumSizeHint().width() + scrollbar)

    def _heading(self, title: str) -> QLabel:
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        return heading

    def _card(self, item: TrackedFinding, title: str) -> FindingCard:
        card = FindingCard(item, title)
        card.fixRequested.connect(self.fixRequested)
        card.showRequested.connect(self.showRequested)
        card.ignoreRequested.connect(self.ignoreRequested)
        return card

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for card in self._cards:
                card.restyle()
            self._colour_headline()

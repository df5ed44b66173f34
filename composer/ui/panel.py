"""The feedback panel: the verdict at the top, then one card per finding, grouped by guideline.

Cards are small QFrames in a QScrollArea, so every button is an ordinary focusable widget that a
screen reader names and Tab reaches. Sizes come from layouts and font metrics only, and colours
from the palette, so the panel reads at 200 % scaling and in dark themes.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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

from composer.grammar.base import is_spelling
from composer.review import Finding
from composer.review.policy import Guideline
from composer.ui.readiness import Readiness
from composer.ui.underlines import COLOUR_KEYS, TrackedFinding, colour_key, finding_colour, is_grammar, severity_colour

GRAMMAR_GROUP = "Grammar & tone"
MAX_CARDS = 200  # beyond this, building cards would stall the window for seconds (a pasted book)
FIRST_BUDGET_MS = 25  # cards built at once, counted from when the window started showing a review
BATCH_BUDGET_MS = 15  # each later batch, between events; a new card costs about 1.5 ms, a reused one ~0.1 ms
LONG_LIST = 20  # from this many cards the scroll bar stays (see _rebuild)
_BUTTON_TEXT_LIMIT = 36
_CARD_STYLE = """
QFrame#findingCard { border: 1px solid palette(mid); border-radius: 0.3em; background: palette(base); }
"""
_STRIPE_STYLE = """
QFrame#findingCard[colour="%(key)s"] { border-left: 0.35em solid %(stripe)s; }
QFrame#findingCard[colour="%(key)s"][selected="true"] { border: 2px solid palette(highlight);
                                                        border-left: 0.35em solid %(stripe)s; }
"""


def cards_style(palette: QPalette) -> str:
    """One style sheet for every card (set on the list, not per card: a sheet per card costs milliseconds)."""
    stripes = (_STRIPE_STYLE % {"key": key, "stripe": severity_colour(key, palette).name()} for key in COLOUR_KEYS)
    return _CARD_STYLE + "".join(stripes)


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
    addWordRequested = Signal(object)  # a spelling finding: accept its word in every draft
    ignoreRuleRequested = Signal(object)  # a grammar finding: never show its rule again

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

        self.add_word_button: QPushButton | None = None
        self.ignore_rule_button: QPushButton | None = None
        if is_grammar(finding):
            choices = QHBoxLayout()
            if is_spelling(finding) and finding.excerpt.strip():
                self.add_word_button = self._button(
                    "Add to dictionary", f"Accept “{_one_line(finding.excerpt)}” as correct in every draft"
                )
                self.add_word_button.clicked.connect(lambda: self.addWordRequested.emit(self.tracked))
                choices.addWidget(self.add_word_button)
            self.ignore_rule_button = self._button(
                "Ignore rule", "Never show this kind of suggestion again (Settings › Grammar can bring it back)"
            )
            self.ignore_rule_button.clicked.connect(lambda: self.ignoreRuleRequested.emit(self.tracked))
            choices.addWidget(self.ignore_rule_button)
            choices.addStretch(1)
            layout.addLayout(choices)
        self.setProperty("colour", colour_key(finding))
        self.setProperty("selected", False)
        self._colour_severity()

    def _button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tooltip)
        button.setAutoDefault(False)
        return button

    def set_selected(self, selected: bool) -> None:
        if self.property("selected") == selected:
            return
        self.setProperty("selected", selected)
        self.style().unpolish(self)  # the list's style sheet reads the property again
        self.style().polish(self)

    def restyle(self) -> None:
        """The palette changed (light or dark): the severity's colour follows it."""
        self._colour_severity()

    def _colour_severity(self) -> None:
        colour = finding_colour(self.tracked.finding, self.palette())
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
    """The verdict and the cards; it only displays and asks, the window decides what happens.

    Cards are built a few at a time: as many as fit in FIRST_BUDGET_MS at once (every card while
    typing, since most are reused), the rest in batches of BATCH_BUDGET_MS on a zero-timer between
    events, so a pasted book with hundreds of findings never freezes the window. The readiness above
    counts every finding.
    """

    fixRequested = Signal(object, str)
    showRequested = Signal(object)
    ignoreRequested = Signal(object)
    addWordRequested = Signal(object)
    ignoreRuleRequested = Signal(object)
    updated = Signal()  # the cards now show the latest findings (every batch built)

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

        self._content = QWidget()
        self._content.setAccessibleName("Findings list")
        self._content.setStyleSheet(cards_style(self.palette()))
        self._layout = QVBoxLayout(self._content)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self._note)
        self._layout.addStretch(1)
        self.scroll.setWidget(self._content)

        self._cards: list[FindingCard] = []
        self._headings: dict[str, QLabel] = {}
        self._signature: list[tuple] | None = None
        self._selected: FindingCard | None = None
        self._guidelines: Mapping[int, Guideline] = {}
        self._pending: list[tuple[str, TrackedFinding]] = []  # cards still to build, in order
        self._spare: dict[tuple, list[FindingCard]] = {}  # cards of the last findings, reusable
        self._spare_headings: dict[str, QLabel] = {}
        self._widest = 0
        self._batches = QTimer(self)
        self._batches.setSingleShot(True)
        self._batches.setInterval(0)
        self._batches.timeout.connect(self._build_batch)
        self.hidden_count = 0
        self._rebuild([], empty_text=True)

    @property
    def cards(self) -> list[FindingCard]:
        """The cards built so far, in order (all of them once `building` is False)."""
        return list(self._cards)

    @property
    def building(self) -> bool:
        """Whether cards are still being added in batches."""
        return bool(self._pending)

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
        started: float | None = None,
    ) -> None:
        """Show these findings; when only their positions changed, keep the cards (no flicker, focus kept).

        At most MAX_CARDS cards, the most important first; `total` (all findings, including any not
        passed in) sets the "N more" line under them. `started` (time.perf_counter()) is when the
        caller began this update on the GUI thread: the cards built at once share its time budget.
        """
        self._guidelines = guidelines
        total = len(tracked) if total is None else max(total, len(tracked))
        if len(tracked) > MAX_CARDS:
            tracked = sorted(tracked, key=_importance)[:MAX_CARDS]
        self.hidden_count = total - len(tracked)
        signature = [(empty_text, self.hidden_count), *_signature(tracked)]
        if signature == self._signature and not self._pending and len(self._cards) == len(tracked):
            for card, item in zip(self._cards, tracked, strict=True):
                card.tracked = item
            self.updated.emit()
            return
        self._signature = signature
        self._rebuild(tracked, empty_text=empty_text, started=time.perf_counter() if started is None else started)

    def card_for(self, tracked: TrackedFinding) -> FindingCard | None:
        """The finding's card; one not built yet is built now (with those before it)."""
        for card in self._cards:
            if card.tracked is tracked:
                return card
        if any(item is tracked for _, item in self._pending):
            while self._pending:
                card = self._build_next()
                if card is not None and card.tracked is tracked:
                    self._after_batch()
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

    # --- building the list ------------------------------------------------------------------------

    def _rebuild(self, tracked: list[TrackedFinding], *, empty_text: bool, started: float = 0.0) -> None:
        """Lay out the cards in order, reusing the cards and headings of findings still present.

        Typing usually changes one finding or none, so reusing widgets keeps a review's update to a
        few milliseconds on the GUI thread instead of building twenty cards afresh. The first cards
        are placed now, the rest in batches (see the class docstring).
        """
        self._batches.stop()
        layout = self._layout
        while layout.count() > 2:  # the note and the stretch stay at the end
            layout.takeAt(0)  # the widgets stay, parented to the content widget
        for card in self._cards:
            self._spare.setdefault(_card_key(card.tracked), []).append(card)
        for title, heading in self._headings.items():
            self._spare_headings.setdefault(title, heading)
        for widget in [c for cards in self._spare.values() for c in cards] + list(self._spare_headings.values()):
            widget.hide()  # out of the layout: shown again when reused, deleted when not
        self._cards, self._headings = [], {}

        order = sorted(tracked, key=lambda t: (is_grammar(t.finding), t.finding.guideline, t.start16))
        self._pending = [(group_title(item.finding, self._guidelines), item) for item in order]
        self._pending.reverse()  # popped from the end

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
        self._note.setVisible(not tracked or bool(self.hidden_count))
        # A long list: the scroll bar stays, so the list is laid out at one width. (With "as needed",
        # each batch lays every card out twice, with and without the bar: a cost that grows per card.)
        long_list = len(self._pending) >= LONG_LIST
        self.scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if long_list else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self._pending:
            self._build_next()  # the most useful card is there at once, whatever the review cost
        self._build_until((started or time.perf_counter()) + FIRST_BUDGET_MS / 1000)

    def _build_batch(self) -> None:
        began = time.perf_counter()
        if self._pending:  # (a card asked for may have built the rest already)
            self._build_next()  # at least one card per batch, however slow the machine
        self._build_until(began + BATCH_BUDGET_MS / 1000)

    def _build_until(self, deadline: float) -> None:
        while self._pending and time.perf_counter() < deadline:
            self._build_next()
        self._after_batch()

    def _after_batch(self) -> None:
        if self._pending:
            self._batches.start()
            return
        self._finish()

    def _build_next(self) -> FindingCard | None:
        """Place the next heading (when its group starts) and card; returns the card."""
        title, item = self._pending.pop()
        position = self._layout.count() - 2
        if title not in self._headings:
            heading = self._spare_headings.pop(title, None) or self._heading(title)
            self._headings[title] = heading
            self._layout.insertWidget(position, heading)
            heading.show()
            position += 1
        reusable = self._spare.get(_card_key(item))
        card = reusable.pop() if reusable else self._card(item, title)
        card.tracked = item
        self._layout.insertWidget(position, card)
        card.show()
        self._cards.append(card)
        self._widest = max(self._widest, card.minimumSizeHint().width())
        return card

    def _finish(self) -> None:
        """Every card is placed: drop the ones not reused, keep the panel as wide as a card's buttons."""
        for leftover in [c for cards in self._spare.values() for c in cards] + list(self._spare_headings.values()):
            if leftover is self._selected:
                self._selected = None
            leftover.deleteLater()
        self._spare, self._spare_headings = {}, {}
        # Never narrower than a card's buttons: the editor gives way instead of cards being cut off.
        margins = self._layout.contentsMargins()
        widest = max(self._widest, self._note.minimumSizeHint().width() if self._note.isVisible() else 0)
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.scroll.setMinimumWidth(widest + margins.left() + margins.right() + scrollbar)
        self._widest = 0
        self.updated.emit()

    def _heading(self, title: str) -> QLabel:
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        return heading

    def _card(self, item: TrackedFinding, title: str) -> FindingCard:
        card = FindingCard(item, title, self._content)
        card.fixRequested.connect(self.fixRequested)
        card.showRequested.connect(self.showRequested)
        card.ignoreRequested.connect(self.ignoreRequested)
        card.addWordRequested.connect(self.addWordRequested)
        card.ignoreRuleRequested.connect(self.ignoreRuleRequested)
        return card

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._content.setStyleSheet(cards_style(self.palette()))
            for card in self._cards:
                card.restyle()
            self._colour_headline()

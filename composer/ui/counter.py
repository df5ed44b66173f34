"""The platform counter in the status bar: characters used of the limit, counted as the platform counts.

Amber from 90 % of the limit, red over it, and the words say the same for anyone who can't see
the colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from composer.review.platforms import Length, measure
from composer.review.policy import PlatformSpec

NEAR_FRACTION = 0.9

_LEVEL_COLOURS = {"near": ("#9a5b00", "#ffc14d"), "over": ("#c62828", "#ff6b6b")}


def level(length: Length) -> str:
    """ "ok", "near" (>= 90 % of the limit) or "over"."""
    if length.over:
        return "over"
    if length.limit and length.used >= NEAR_FRACTION * length.limit:
        return "near"
    return "ok"


def describe(length: Length, label: str) -> str:
    text = f"{length.used:,} / {length.limit:,}"
    state = level(length)
    if state == "over":
        return f"{text} · {length.used - length.limit:,} over the {label} limit"
    if state == "near":
        return f"{text} · {length.remaining:,} left on {label}"
    return f"{text} · {label}"


class LengthCounter(QLabel):
    """Shows how much of the platform's limit the draft uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Post length")
        self._state = "ok"
        self.length: Length | None = None

    @property
    def state(self) -> str:
        return self._state

    def update_for(self, text: str, spec: PlatformSpec) -> Length:
        length = measure(text, spec)
        self.show_length(length, spec.label)
        return length

    def show_length(self, length: Length, label: str) -> None:
        """Show a length measured elsewhere (the review measures long drafts off the GUI thread)."""
        self.length = length
        self._state = level(length)
        self.setText(describe(length, label))
        self.setAccessibleDescription(f"{length.used} of {length.limit} characters as {label} counts")
        self.setToolTip(f"Characters as {label} counts them (links, emoji and some scripts count differently)")
        self._recolour()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self._recolour()

    def _recolour(self) -> None:
        palette = self.palette()
        if self._state == "ok":
            colour = QPalette().color(QPalette.ColorRole.WindowText)
        else:
            light, dark = _LEVEL_COLOURS[self._state]
            dark_theme = palette.color(QPalette.ColorRole.Window).lightness() < 128
            colour = QColor(dark if dark_theme else light)
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
        font = self.font()
        if font.bold() != (self._state != "ok"):
            font.setBold(self._state != "ok")
            self.setFont(font)

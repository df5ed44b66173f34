"""Banners above the editor: things the user should read once, without a dialog in the way.

A start-up notice (the drafts key lives in a file, text restored after a crash, the drafts library
could not be opened) must not block typing, yet must stay until it is read: a status-bar message
fades too soon and a dialog interrupts. Each notice has a key, so the same problem shown twice
replaces its banner instead of stacking copies, and buttons that act on it (Keep, Discard, Export).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from composer.ui.underlines import severity_colour

NoticeAction = tuple[str, Callable[[], None]]  # button text, what it does (the banner closes after)


class Notice(QFrame):
    """One banner: an icon-free sentence, its buttons, and Dismiss."""

    closed = Signal(str)

    def __init__(self, key: str, text: str, *, kind: str, actions: Sequence[NoticeAction], dismissable: bool) -> None:
        super().__init__()
        self.key = key
        self.kind = kind
        self.setObjectName("notice")
        self.setAccessibleName("Warning" if kind == "warning" else "Notice")
        self.setAccessibleDescription(text)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        stripe = severity_colour(kind if kind in ("error", "warning") else "info", self.palette())
        self.setStyleSheet(
            f"QFrame#notice {{ border: 1px solid palette(mid); border-left: 0.35em solid {stripe.name()};"
            " background: palette(alternate-base); }"
        )
        layout = QHBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setForegroundRole(QPalette.ColorRole.WindowText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for label, slot in actions:
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _=False, act=slot: self._act(act))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons[label.replace("&", "")] = button
        if dismissable:
            dismiss = QPushButton("Dismiss")
            dismiss.setAutoDefault(False)
            dismiss.setToolTip("Hide this message")
            dismiss.clicked.connect(self.dismiss)
            layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons["Dismiss"] = dismiss

    @property
    def text(self) -> str:
        return self.label.text()

    def _act(self, slot: Callable[[], None]) -> None:
        self.dismiss()
        slot()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit(self.key)


class NoticeArea(QWidget):
    """The stack of banners; empty (and taking no room) most of the time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Messages")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._notices: dict[str, Notice] = {}
        self.hide()

    def show_notice(
        self,
        key: str,
        text: str,
        *,
        kind: str = "info",
        actions: Sequence[NoticeAction] = (),
        dismissable: bool = True,
    ) -> Notice:
        """Show `text` under `key`, replacing an earlier banner with the same key."""
        self.dismiss(key)
        notice = Notice(key, text, kind=kind, actions=actions, dismissable=dismissable)
        notice.closed.connect(self._forget)
        self._notices[key] = notice
        self._layout.addWidget(notice)
        self.show()
        return notice

    def notice(self, key: str) -> Notice | None:
        return self._notices.get(key)

    def texts(self) -> list[str]:
        return [notice.text for notice in self._notices.values()]

    def dismiss(self, key: str) -> None:
        notice = self._notices.pop(key, None)
        if notice is not None:
            notice.hide()
            notice.deleteLater()
        self.setVisible(bool(self._notices))

    def _forget(self, key: str) -> None:
        self.dismiss(key)

"""The grammar checker's state in the status bar, with Retry when it failed and a way past the privacy pause."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from composer.ui.grammar_bridge import GrammarBridge


class GrammarStatus(QWidget):
    retryRequested = Signal()
    sendAnywayRequested = Signal()

    def __init__(self, bridge: GrammarBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setAccessibleName("Grammar checker state")
        self.retry = QToolButton()
        self.retry.setText("Retry")
        self.retry.setToolTip("Try the grammar checker again")
        self.retry.setAccessibleName("Retry grammar check")
        self.send_anyway = QToolButton()
        self.send_anyway.setText("Check anyway…")
        self.send_anyway.setToolTip("Send this draft to the grammar server although it has private details")
        self.send_anyway.setAccessibleName("Check grammar anyway")
        for widget in (self.label, self.retry, self.send_anyway):
            layout.addWidget(widget)
        self.retry.clicked.connect(self.retryRequested)
        self.send_anyway.clicked.connect(self.sendAnywayRequested)
        bridge.stateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.label.setText(self._bridge.state)
        self.retry.setVisible(bool(self._bridge.problem))
        self.send_anyway.setVisible(self._bridge.paused_for_privacy)
        self.setVisible(self._bridge.available)

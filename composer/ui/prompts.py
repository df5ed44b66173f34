"""The window's few questions and warnings, all through `QMessageBox.exec()`.

Building the box ourselves (instead of Qt's static helpers, which run in C++) means one patch of
`QMessageBox.exec` stops every dialog in the tests, and every box gets a parent, a title and
buttons that say what they do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str = "Cancel", details: str = "") -> bool:
    """A yes/no question whose buttons name the actions; Escape and closing mean no."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    result = box.exec()
    clicked = box.clickedButton()
    if clicked is None:  # exec() was answered without a click (a patched exec in tests)
        return result in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok, 1, True)
    return clicked is yes_button


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()

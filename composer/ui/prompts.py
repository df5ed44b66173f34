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


def choose(
    parent: QWidget | None, title: str, text: str, choices: list[str], cancel: str = "Cancel", details: str = ""
) -> int | None:
    """A warning with several named answers: the index of the one chosen, None for `cancel` or Escape.

    The first choice is the default (and the one a patched exec in the tests picks)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    buttons = []
    for index, label in enumerate(choices):
        role = QMessageBox.ButtonRole.AcceptRole if index == 0 else QMessageBox.ButtonRole.DestructiveRole
        buttons.append(box.addButton(label, role))
    cancel_button = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.setEscapeButton(cancel_button)
    box.exec()
    clicked = box.clickedButton()
    return next((index for index, button in enumerate(buttons) if button is clicked), None)

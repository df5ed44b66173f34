"""Fixtures for the window tests: no dialog ever blocks, no job outlives its test, a predictable reviewer."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from composer.review import Finding, Profile
from composer.store.settings import Settings


@dataclass
class Dialogs:
    """What the patched message boxes were asked, and what they answer (Yes/accept unless told)."""

    shown: list[str] = field(default_factory=list)
    answer: bool = True


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    record = Dialogs()

    def fake_exec(box, *args, **kwargs):
        record.shown.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}".strip())
        if record.answer:
            for button in box.buttons():
                if box.buttonRole(button) in (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole):
                    button.click()
                    return QMessageBox.StandardButton.Yes
            return QMessageBox.StandardButton.Ok
        return QMessageBox.StandardButton.No

    def fake_static(*args, **kwargs):
        record.shown.append(" ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.Yes if record.answer else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake_static))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: record.shown.append("about")))
    monkeypatch.setattr(QDialog, "exec", lambda self, *a, **k: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    yield record
    QThreadPool.globalInstance().waitForDone(10_000)


NURSE = Profile(roles=frozenset({"patient-care"}), title="Registered Nurse", handles=("@jen_rn",))


class FakeReviewer:
    """Flags "room NNN" (an error with a fix) and "awesome" (a warning), like a small pack would.

    It lets the window's own behaviour be tested independently of how the real detectors evolve.
    `hold` makes the next reviews of a given text wait until released (to test stale answers).
    """

    def __init__(self) -> None:
        self.calls: list[dict] = []
        self.hold_text: str | None = None
        self.release = threading.Event()
        self.started = threading.Event()

    def __call__(self, text: str, *, profile=None, platform="x", policy=None) -> list[Finding]:
        self.calls.append({"text": text, "profile": profile, "platform": platform})
        if self.hold_text is not None and text == self.hold_text:
            self.started.set()
            self.release.wait(10)
        findings = []
        for match in re.finditer(r"room \d+", text):
            findings.append(
                Finding(
                    rule="privacy.room-number",
                    guideline=1,
                    severity="error",
                    start=match.start(),
                    end=match.end(),
                    message="A room number can identify a patient.",
                    suggestions=("a room",),
                    excerpt=match.group(),
                )
            )
        for match in re.finditer(r"awesome", text):
            findings.append(
                Finding(
                    rule="conduct.tone",
                    guideline=5,
                    severity="warning",
                    start=match.start(),
                    end=match.end(),
                    message="Say it plainly.",
                    suggestions=("good",),
                    excerpt=match.group(),
                )
            )
        return findings


@pytest.fixture
def fake_reviewer() -> FakeReviewer:
    return FakeReviewer()


@pytest.fixture
def make_window(qtbot):
    from composer.ui.main_window import MainWindow

    def make(settings: Settings | None = None, **kwargs) -> MainWindow:
        kwargs.setdefault("grammar_factory", None)
        window = MainWindow(settings or Settings(profile=NURSE), **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.library.opening)  # the drafts library opens off the GUI thread
        return window

    yield make
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def window(make_window, fake_reviewer):
    return make_window(reviewer=fake_reviewer)

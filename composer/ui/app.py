"""Start the desktop app: one QApplication with the app's identity, one compose window."""

from __future__ import annotations

import signal
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

APP_ID = "org.composer.Composer"  # also the .desktop file's name and the AppStream id


def application() -> QApplication:
    """The QApplication, created once, named so desktops group the window under the right icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Composer")
    app.setOrganizationName("Composer")
    app.setOrganizationDomain("composer.org")
    app.setDesktopFileName(APP_ID)  # Wayland's app id; without it the taskbar shows "python3"
    icon = _icon_path()
    if icon:
        app.setWindowIcon(QIcon(icon))
    return app


def _icon_path() -> str:
    try:
        from composer.paths import resource_path

        path = resource_path("icons/composer.svg")
    except (FileNotFoundError, ValueError):
        return ""
    return str(path) if path.is_file() else ""


def run(path: str | None = None) -> int:
    """Open the compose window (with `path`'s text when given) and run until it is closed."""
    app = application()
    from composer.review import PolicyError
    from composer.ui import prompts
    from composer.ui.main_window import MainWindow

    try:
        window = MainWindow()
    except PolicyError as exc:  # only the bundled pack itself can fail here: the app can't review anything
        prompts.warn(None, "Composer cannot start", str(exc))
        return 2
    if path:
        problem = window.load_file(path)
        if problem:
            window.add_startup_message("Could not open the file", problem)
    window.show()
    wake = close_on_termination(window)
    QTimer.singleShot(0, window.show_startup_messages)
    QTimer.singleShot(0, window.welcome_if_first_run)
    code = app.exec()
    wake.stop()
    # Let running reviews and a closing grammar checker finish before Python tears Qt down.
    QThreadPool.globalInstance().waitForDone(3000)
    return int(code)


def close_on_termination(window) -> QTimer:  # type: ignore[no-untyped-def]
    """A logout, shutdown or `kill` sends SIGTERM (or SIGHUP): close the window as if the user quit.

    Closing saves the draft into the library, so ending the session never loses text. Python runs
    signal handlers only when it has control, so a light timer wakes it while Qt's loop waits.
    """

    def request_close(signum: int, frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), request_close)
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return wake

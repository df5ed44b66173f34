"""How responsive the compose window is (run on demand: `pytest tests/benchmarks/test_ui_speed.py --benchmark-only`).

Targets: the panel shows the findings <= 300 ms after the last keystroke of a 3,000-character draft
(including the 200 ms pause), no GUI-thread stall over 30 ms while typing, and a cold start to the
window shown in <= 1.5 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest

from composer.review import Profile
from composer.store.settings import Settings
from tests.benchmarks.test_review_speed import _draft

PROFILE = Profile(roles=frozenset({"patient-care"}), title="Registered Nurse", handles=("@jen_rn",))


@pytest.fixture
def window(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from composer.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "exec", lambda *a, **k: QMessageBox.StandardButton.Yes)  # never block
    window = MainWindow(Settings(profile=PROFILE, platform="linkedin"), grammar_factory=None)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.reviewApplied, timeout=10_000):
        window.set_text(_draft(3000))
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    yield window
    window.editor.document().setModified(False)
    window.close()
    window.deleteLater()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.mark.benchmark(group="ui")
def test_keystroke_to_panel_updated(benchmark, qtbot, window):
    def keystroke_until_panel_updated():
        with qtbot.waitSignal(window.panel.updated, timeout=5000):
            QTest.keyClick(window.editor, Qt.Key.Key_A)

    benchmark.pedantic(keystroke_until_panel_updated, rounds=15, iterations=1)
    median_ms = benchmark.stats["median"] * 1000
    print(f"\nkeystroke to panel updated (3,000 characters): median {median_ms:.0f} ms")
    assert benchmark.stats["median"] <= 0.300


@pytest.mark.benchmark(group="ui")
def test_longest_gui_stall_while_typing(benchmark, qtbot, window):
    """A heartbeat timer fires every 2 ms; the longest gap between beats is the longest stall."""

    def type_and_measure() -> float:
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(2)
        heartbeat.timeout.connect(beat)
        keys = iter("Great shift today, patient in room 412 is awesome. " * 2)
        typist = QTimer()
        typist.setInterval(60)  # a fast typist; every 25 keys a pause long enough for a review
        loop = QEventLoop()
        typed = [0]

        def type_one() -> None:
            key = next(keys, None)
            if key is None:
                typist.stop()
                QTimer.singleShot(400, loop.quit)
                return
            QTest.keyClicks(window.editor, key)
            typed[0] += 1
            if typed[0] % 25 == 0:
                typist.stop()
                QTimer.singleShot(350, typist.start)

        typist.timeout.connect(type_one)
        heartbeat.start()
        typist.start()
        loop.exec()
        heartbeat.stop()
        return max(gaps) - 2

    stalls = benchmark.pedantic(lambda: type_and_measure(), rounds=1, iterations=1)
    print(f"\nlongest GUI-thread stall while typing: {stalls:.1f} ms")
    benchmark.extra_info["longest_stall_ms"] = stalls
    assert stalls <= 30


@pytest.mark.benchmark(group="ui")
def test_longest_gui_stall_showing_a_one_megabyte_paste(benchmark, qtbot, window):
    """From the review's answer to the last card: every step between events stays short.

    A 2 ms heartbeat again; gaps are split into the paste itself, the time the review runs on the
    thread pool (the GUI thread only waits for the interpreter then), and showing the findings.
    """
    from tests.benchmarks.test_review_speed import _draft

    text = _draft(1_000_000)

    def paste_and_measure() -> dict[str, float]:
        window.set_text("")
        qtbot.waitUntil(lambda: not window.review_pending and not window.panel.building, timeout=10_000)
        beats: list[tuple[float, float]] = []  # (gap ms, when)
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]
        marks: dict[str, float] = {}

        def beat() -> None:
            now = clock.nsecsElapsed()
            beats.append(((now - last[0]) / 1e6, now / 1e6))
            last[0] = now

        window.reviewApplied.connect(lambda: marks.setdefault("reviewed", clock.nsecsElapsed() / 1e6))
        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(2)
        heartbeat.timeout.connect(beat)
        heartbeat.start()
        qtbot.wait(20)
        marks["paste"] = clock.nsecsElapsed() / 1e6
        window.editor.insertPlainText(text)
        marks["pasted"] = clock.nsecsElapsed() / 1e6
        qtbot.waitUntil(lambda: "reviewed" in marks, timeout=30_000)
        qtbot.waitUntil(lambda: not window.panel.building, timeout=10_000)
        marks["cards"] = clock.nsecsElapsed() / 1e6
        qtbot.wait(50)
        heartbeat.stop()
        # The beat that ends a gap comes after it: a gap belongs to the phase in which it ended.
        showing = [gap for gap, at in beats if at >= marks["reviewed"]]
        waiting = [gap for gap, at in beats if marks["pasted"] < at < marks["reviewed"]]
        return {
            "paste_ms": marks["pasted"] - marks["paste"],
            "longest_while_reviewing_ms": max(waiting, default=0) - 2,
            "longest_while_showing_ms": max(showing) - 2,
            "review_to_last_card_ms": marks["cards"] - marks["reviewed"],
            "cards": len(window.panel.cards),
            "findings": len(window.findings),
        }

    rounds = [paste_and_measure() for _ in range(3)]  # a busy machine can add a stray pause to any one run
    figures = sorted(rounds, key=lambda r: r["longest_while_showing_ms"])[1]  # the median run
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    print(
        f"\n1 MB paste: {figures['findings']:,} findings, {figures['cards']} cards; "
        f"paste {figures['paste_ms']:.0f} ms, "
        f"longest stall while the review runs {figures['longest_while_reviewing_ms']:.0f} ms, while showing "
        f"{figures['longest_while_showing_ms']:.0f} ms (answer to last card {figures['review_to_last_card_ms']:.0f} ms)"
    )
    benchmark.extra_info.update(figures)
    window.editor.document().setModified(False)
    assert figures["longest_while_showing_ms"] <= 50


_COLD_START = """
import time, sys
from PySide6.QtCore import QTimer
from composer.ui.app import application
app = application()
from composer.ui.main_window import MainWindow
window = MainWindow()
window.show()
def shown():
    print("shown", flush=True)
    window.editor.document().setModified(False)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


@pytest.mark.benchmark(group="ui")
def test_cold_start_to_window_shown(benchmark, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))

    def start() -> float:
        """Seconds from launching the process to the window reporting itself shown.

        Timed at the "shown" line, not at process exit: quitting waits for the first review,
        which runs in the background and is not part of starting up."""
        began = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", _COLD_START], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            line = process.stdout.readline() if process.stdout else ""
            shown_after = time.perf_counter() - began
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        assert line.startswith("shown"), process.stderr.read() if process.stderr else ""
        return shown_after

    times = benchmark.pedantic(lambda: [start() for _ in range(3)], rounds=1, iterations=1)
    best, median = min(times), statistics.median(times)
    print(f"\ncold start to window shown: median {median:.2f} s (best {best:.2f} s)")
    benchmark.extra_info["cold_start_s"] = median
    assert median <= 1.5

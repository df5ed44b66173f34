"""Run blocking work (the review, the grammar checker) on Qt's thread pool, never on the GUI thread.

Each job carries a generation number. The window bumps its generation whenever the text or the
review settings change, and drops any answer whose generation is no longer current, so a slow
answer about an older text never overwrites a newer one (novelWriter's runnables do the same).
The dispatcher lives in the GUI thread; a job emits its signals from the worker thread, and Qt
queues them back to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobDispatcher(QObject):
    """Starts jobs of one kind and reports their results, tagged with the job's generation."""

    finished = Signal(int, object)  # generation, result
    failed = Signal(int, object)  # generation, the exception

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running = 0
        # Connected first, so the count is right by the time the window's own slots run.
        self.finished.connect(self._count_down)
        self.failed.connect(self._count_down)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def start(self, generation: int, work: Callable[[], Any]) -> None:
        self._running += 1
        self._pool.start(_Job(self, generation, work))

    def _done(self, generation: int, result: Any, error: BaseException | None) -> None:
        """Called in the worker thread: hand over to the GUI thread through the signals."""
        if error is None:
            self.finished.emit(generation, result)
        else:
            self.failed.emit(generation, error)

    def _count_down(self, _generation: int, _payload: object) -> None:
        self._running = max(0, self._running - 1)


class _Job(QRunnable):
    def __init__(self, dispatcher: JobDispatcher, generation: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._dispatcher = dispatcher
        self._generation = generation
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the window, which says what failed in words
            self._dispatcher._done(self._generation, None, exc)
        else:
            self._dispatcher._done(self._generation, result, None)

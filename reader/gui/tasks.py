"""The one way to run work off the GUI thread: plain data in, plain data out, results on the GUI thread.

`run_task(func, *args, on_done=..., on_error=..., on_progress=...)` calls `func(*args, report=report)` on a
worker thread; `report(stage, fraction)` sends progress and raises `Cancelled` once the task was
cancelled. Tests call `set_inline(True)` to run tasks synchronously on the calling thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_inline = False
_running: set[Task] = set()


class Cancelled(Exception):
    """Raised inside a task by `report` once the task has been cancelled."""


def set_inline(inline: bool) -> None:
    """Run tasks synchronously (tests) or on the thread pool (the application)."""
    global _inline
    _inline = inline


class Task(QObject):
    """One piece of background work; its signals arrive on the GUI thread."""

    progressed = Signal(str, float)
    succeeded = Signal()  # the result waits in `result` (PySide mishandles Python objects in queued signals)
    failed = Signal(str)
    finished = Signal()  # after succeeded/failed, or when the task was cancelled

    def __init__(self, func: Callable[..., Any], args: tuple) -> None:
        super().__init__()
        self._func, self._args = func, args
        self._cancelled = False
        self.result: Any = None

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _report(self, stage: str, fraction: float) -> None:
        if self._cancelled:
            raise Cancelled()
        self.progressed.emit(stage, fraction)

    def run(self) -> None:
        """Runs the work; called on the worker thread (or inline)."""
        try:
            result = self._func(*self._args, report=self._report)
        except Cancelled:
            pass
        except Exception as exc:  # shown to the user as one line; the trace goes to stderr
            traceback.print_exc()
            if not self._cancelled:
                self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if not self._cancelled:
                self.result = result
                self.succeeded.emit()
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


def run_task(func: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[str], None] | None = None,
             on_progress: Callable[[str, float], None] | None = None,
             on_finished: Callable[[], None] | None = None) -> Task:
    """Starts `func(*args, report=...)` off the GUI thread and returns its Task (for cancel)."""
    task = Task(func, args)
    if on_progress:
        task.progressed.connect(on_progress)
    if on_done:
        task.succeeded.connect(lambda: on_done(task.result))
    if on_error:
        task.failed.connect(on_error)
    if on_finished:
        task.finished.connect(on_finished)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    if _inline:
        task.run()
    else:
        QThreadPool.globalInstance().start(_Runner(task))
    return task


@Slot()
def wait_all(timeout_ms: int = 30000) -> bool:
    """Waits for the worker threads (used when the application quits)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

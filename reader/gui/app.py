"""Starts the window: the QApplication, theme, settings, the files to open, and the --screenshot mode."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from reader import APP_ID, APP_NAME, ORG_NAME, __version__, paths
from reader.gui import icons, tasks, theme
from reader.gui.main_window import MainWindow

SCREENSHOT_SIZE = (1800, 1000)
SCREENSHOT_TIMEOUT_MS = 30000


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with names, icon and theme set (reused when one exists, as in tests)."""
    app = QApplication.instance() or QApplication(list(argv or [sys.argv[0]]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.app_icon())
    return app


def _follow_theme(app: QApplication, window: MainWindow) -> None:
    def apply(choice: str) -> None:
        window.settings.setValue("view/theme", choice)
        theme.apply_theme(app, choice)
        window.view.refresh_marks()
        window.legend.refresh()

    window.theme_requested.connect(apply)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(
            lambda _s: apply("system") if str(window.settings.value("view/theme", "system")) == "system" else None)
    apply(str(window.settings.value("view/theme", "system")))


def _take_screenshot(app: QApplication, window: MainWindow, out: str, started: float) -> None:
    """Saves the window once the analysis is on screen and quits; exit 1 when nothing could be shown."""
    done = {"saved": False}

    def save() -> None:
        if done["saved"]:
            return
        done["saved"] = True
        window.balance_docks()
        app.processEvents()
        window.view.select_widest_event()  # one selected event, its bands, the panes scrolled to it
        app.processEvents()
        ok = window.grab().save(out)
        if not ok:
            print(f"{out}: cannot write the picture", file=sys.stderr)
        elif not window.session.comparison:
            print(f"{out}: saved, but no article could be shown", file=sys.stderr)
        else:
            print(f"{out}: saved in {time.monotonic() - started:.1f} s", file=sys.stderr)
        app.exit(0 if ok and window.session.comparison else 1)

    def on_finished() -> None:
        if not window.session.busy:
            QTimer.singleShot(50, save)

    window.session.loading_finished.connect(on_finished)
    window.session.load_failed.connect(lambda lines: print("\n".join(lines), file=sys.stderr))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, save)


def run_app(files: Sequence[str], screenshot: str | None = None) -> int:
    """Opens the window on `files` (or the last comparison, or the samples on first start); returns the exit code."""
    started = time.monotonic()
    app = make_application()
    window = MainWindow()
    _follow_theme(app, window)
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)
        window.balance_docks()
        Path(screenshot).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        _take_screenshot(app, window, screenshot, started)
    window.show()
    specs = [str(f) for f in files]
    if specs:
        window.open_files(specs)
    else:
        window.open_last([str(p) for p in paths.seed_files()])
    code = app.exec()
    if not screenshot:
        window.save_settings()
    tasks.wait_all(5000)
    _tear_down(app, window)
    return code


def _tear_down(app: QApplication, window: MainWindow) -> None:
    """Deletes the window while Qt and Python are both alive (PySide can crash tearing it down at exit)."""
    window.hide()
    window.session.undo_stack.clear()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()

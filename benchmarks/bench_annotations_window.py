#!/usr/bin/env python3
"""Times the window's annotation work on the five samples: adding notes, reopening, re-anchoring changed files.

    .venv/bin/python benchmarks/bench_annotations_window.py [--notes 40]

`--notes` highlights per article are made through the window (each one command on the undo stack, one
library transaction, a redraw of its pane and the Notes panel). Then a new window opens the same files
(unchanged: no re-anchoring) and again after a paragraph was put at the top of every file (every
annotation re-anchored and saved). Prints milliseconds; runs offscreen with temporary folders.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401  (puts the repository on sys.path)

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_tmp = Path(tempfile.mkdtemp(prefix="parallax-bench-"))
os.environ["PARALLAX_DATA_DIR"] = str(_tmp / "data")
os.environ["PARALLAX_CONFIG_DIR"] = str(_tmp / "config")

from reader import paths  # noqa: E402
from reader.gui import tasks  # noqa: E402
from reader.gui.app import make_application  # noqa: E402


def _close(w) -> None:
    """Closes and deletes a window while Qt is alive (as the application does at exit)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    w.close()
    w.session.undo_stack.clear()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _window():
    from reader.gui.main_window import MainWindow

    w = MainWindow()
    w.resize(1600, 1000)
    w.show()
    return w


def _timed_open(files: list[str]) -> tuple[object, float, float]:
    """A new window on `files`: (window, ms for load+analysis+annotations, ms of the annotation part alone)."""
    w = _window()
    spent = {"ms": 0.0}
    store = w.annotations.store
    original = store.set_comparison

    def timed(comparison) -> None:
        t = time.perf_counter()
        original(comparison)
        spent["ms"] += (time.perf_counter() - t) * 1000

    store.set_comparison = timed
    t0 = time.perf_counter()
    w.open_files(files)
    total = (time.perf_counter() - t0) * 1000
    return w, total, spent["ms"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=40, help="highlights per article")
    args = parser.parse_args()
    app = make_application()
    tasks.set_inline(True)
    folder = _tmp / "articles"
    folder.mkdir()
    files = []
    for p in paths.seed_files():
        shutil.copy(p, folder / p.name)
        files.append(str(folder / p.name))

    w, total, _ = _timed_open(files)
    rng = random.Random(5)
    t0 = time.perf_counter()
    made = 0
    before = {d.source: d.content_hash for d in w.session.comparison.documents}
    for doc in w.session.comparison.documents:
        for _ in range(args.notes):
            start = rng.randrange(0, len(doc.text) - 200)
            if w.annotations.highlight(doc.id, start, start + rng.randrange(20, 200), body="bench", tags=["t"]):
                made += 1
    add_ms = (time.perf_counter() - t0) * 1000
    app.processEvents()
    print(f"first open (load + analysis + library): {total:.0f} ms")
    print(f"{made} highlights added through the undo stack: {add_ms / made:.1f} ms each (save + redraw)")
    _close(w)

    w, total, notes_ms = _timed_open(files)
    print(f"reopen, files unchanged: {total:.0f} ms in all, annotations {notes_ms:.0f} ms "
          f"({len(w.annotations.store.annotations)} found)")
    _close(w)

    for f in files:
        text = Path(f).read_text(encoding="utf-8")
        at = text.find("\n\n", len(text) // 3)  # a paragraph put in a third of the way down
        text = text[:at] + "\n\nAn editor's note was added here on a later day, and it moves what follows.\n" + text[at:]
        Path(f).write_text(text, encoding="utf-8")
    w, total, notes_ms = _timed_open(files)
    orphaned = sum(a.orphaned for a in w.annotations.store.annotations.values())
    changed = sum(before.get(d.source) != d.content_hash for d in w.session.comparison.documents)
    print(f"{changed} of {len(before)} article texts changed")
    print(f"reopen, every file changed: {total:.0f} ms in all, re-anchoring {notes_ms:.0f} ms "
          f"({len(w.annotations.store.annotations)} notes, {orphaned} orphaned)")
    t0 = time.perf_counter()
    w.annotations.refresh()
    print(f"redraw of all panes and the Notes panel: {(time.perf_counter() - t0) * 1000:.0f} ms")
    _close(w)
    shutil.rmtree(_tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

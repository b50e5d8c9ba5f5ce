"""GUI fixtures: tasks run inline and a shown main window."""

from __future__ import annotations

import pytest

from reader.gui import tasks


@pytest.fixture
def inline_tasks():
    tasks.set_inline(True)
    yield
    tasks.set_inline(False)


@pytest.fixture
def window(qtbot, inline_tasks):
    from reader.gui.main_window import MainWindow

    win = MainWindow()
    win.resize(1600, 1000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


"""What cleaning removed: the pane's "N removed" button, the list, Restore (one piece or a kind), undo, memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.analysis.corrections import DismissMark
from sample_comparison import show_comparison, small_comparison


def _open(window, paths) -> None:
    window.open_files([str(p) for p in paths])
    assert window.session.comparison is not None


def _doc(window, doc_id):
    return window.session.comparison.document(doc_id)


def _piece(doc, reason: str) -> int:
    return next(i for i, r in enumerate(doc.removed) if r.reason == reason)


def _press(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def two(seed_paths):
    """Two samples: one with a repeated caption in mid-text and appeals at the end, one with a byline and widgets."""
    return [seed_paths[1], seed_paths[4]]


def test_each_pane_says_how_many_pieces_were_removed(window, two):
    _open(window, two)
    for pane in window.view.panes:
        count = len(pane.doc.removed)
        assert count > 0
        assert pane.removed_button.isVisible()
        assert pane.removed_button.text() == f"{count} removed"


def test_the_button_is_hidden_when_nothing_was_removed(window):
    show_comparison(window, small_comparison())  # hand-made documents: nothing removed
    assert all(not p.removed_button.isVisible() for p in window.view.panes)


def test_the_list_shows_reason_text_and_place_of_every_piece(window, two, qtbot):
    _open(window, two)
    pane = window.view.panes[0]
    _press(qtbot, pane.removed_button)
    panel = window.removed.panel
    qtbot.waitUntil(panel.isVisible)
    rows = []
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        for c in range(group.childCount()):
            item = group.child(c)
            rows.append((group.text(0).rsplit(" (", 1)[0], item.data(0, Qt.ItemDataRole.UserRole), item.text(1)))
    doc = pane.doc
    assert sorted(i for _r, i, _w in rows) == list(range(len(doc.removed)))
    for reason, i, place in rows:
        assert reason == doc.removed[i].reason
        assert place  # "at the top", "before paragraph 16", ...
    caption = _piece(doc, "repeated caption")
    assert next(w for _r, i, w in rows if i == caption).startswith(("before paragraph", "in paragraph"))


def _count(window, doc_id: str, piece: str) -> int:
    return window.view.pane(doc_id).text.toPlainText().count(piece)


def test_restoring_puts_the_piece_in_the_text_and_undo_takes_it_out(window, two, qtbot):
    _open(window, two)
    pane = window.view.panes[0]
    doc_id, before = pane.doc.id, pane.doc
    i = _piece(before, "repeated caption")  # a caption printed twice: cleaning kept one copy
    piece = " ".join(before.removed[i].text.split())
    once = _count(window, doc_id, piece)
    _press(qtbot, pane.removed_button)
    panel = window.removed.panel
    _press(qtbot, panel.buttons[(i,)])
    qtbot.waitUntil(lambda: _count(window, doc_id, piece) == once + 1)
    after = _doc(window, doc_id)
    shown = window.view.pane(doc_id).text.textCursor()  # the pane shows the piece that came back, not its twin
    assert after.text[shown.selectionStart():].startswith(piece.split()[0])
    assert shown.selectionStart() == after.text.find(piece, after.text.find(piece) + 1)
    assert after.id == doc_id and after.kept == (before.removed[i].key,)
    assert len(after.removed) == len(before.removed) - 1
    assert window.session.comparison.events  # analysed again
    assert panel.tree.topLevelItemCount() and all(  # the list follows the article
        panel.tree.topLevelItem(g).text(0) != "repeated caption (1)" for g in range(panel.tree.topLevelItemCount()))
    assert "restore" in window.session.undo_stack.undoText()
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: _count(window, doc_id, piece) == once)
    assert _doc(window, doc_id).text == before.text
    window.session.undo_stack.redo()
    qtbot.waitUntil(lambda: _count(window, doc_id, piece) == once + 1)


def test_restore_all_of_a_kind(window, two, qtbot):
    _open(window, two)
    pane = window.view.panes[0]
    doc = pane.doc
    kind = [i for i, r in enumerate(doc.removed) if r.reason == "donation appeal"]
    assert len(kind) > 1
    window.removed.show_removed(doc.id)
    _press(qtbot, window.removed.panel.buttons[tuple(kind)])
    text = window.view.pane(doc.id).text.toPlainText()
    for i in kind:
        assert " ".join(doc.removed[i].text.split())[:60] in " ".join(text.split())
    assert all(r.reason != "donation appeal" for r in _doc(window, doc.id).removed)


def test_corrections_and_annotations_follow_the_text_after_a_restore(window, two, qtbot):
    _open(window, two)
    doc = window.view.panes[0].doc
    i = _piece(doc, "repeated caption")
    at = doc.removed[i].offset
    mark = next(r for r in window.session.comparison.recommendations if r.doc == doc.id and r.start > at)
    marked = doc.text[mark.start:mark.end]
    sentence = next(s for s in doc.sentences if s.start > at + 20)
    quote = doc.text[sentence.start:sentence.end]
    note = window.annotations.highlight(doc.id, sentence.start, sentence.end, body="keep me")
    assert window.session.apply(DismissMark("recommendation", doc.id, mark.start, mark.end))
    assert window.removed.restore(doc.id, [i])
    qtbot.waitUntil(lambda: _doc(window, doc.id) is not doc)
    new = _doc(window, doc.id)
    a = window.annotations.store.annotations[note.id]
    assert not a.orphaned and new.text[a.target.start:a.target.end] == quote
    assert a.target.start > sentence.start  # moved down by the restored piece
    kept = window.session.corrections()[-1]
    assert kept["kind"] == "dismiss" and kept["start"] > mark.start
    assert new.text[kept["start"]:kept["end"]] == marked
    assert not any(r.doc == doc.id and new.text[r.start:r.end] == marked
                   for r in window.session.comparison.recommendations)
    window.session.undo_stack.undo()  # the restore goes; the dismissal, made before it, stays
    qtbot.waitUntil(lambda: _doc(window, doc.id).text == doc.text)
    assert not any(r.doc == doc.id and r.start == mark.start for r in window.session.comparison.recommendations)
    assert window.session.corrections()[-1]["start"] == mark.start


def test_restored_pieces_come_back_when_the_comparison_is_reopened(qtbot, inline_tasks, two):
    from reader.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    _open(first, two)
    doc = first.view.panes[1].doc
    i = _piece(doc, "byline")
    assert first.removed.restore(doc.id, [i])
    piece = doc.removed[i].text
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_last([])
    qtbot.waitUntil(lambda: second.session.comparison is not None)
    reopened = next(d for d in second.session.documents if d.source == doc.source)
    assert reopened.kept == (doc.removed[i].key,)
    assert piece in reopened.text


def test_restoring_runs_off_the_gui_thread(qtbot, seed_paths):
    from reader.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.session.loading_finished, timeout=30000):
        win.open_files([str(seed_paths[2]), str(seed_paths[3])])
    doc = win.view.panes[0].doc
    piece = " ".join(doc.removed[1].text.split())[:50]
    with qtbot.waitSignal(win.session.loading_finished, timeout=30000):
        assert win.removed.restore(doc.id, [1])
    qtbot.waitUntil(lambda: piece in " ".join(win.view.pane(doc.id).text.toPlainText().split()))


def test_the_library_keeps_restored_pieces_with_the_comparison(qtbot, inline_tasks, two):
    from reader import paths
    from reader.core.store.library import Library
    from reader.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    _open(first, two)
    doc = first.view.panes[0].doc
    i = _piece(doc, "disclaimer")
    assert first.removed.restore(doc.id, [i])
    cid = first.annotations.store.comparison_id
    with Library(paths.data_dir() / "library.sqlite3", backup=False) as lib:
        assert list(lib.comparison(cid).kept.values()) == [[doc.removed[i].key]]
    first.session.undo_stack.undo()  # put away again: the library forgets it, nothing replays it
    qtbot.waitUntil(lambda: first.session.kept() == {})
    with Library(paths.data_dir() / "library.sqlite3", backup=False) as lib:
        assert lib.comparison(cid).kept == {}
    assert first.session.kept() == {}
    first.session.undo_stack.redo()
    qtbot.waitUntil(lambda: first.session.kept() != {})
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.session.open([str(p) for p in two])  # File > Open: nothing given but the files
    qtbot.waitUntil(lambda: second.session.kept() == {doc.source: [doc.removed[i].key]})
    assert doc.removed[i].text.split()[0] in second.session.comparison.document(doc.id).text


def test_the_view_menu_opens_the_panel_on_the_first_article(window, two):
    _open(window, two)
    view = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    toggle = next(a for a in view.actions() if a.text().replace("&", "") == "Removed by Cleaning")
    toggle.trigger()
    assert window.removed.dock.isVisible()
    assert window.removed.panel.doc is window.view.panes[0].doc
    toggle.trigger()
    assert not window.removed.dock.isVisible()

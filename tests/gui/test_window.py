"""The window on the samples: panes, marks of shared events, clicks that scroll, bad files, corrections, undo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.analysis.corrections import MergeActors, RenameEvent, UnlinkPassage
from reader.core.analysis.model import Actor
from reader.gui import tasks
from reader.gui.views.marks import BLAME, EVENTS, RECOMMENDATIONS

from sample_comparison import show_comparison, small_comparison


def _ranges(pane, layer_test=None) -> set[tuple[int, int]]:
    """The (start, end) Qt positions of a pane's ExtraSelections that carry a background colour."""
    out = set()
    for sel in pane.text.extraSelections():
        if layer_test is None or layer_test(sel.format):
            out.add((sel.cursor.selectionStart(), sel.cursor.selectionEnd()))
    return out


def _has_background(fmt) -> bool:
    return fmt.background().style() != Qt.BrushStyle.NoBrush


def _visible(pane, offset: int) -> bool:
    top, _bottom = pane.text.span_rect(offset, offset + 1)
    return 0 <= top < pane.text.viewport().height() - 8  # the passage begins on screen


def test_samples_open_off_the_gui_thread_in_five_panes(qtbot, seed_paths):
    from reader.gui.main_window import MainWindow

    tasks.set_inline(False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.session.loading_finished, timeout=20000):
        win.open_files([str(p) for p in seed_paths])
    assert win.session.comparison is not None
    assert len(win.view.panes) == 5 and len(win.view.strips) == 4
    assert [p.doc.source for p in win.view.panes] == [str(p) for p in seed_paths]
    assert all(p.title.text() for p in win.view.panes)
    assert win.progress.isHidden()


def test_every_shared_event_is_marked_in_each_article_that_reports_it(window, seed_paths):
    window.open_files([str(p) for p in seed_paths])
    comparison = window.session.comparison
    shared = [e for e in comparison.events if e.shared]
    if not shared:
        pytest.skip("the analysis found no shared event in the samples")
    for event in shared:
        for pane in window.view.panes:
            marked = _ranges(pane, _has_background)
            expected = {(pane.text.to_qt(m.start), pane.text.to_qt(m.end)) for m in event.mentions if m.doc == pane.doc.id}
            assert expected <= marked, (event.label, pane.doc.id)
    # passages of events not reported by an article are not coloured there
    first = window.view.panes[0]
    coloured = {(m.start, m.end) for m in first.layer_marks(EVENTS)}
    assert coloured == {(m.start, m.end) for e in shared for m in e.mentions if m.doc == first.doc.id}


def test_the_same_event_has_the_same_colour_in_every_pane(window):
    show_comparison(window, small_comparison())
    colours = set()
    for pane in window.view.panes:
        for sel in pane.text.extraSelections():
            start = sel.cursor.selectionStart()
            if pane.text.from_qt(start) in [m.start for m in window.session.comparison.events[0].mentions if m.doc == pane.doc.id]:
                colours.add(sel.format.background().color().name())
    assert len(colours) == 1


def test_blame_and_recommendations_are_told_apart_by_underline_style_not_only_colour(window):
    show_comparison(window, small_comparison())
    pane = window.view.pane("d1")
    styles = {}
    for mark, sel in zip(pane.text.visible_marks(), pane.text.extraSelections(), strict=True):
        assert (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (mark.start, mark.end)
        if sel.format.underlineStyle() != sel.format.underlineStyle().NoUnderline:
            styles[mark.layer] = sel.format.underlineStyle()
    assert set(styles) == {BLAME, RECOMMENDATIONS} and styles[BLAME] != styles[RECOMMENDATIONS]


def test_clicking_a_mark_scrolls_the_other_panes_to_that_event(window, qtbot):
    window.actions.scroll_lock.setChecked(False)
    comparison = small_comparison()
    show_comparison(window, comparison)
    event = comparison.events[0]
    d1 = next(m for m in event.mentions if m.doc == "d1")
    d2 = next(m for m in event.mentions if m.doc == "d2")
    pane1, pane2 = window.view.pane("d1"), window.view.pane("d2")
    pane2.text.verticalScrollBar().setValue(0)
    assert not _visible(pane2, d2.start)
    rect = pane1.text.cursorRect(pane1.text.cursor_at(d1.start + 3))
    with qtbot.waitSignal(window.view.event_selected) as signal:
        qtbot.mouseClick(pane1.text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [event.id]
    assert _visible(pane2, d2.start)
    assert _visible(window.view.pane("d3"), next(m for m in event.mentions if m.doc == "d3").start)
    assert window.view.strips[0].bands(), "a band joins the event between panes 1 and 2"


def test_next_and_previous_event_step_through_shared_events(window):
    show_comparison(window, small_comparison())
    window.actions.next_event.trigger()
    assert window.view.selected_event == "e1"
    window.actions.next_event.trigger()
    assert window.view.selected_event == "e2"
    window.actions.previous_event.trigger()
    assert window.view.selected_event == "e1"


def test_a_bad_file_beside_good_ones_gives_a_message_and_the_good_ones_open(window, seed_paths, tmp_path):
    missing = tmp_path / "gone.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    window.open_files([str(seed_paths[0]), str(missing), str(empty), str(seed_paths[1])])
    assert [p.doc.source for p in window.view.panes] == [str(seed_paths[0]), str(seed_paths[1])]
    message = window.messages.text()
    assert "gone.txt" in message and "empty.txt" in message
    assert len(message.splitlines()) == 2


def test_a_correction_and_its_undo_change_what_is_shown(window):
    comparison = small_comparison()
    show_comparison(window, comparison)
    pane = window.view.pane("d2")
    mention = next(m for m in comparison.events[0].mentions if m.doc == "d2")
    before = _ranges(pane, _has_background)
    assert (mention.start, mention.end) in before
    assert window.session.apply(UnlinkPassage("d2", mention.start, mention.end))
    assert (mention.start, mention.end) not in _ranges(pane, _has_background)
    assert window.events_model.index(0, 2).data() == "—"  # the events panel follows
    window.session.undo_stack.undo()
    assert _ranges(pane, _has_background) == before
    assert window.events_model.index(0, 2).data() == "reports"


def test_the_context_menu_dismisses_a_blame_mark_undoably(window):
    show_comparison(window, small_comparison())
    blame = window.session.comparison.blame[0]
    menu = window.menus.text_menu(blame.doc, blame.start + 2)
    action = next(a for a in menu.actions() if a.text().startswith("Dismiss this blame"))
    action.trigger()
    assert [m.key for m in window.view.pane(blame.doc).layer_marks(BLAME)] == []
    assert window.blame_model.index(0, 1).data() == "—"
    window.session.undo_stack.undo()
    assert [m.key for m in window.view.pane(blame.doc).layer_marks(BLAME)] == [blame.id]


def test_hiding_a_layer_removes_its_marks(window):
    show_comparison(window, small_comparison())
    pane = window.view.pane("d1")
    window.actions.layers[EVENTS].setChecked(False)
    assert not _ranges(pane, _has_background)
    assert not window.view.strips[0].bands()
    window.actions.layers[EVENTS].setChecked(True)
    assert _ranges(pane, _has_background)


def test_moving_and_closing_panes(window):
    show_comparison(window, small_comparison())
    window.view.panes[0].right_button.click()
    assert [p.doc.id for p in window.view.panes] == ["d2", "d1", "d3"]
    window.view.panes[2].close_button.click()  # re-analyses the two left
    assert [p.doc.id for p in window.view.panes] == ["d2", "d1"]
    assert not window.session.busy
    assert len(window.view.strips) == 1


def test_the_last_comparison_and_the_layout_are_remembered(qtbot, inline_tasks, seed_paths):
    from reader.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.open_files([str(p) for p in seed_paths[:2]])
    first.actions.scroll_lock.setChecked(False)
    first.docks["blame"].hide()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_last([str(p) for p in seed_paths])
    assert [p.doc.source for p in second.view.panes] == [str(p) for p in seed_paths[:2]]
    assert not second.actions.scroll_lock.isChecked()
    assert second.docks["blame"].isHidden()
    assert Path(second.settings.fileName()).parent == Path(os.environ["PARALLAX_CONFIG_DIR"])


def test_first_start_opens_the_samples(window, seed_paths):
    window.open_last([str(p) for p in seed_paths])
    assert len(window.view.panes) == 5


def test_hover_text_says_why_a_mark_is_there(window):
    comparison = small_comparison()
    comparison.blame[0].cue = "<to blame>"
    show_comparison(window, comparison)
    pane = window.view.pane("d1")
    blame = comparison.blame[0]
    tips = [m.tooltip for m in pane.text.marks_at(blame.start + 1)]
    blame_tip = next(t for t in tips if t.startswith("<b>Blame"))
    assert "mayor" in blame_tip and "author" in blame_tip and "&lt;to blame&gt;" in blame_tip
    event_tip = next(t for t in tips if "Shared" in t)
    assert "mayor to blame" in event_tip and "Article d2" in event_tip


def test_panel_menus_dismiss_and_merge_as_undoable_corrections(window):
    from reader.gui.models.roles import ActorKeyRole

    comparison = small_comparison()
    comparison.actors.append(Actor("a3", "city council"))
    comparison.blame[1].actor = "a3"
    show_comparison(window, comparison)
    assert window.blame_model.rowCount() == 2
    cell = window.blame_model.index(1, 2)  # city council, in d2
    menu = window.menus.blame_menu(cell)
    next(a for a in menu.actions() if a.text() == "Dismiss this blame mark").trigger()
    assert window.blame_model.rowCount() == 1
    assert [d["kind"] for d in window.session.corrections()] == ["dismiss"]
    window.session.undo_stack.undo()
    assert window.blame_model.rowCount() == 2
    window.session.apply(MergeActors("mayor", "city council"))
    assert window.blame_model.rowCount() == 1
    assert window.blame_model.index(0, 0).data(ActorKeyRole) == "a1"
    assert [window.blame_model.index(0, c).data() for c in (1, 2)] == ["author", "quoted: Critics"]
    rec_menu = window.menus.recommendations_menu(window.recommendations_model.index(0, 1))
    next(a for a in rec_menu.actions() if a.text().startswith("Dismiss")).trigger()
    assert window.recommendations_model.index(0, 1).data() == "—"
    assert [d["kind"] for d in window.session.corrections()] == ["merge_actors", "dismiss"]
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.corrections() == [] and window.blame_model.rowCount() == 2


def test_corrections_are_replayed_when_an_article_is_added(window, seed_paths):
    window.open_files([str(p) for p in seed_paths[:2]])
    comparison = window.session.comparison
    event = next((e for e in comparison.events if e.shared), None)
    if event is None:
        pytest.skip("no shared event between the first two samples")
    m = event.mentions[0]
    window.session.apply(RenameEvent(m.doc, m.start, m.end, "My label"))
    window.session.add([str(seed_paths[2])])
    assert len(window.view.panes) == 3
    assert any(e.label == "My label" for e in window.session.comparison.events)
    assert [d["kind"] for d in window.session.corrections()] == ["rename_event"]


def test_the_text_menu_links_a_selection_to_the_selected_event(window):
    show_comparison(window, small_comparison())
    window.view.select_event("e3")  # reported by d3 only
    pane = window.view.pane("d1")
    start = pane.doc.text.index("Filler sentence")
    end = start + len("Filler sentence about the weather.")
    cursor = pane.text.cursor_at(start)
    cursor.movePosition(cursor.MoveOperation.NextCharacter, cursor.MoveMode.KeepAnchor, end - start)
    pane.text.setTextCursor(cursor)
    assert pane.current_selection() == ("d1", start, end)
    menu = window.menus.text_menu("d1", start)
    next(a for a in menu.actions() if a.text().startswith("Add the selection to")).trigger()
    event = next(e for e in window.session.comparison.events if e.id == "e3")
    assert event.shared and (start, end) in {(m.start, m.end) for m in pane.layer_marks(EVENTS)}
    window.session.undo_stack.undo()
    assert (start, end) not in {(m.start, m.end) for m in pane.layer_marks(EVENTS)}


def test_f7_and_alt_down_go_to_the_next_shared_event(window, qtbot):
    show_comparison(window, small_comparison())
    window.activateWindow()
    window.view.panes[0].text.setFocus()
    qtbot.keyClick(window.view.panes[0].text, Qt.Key.Key_F7)
    assert window.view.selected_event == "e1"
    qtbot.keyClick(window.view.panes[0].text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.selected_event == "e2"
    qtbot.keyClick(window.view.panes[0].text, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selected_event == "e1"


def test_cancel_stops_loading_and_keeps_the_window_usable(qtbot, seed_paths):
    import threading

    from reader.gui import loading
    from reader.gui.main_window import MainWindow

    gate = threading.Event()
    original = loading.analyze

    def slow_analyze(docs, progress=None):
        gate.wait(5)
        return original(docs, progress)

    loading.analyze = slow_analyze
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.open_files([str(p) for p in seed_paths[:2]])
        assert win.session.busy and win.actions.cancel.isEnabled()
        with qtbot.waitSignal(win.session.loading_finished, timeout=5000):
            win.actions.cancel.trigger()
        gate.set()
        assert not win.session.busy and win.session.comparison is None
        assert not win.actions.cancel.isEnabled()
    finally:
        gate.set()
        loading.analyze = original
        tasks.wait_all(5000)


def test_opened_files_appear_in_recent_files(window, seed_paths):
    window.open_files([str(seed_paths[0])])
    window._fill_recent_menu()
    assert [a.text() for a in window.actions.recent_menu.actions()] == [str(seed_paths[0])]


def test_selecting_an_event_says_which_and_where_in_the_status_bar(window):
    show_comparison(window, small_comparison())
    window.actions.next_event.trigger()
    assert window.statusBar().currentMessage() == "shared event 1 of 2: bridge collapse — reported by 3 of 3 articles"

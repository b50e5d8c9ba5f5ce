"""Scroll lock, overview strip, drag and drop, pasted text, layers remembered, theme and the notes extension points."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.gui.drop import specs_from_mime
from sample_comparison import TEXTS, show_comparison, small_comparison


def _centre_on(pane, offset: int) -> None:
    bar = pane.text.verticalScrollBar()
    bar.setValue(int(pane.text.doc_y(offset) - pane.text.viewport().height() / 2))


def _visible(pane, offset: int) -> bool:
    top, _bottom = pane.text.span_rect(offset, offset + 1)
    return 0 <= top < pane.text.viewport().height() - 8  # the passage begins on screen


def test_scroll_lock_brings_the_matching_passage_into_view(window):
    comparison = small_comparison()
    show_comparison(window, comparison)
    d2, d3 = window.view.pane("d2"), window.view.pane("d3")
    e1 = comparison.events[0]
    m2 = next(m for m in e1.mentions if m.doc == "d2")
    m3 = next(m for m in e1.mentions if m.doc == "d3")
    d3.text.verticalScrollBar().setValue(0)
    assert not _visible(d3, m3.start)
    window.actions.scroll_lock.setChecked(True)
    _centre_on(d2, m2.start)
    assert _visible(d3, m3.start)


def test_without_scroll_lock_the_panes_stay_put(window):
    show_comparison(window, small_comparison())
    window.actions.scroll_lock.setChecked(False)
    d2, d3 = window.view.pane("d2"), window.view.pane("d3")
    d3.text.verticalScrollBar().setValue(0)
    d2.text.verticalScrollBar().setValue(d2.text.verticalScrollBar().maximum())
    assert d3.text.verticalScrollBar().value() == 0


def test_clicking_the_overview_strip_scrolls_its_article(window, qtbot):
    show_comparison(window, small_comparison())
    window.actions.scroll_lock.setChecked(False)
    pane = window.view.pane("d2")
    pane.text.verticalScrollBar().setValue(0)
    qtbot.mouseClick(pane.overview, Qt.MouseButton.LeftButton, pos=QPoint(5, pane.overview.height() - 2))
    bar = pane.text.verticalScrollBar()
    assert bar.value() > bar.maximum() * 0.8


def test_dropping_files_adds_them(window, seed_paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in seed_paths[:2]])
    assert specs_from_mime(mime) == [str(p) for p in seed_paths[:2]]
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert window._drop.eventFilter(window, enter) and enter.isAccepted()
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    # offscreen Qt delivers a Drop only inside a real drag, so the window's drop filter gets it directly
    assert window._drop.eventFilter(window, event)
    assert [p.doc.source for p in window.view.panes] == [str(p) for p in seed_paths[:2]]


def test_web_links_and_text_urls_count_as_specs():
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/a"), QUrl("ftp://example.org/b")])
    assert specs_from_mime(mime) == ["https://example.org/a"]
    text = QMimeData()
    text.setText("  https://example.org/story  ")
    assert specs_from_mime(text) == ["https://example.org/story"]
    prose = QMimeData()
    prose.setText("not a link")
    assert specs_from_mime(prose) == []


def test_pasted_text_becomes_an_article_kept_in_the_data_folder(window, seed_paths):
    window.open_files([str(seed_paths[0])])
    window.session.add_text(TEXTS["d1"], "A pasted story")
    assert len(window.view.panes) == 2
    pane = window.view.panes[1]
    assert pane.doc.source.startswith(str(paths.data_dir()))
    assert "bridge collapsed" in pane.doc.text


def test_annotation_layer_and_selection_extension_points(window):
    show_comparison(window, small_comparison())
    pane = window.view.pane("d3")
    pane.set_annotations([(0, 6, "#ffee88", "my note", "n1")])
    assert pane.annotation_ids() == ["n1"]
    cursor = pane.text.cursor_at(0)
    cursor.setPosition(6, cursor.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cursor)
    assert pane.current_selection() == ("d3", 0, 6)
    window.actions.layers["annotations"].setChecked(False)
    assert not [m for m in pane.text.visible_marks() if m.layer == "annotations"]


def test_dark_theme_changes_the_mark_colours(window, qtbot):
    from reader.gui import palette, theme

    show_comparison(window, small_comparison())
    app = QApplication.instance()
    pane = window.view.pane("d1")
    light = {s.format.background().color().name() for s in pane.text.extraSelections()}
    try:
        theme.apply_theme(app, theme.DARK)
        window.view.refresh_marks()
        assert palette.is_dark()
        dark = {s.format.background().color().name() for s in pane.text.extraSelections()}
        assert dark != light
    finally:
        theme.apply_theme(app, theme.LIGHT)


def test_dropping_a_pane_header_on_another_pane_reorders(window):
    from PySide6.QtGui import QDropEvent as _Drop

    from reader.gui.views.pane_header import PANE_MIME

    show_comparison(window, small_comparison())
    view = window.view
    target = view.panes[2]
    x = target.mapTo(view, QPoint(target.width() // 2, 0)).x()
    mime = QMimeData()
    mime.setData(PANE_MIME, b"d1")
    view.dropEvent(_Drop(QPointF(x, 50), Qt.DropAction.MoveAction, mime, Qt.MouseButton.NoButton,
                         Qt.KeyboardModifier.NoModifier))
    assert [p.doc.id for p in view.panes] == ["d2", "d3", "d1"]
    assert [window.events_model.headerData(c, Qt.Orientation.Horizontal, 0x0100 + 2) for c in (1, 2, 3)] == ["d2", "d3", "d1"]


def test_long_titles_keep_to_two_lines_so_texts_start_level(window):
    comparison = small_comparison()
    comparison.documents[0].title = "A very long headline " * 12
    show_comparison(window, comparison)
    heights = {p.text.mapTo(window, QPoint(0, 0)).y() for p in window.view.panes}
    assert len(heights) == 1
    shown = window.view.panes[0].title.text()
    assert shown.count("\n") == 1 and shown.endswith("…")


def test_text_size_is_applied_and_remembered(qtbot, inline_tasks):
    from reader.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    show_comparison(first, small_comparison())
    first.view.set_text_size(15.0)
    assert {p.text.font().pointSizeF() for p in first.view.panes} == {15.0}
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    show_comparison(second, small_comparison())
    assert {p.text.font().pointSizeF() for p in second.view.panes} == {15.0}


def test_preferences_dialog_reports_the_choices(qtbot):
    from reader.gui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog("dark", 12.0)
    qtbot.addWidget(dialog)
    assert dialog.theme() == "dark" and dialog.text_size() == 12.0
    dialog.theme_box.setCurrentIndex(1)
    dialog.size_box.setValue(30)  # clamped to the allowed range
    assert dialog.theme() == "light" and dialog.text_size() == 24.0


def test_moving_a_pane_left_or_right_swaps_it_with_its_neighbour_and_stops_at_the_ends(window):
    show_comparison(window, small_comparison())
    session, view = window.session, window.view
    session.move("d1", +1)
    assert [p.doc.id for p in view.panes] == ["d2", "d1", "d3"]
    session.move("d3", -1)
    assert [p.doc.id for p in view.panes] == ["d2", "d3", "d1"]
    session.move("d1", +1)  # already last
    session.move("d2", -1)  # already first
    session.move("nope", +1)
    assert [d.id for d in session.documents] == ["d2", "d3", "d1"]


def test_an_article_id_no_longer_open_is_refused_quietly(window):
    show_comparison(window, small_comparison())
    assert window.session.document("d2").id == "d2"
    assert window.session.document("gone") is None
    assert window.annotations.highlight("gone", 0, 5) is None
    assert window.removed.show_removed("gone") is None
    assert window.removed.restore("gone", [0]) is False
    assert window.session.restore("gone", [0]) is False

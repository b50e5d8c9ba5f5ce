"""The selected event stands out: its passages framed and more strongly filled in every pane, its bands opaque, its row selected."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QApplication

from reader.gui import theme
from reader.gui.views.marks import EVENTS
from sample_comparison import show_comparison, small_comparison


def _event_fills(pane) -> dict[tuple[int, int, str], str]:
    """(start, end, event id) -> background colour of each event passage a pane draws."""
    out = {}
    for mark, sel in zip(pane.text.visible_marks(), pane.text.extraSelections(), strict=True):
        if mark.layer == EVENTS:
            assert sel.format.property(QTextFormat.Property.UserProperty) == mark.key
            out[(mark.start, mark.end, mark.key)] = sel.format.background().color().name()
    return out


def _mentions(comparison, event_id: str, doc_id: str) -> list[tuple[int, int]]:
    event = next(e for e in comparison.events if e.id == event_id)
    return sorted((m.start, m.end) for m in event.mentions if m.doc == doc_id)


@pytest.fixture(params=[theme.LIGHT, theme.DARK])
def themed(request, window):
    app = QApplication.instance()
    theme.apply_theme(app, request.param)
    yield window
    theme.apply_theme(app, theme.LIGHT)


def test_selecting_an_event_changes_exactly_its_passages_in_every_pane(themed):
    window = themed
    comparison = small_comparison()
    show_comparison(window, comparison)
    shared = [e.id for e in comparison.events if e.shared]
    assert len(shared) >= 2
    before = {p.doc.id: _event_fills(p) for p in window.view.panes}
    assert all(not p.text.selected_passages() for p in window.view.panes)

    first, second = shared[0], shared[1]
    window.view.select_event(first)
    for pane in window.view.panes:
        expected = _mentions(comparison, first, pane.doc.id)
        assert sorted(pane.text.selected_passages()) == expected  # framed and barred
        fills = _event_fills(pane)
        emphasised = {k: v for k, v in fills.items() if k[2] == first}
        assert sorted(k[:2] for k in emphasised) == expected
        for key, colour in fills.items():
            assert colour != before[pane.doc.id][key]  # selected: stronger; the others: faded
        if emphasised and len(fills) > len(emphasised):  # the selected fill is not the faded one
            assert set(emphasised.values()).isdisjoint(v for k, v in fills.items() if k[2] != first)
    selected_fills = {p.doc.id: _event_fills(p) for p in window.view.panes}

    window.view.select_event(second)
    for pane in window.view.panes:
        assert sorted(pane.text.selected_passages()) == _mentions(comparison, second, pane.doc.id)
        fills = _event_fills(pane)
        for key, colour in fills.items():
            if key[2] == first:  # no longer selected: back to the same fade as every other event
                assert colour != selected_fills[pane.doc.id][key]
            if key[2] == second:
                assert colour != before[pane.doc.id][key]

    window.view.select_event("")
    assert all(not p.text.selected_passages() for p in window.view.panes)
    assert {p.doc.id: _event_fills(p) for p in window.view.panes} == before


def test_the_frame_hugs_the_selected_passage(window):
    comparison = small_comparison()
    show_comparison(window, comparison)
    window.view.select_event("e1")
    pane = window.view.pane("d1")
    (start, end), = pane.text.selected_passages()
    top, bottom = pane.text.span_rect(start, end)
    outline = pane.text.passage_outline(start, end).boundingRect()
    assert outline.top() <= top and outline.bottom() >= bottom - 1
    assert outline.right() <= pane.text.viewport().width()


def test_the_selected_events_bands_are_opaque_and_outlined_and_the_others_fade(window):
    comparison = small_comparison()
    show_comparison(window, comparison)
    strip = window.view.strips[0]  # between d1 and d2, which share e1 and e2
    unselected = strip.paint_data()
    assert {k for k, _a, _w in unselected} == {"e1", "e2"}
    assert len({(a, w) for _k, a, w in unselected}) == 1  # nothing selected: all bands alike

    window.view.select_event("e2")
    data = strip.paint_data()
    assert data[-1][0] == "e2"  # drawn last, on top
    selected = [(a, w) for k, a, w in data if k == "e2"]
    others = [(a, w) for k, a, w in data if k != "e2"]
    assert selected and others
    assert all(a == 255 and w > 0 for a, w in selected)
    assert all(a < unselected[0][1] for a, _w in others)  # fainter than with no selection

    window.view.select_event("e1")
    assert all(a == 255 for k, a, _w in strip.paint_data() if k == "e1")
    assert all(a < 255 for k, a, _w in strip.paint_data() if k == "e2")


def test_the_events_panel_selects_the_selected_events_row(window):
    comparison = small_comparison()
    show_comparison(window, comparison)
    for event_id in ("e2", "e1"):
        window.view.select_event(event_id)
        rows = window.events_panel.table.selectionModel().selectedRows()
        assert [window.events_model.row_object(i.row()).id for i in rows] == [event_id]


def test_panel_columns_fit_the_panel_and_the_legend_shortens_in_a_small_window(window, qtbot):
    show_comparison(window, small_comparison())
    window.resize(1280, 800)
    window.balance_docks()
    qtbot.wait(50)
    for panel in (window.events_panel, window.blame_panel):
        table = panel.table
        widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
        assert sum(widths) <= table.viewport().width()  # no sideways scrolling
        assert widths[0] > widths[1]  # the label column is the wide one
    assert window.legend.compact
    short = window.legend.sizeHint().width()
    window.resize(1800, 1000)
    qtbot.wait(50)
    assert not window.legend.compact and window.legend.sizeHint().width() > short

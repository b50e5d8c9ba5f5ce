"""The main window: wiring only. It connects the session, the comparison view, the panels and the actions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.gui import icons
from reader.gui import settings as prefs
from reader.gui.actions import Actions
from reader.gui.annotation_controller import AnnotationController
from reader.gui.correction_menus import CorrectionMenus
from reader.gui.dialogs.about_dialog import show_about
from reader.gui.dialogs.export_dialog import ask_and_export, export_available
from reader.gui.dialogs.paste_dialog import PasteDialog
from reader.gui.dialogs.preferences_dialog import DEFAULT_SIZE, PreferencesDialog
from reader.gui.drop import DropFilter
from reader.gui.models.blame_model import BlameModel
from reader.gui.models.events_model import EventsModel
from reader.gui.models.recommendations_model import RecommendationsModel
from reader.gui.removed_pieces import RemovedPieces
from reader.gui.session import Session
from reader.gui.views.comparison_view import ComparisonView
from reader.gui.views.legend import Legend
from reader.gui.views.message_bar import MessageBar
from reader.gui.views.notes_panel import NotesPanel
from reader.gui.views.table_panel import TablePanel

COMPACT_WIDTH = 1500  # below this window width the status bar legend drops its words
FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"


class MainWindow(QMainWindow):
    """Panes side by side, the comparison panels docked around them."""

    analysis_shown = Signal()  # a comparison has been put on screen (tests and --screenshot wait for it)
    theme_requested = Signal(str)

    def __init__(self, settings=None) -> None:
        super().__init__()
        self.settings = settings or prefs.open_settings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.session = Session(self)
        self.view = ComparisonView()
        self.messages = MessageBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.events_model, self.blame_model, self.recommendations_model = EventsModel(self), BlameModel(self), RecommendationsModel(self)
        self.events_panel = TablePanel(self.events_model)
        self.blame_panel = TablePanel(self.blame_model)
        self.recommendations_panel = TablePanel(self.recommendations_model)
        self.events_panel.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)  # the selected event's row
        self.notes_panel = NotesPanel()
        self.docks = {
            "events": self._dock("Events", self.events_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "blame": self._dock("Blame", self.blame_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "recommendations": self._dock("Recommendations", self.recommendations_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "notes": self._dock("Notes", self.notes_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["recommendations"], self.docks["notes"])
        self.docks["recommendations"].raise_()

        self.actions = Actions(self)
        undo = self.session.undo_stack.createUndoAction(self, "&Undo")
        redo = self.session.undo_stack.createRedoAction(self, "&Redo")
        self.addToolBar(self.actions.build_menus(undo, redo, [d.toggleViewAction() for d in self.docks.values()]))
        self.menus = CorrectionMenus(self.session, self.view, self)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 100)
        self.progress_label = QLabel()
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(self.actions.cancel)
        for w in (self.progress_label, self.progress, self.cancel_button):
            self.statusBar().addPermanentWidget(w)
            w.hide()
        self.legend = Legend()
        self.statusBar().addPermanentWidget(self.legend)

        self._drop = DropFilter(self)
        self._drop.dropped.connect(self.session.add)
        self.installEventFilter(self._drop)
        self._connect()
        self.annotations = AnnotationController(self)  # the reader's highlights and notes, the library
        self.removed = RemovedPieces(self)  # what cleaning took out: shown per article, restorable
        self._restore()

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}Dock")
        widget.setMinimumWidth(160)  # a long label inside must not widen the dock area
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        s, a, v = self.session, self.actions, self.view
        s.comparison_changed.connect(self._on_session_comparison_changed)
        s.order_changed.connect(self._on_session_comparison_changed)
        s.loading_started.connect(self._on_session_loading_started)
        s.loading_progressed.connect(self._on_session_loading_progressed)
        s.loading_finished.connect(self._on_session_loading_finished)
        s.load_failed.connect(self.messages.show_lines)
        s.correction_failed.connect(lambda text: self.statusBar().showMessage(f"Correction not applied: {text}", 6000))
        a.open.triggered.connect(lambda: self._choose_files(replace=True))
        a.add.triggered.connect(lambda: self._choose_files(replace=False))
        a.open_url.triggered.connect(self._ask_url)
        a.paste.triggered.connect(self._ask_paste)
        a.quit.triggered.connect(self.close)
        a.export.triggered.connect(self._export)
        a.cancel.triggered.connect(s.cancel)
        a.about.triggered.connect(lambda: show_about(self))
        a.preferences.triggered.connect(self._ask_preferences)
        a.next_event.triggered.connect(lambda: v.step_event(1))
        a.previous_event.triggered.connect(lambda: v.step_event(-1))
        a.scroll_lock.toggled.connect(v.set_scroll_lock)
        for layer, action in a.layers.items():
            action.toggled.connect(lambda on, layer=layer: v.set_layer_visible(layer, on))
        for key, action in a.theme_actions.items():
            action.triggered.connect(lambda _c=False, key=key: self.theme_requested.emit(key))
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        v.move_requested.connect(s.move)
        v.move_to_requested.connect(s.move_to)
        v.close_requested.connect(s.remove)
        v.context_requested.connect(lambda doc, off, pos: self.menus.show(
            self.annotations.extend_text_menu(self.menus.text_menu(doc, off), doc, off), pos))
        v.event_selected.connect(self._on_view_event_selected)
        for panel in (self.events_panel, self.blame_panel, self.recommendations_panel):
            panel.passage_activated.connect(v.jump_to)
        self.events_panel.row_activated.connect(self._on_events_panel_row_activated)
        self.events_panel.context_requested.connect(lambda i, pos: self.menus.show(self.menus.events_menu(i), pos))
        self.blame_panel.context_requested.connect(lambda i, pos: self.menus.show(
            self.annotations.extend_panel_menu(self.menus.blame_menu(i), i, "blame"), pos))
        self.recommendations_panel.context_requested.connect(lambda i, pos: self.menus.show(
            self.annotations.extend_panel_menu(self.menus.recommendations_menu(i), i, "recommendation"), pos))

    # --- opening ---------------------------------------------------------------------------------
    def open_files(self, specs: list[str]) -> None:
        """Opens a new comparison of these files or URLs."""
        prefs.add_recent(self.settings, specs)
        self.session.open(specs)

    def open_last(self, fallback: list[str]) -> None:
        """Reopens the last comparison, or `fallback` (the samples) on first start."""
        last = prefs.last_files(self.settings)
        if last:
            self.session.open(last, prefs.last_corrections(self.settings), prefs.last_kept(self.settings))
        else:
            self.session.open(fallback)

    def _choose_files(self, replace: bool) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles" if replace else "Add articles", "", FILE_FILTER)
        if files:
            prefs.add_recent(self.settings, files)
            (self.session.open if replace else self.session.add)(files)

    def _ask_url(self) -> None:
        url, ok = QInputDialog.getText(self, "Open URL", "Address of the article (http or https):")
        if ok and url.strip():
            prefs.add_recent(self.settings, [url.strip()])
            self.session.add([url.strip()])

    def _ask_paste(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec() and dialog.text.toPlainText().strip():
            self.session.add_text(dialog.text.toPlainText(), dialog.title.text())

    def _export(self) -> None:
        if self.session.comparison:
            annotations, notes = self.annotations.export_inputs()
            ask_and_export(self, self.session.comparison, annotations=annotations, notes=notes,
                           on_done=lambda out: self.statusBar().showMessage(f"Exported to {out}", 8000),
                           on_error=lambda line: self.messages.show_lines([line]))

    def _ask_preferences(self) -> None:
        checked = self.actions.themes.checkedAction()
        dialog = PreferencesDialog(checked.data() if checked else "system", self.view.text_size, self)
        if dialog.exec():
            self.view.set_text_size(dialog.text_size())
            self.actions.theme_actions[dialog.theme()].setChecked(True)
            self.theme_requested.emit(dialog.theme())

    def _fill_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        for spec in prefs.recent_files(self.settings):
            menu.addAction(spec, lambda s=spec: self.session.add([s]))
        if menu.isEmpty():
            menu.addAction("No recent files").setEnabled(False)

    # --- session events --------------------------------------------------------------------------
    def _on_session_comparison_changed(self) -> None:
        comparison = self.session.comparison
        self.view.set_comparison(comparison)
        for model in (self.events_model, self.blame_model, self.recommendations_model):
            model.set_comparison(comparison)
        self.setWindowTitle(f"{APP_NAME} — {len(self.session.documents)} articles" if comparison else APP_NAME)
        self.actions.export.setEnabled(bool(comparison) and export_available())
        prefs.remember_session(self.settings, self.session.sources(), self.session.corrections(),
                               self.session.kept())
        self.analysis_shown.emit()

    def _on_session_loading_started(self) -> None:
        self.actions.cancel.setEnabled(True)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.show()
        self.progress.setValue(0)

    def _on_session_loading_progressed(self, stage: str, fraction: float) -> None:
        self.progress_label.setText(stage if len(stage) < 60 else "…" + stage[-58:])
        self.progress.setValue(int(fraction * 100))

    def _on_session_loading_finished(self) -> None:
        self.actions.cancel.setEnabled(False)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.hide()
        if self.session.comparison:
            c = self.session.comparison
            shared = sum(1 for e in c.events if e.shared)
            self.statusBar().showMessage(f"{len(c.documents)} articles · {shared} shared events · "
                                         f"{len(c.blame)} blame marks · {len(c.recommendations)} recommendations")

    def _on_view_event_selected(self, event_id: str) -> None:
        event = self.view.event_by_id(event_id)
        if event:
            order = [e.id for e in self.view.navigation_order()]
            place = f"shared event {order.index(event.id) + 1} of {len(order)}: " if event.id in order else ""
            self.statusBar().showMessage(f"{place}{event.label} — reported by {len(event.docs)} of "
                                         f"{len(self.session.documents)} articles")
        table = self.events_panel.table
        for row in range(self.events_model.rowCount()):
            if self.events_model.row_object(row).id == event_id:
                table.selectRow(row)
                table.scrollTo(self.events_model.index(row, 0))
                return
        table.clearSelection()

    def _on_events_panel_row_activated(self, index: QModelIndex) -> None:
        self.view.select_event(self.events_model.row_object(index.row()).id)

    # --- remembered layout -----------------------------------------------------------------------
    def _restore(self) -> None:
        st = self.settings
        geometry, state = st.value("window/geometry"), st.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 950)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            self.balance_docks()
        for layer, action in self.actions.layers.items():
            action.setChecked(prefs.flag(st, f"view/layer_{layer}", True))
        self.actions.scroll_lock.setChecked(prefs.flag(st, "view/scroll_lock", True))
        self.view.set_text_size(prefs.number(st, "view/text_size", DEFAULT_SIZE))
        self.actions.theme_actions.get(str(st.value("view/theme", "system")), self.actions.theme_actions["system"]).setChecked(True)

    def balance_docks(self) -> None:
        """The default layout: the three comparison panels side by side, equally wide, under the articles."""
        docks = [self.docks["events"], self.docks["blame"], self.docks["recommendations"]]
        third = max(200, self.width() // 3)
        self.resizeDocks(docks, [third] * 3, Qt.Orientation.Horizontal)
        self.resizeDocks(docks[:1], [max(180, self.height() // 4)], Qt.Orientation.Vertical)

    def save_settings(self) -> None:
        st = self.settings
        st.setValue("window/geometry", self.saveGeometry())
        st.setValue("window/state", self.saveState())
        for layer, action in self.actions.layers.items():
            st.setValue(f"view/layer_{layer}", action.isChecked())
        st.setValue("view/scroll_lock", self.actions.scroll_lock.isChecked())
        st.setValue("view/text_size", self.view.text_size)
        checked = self.actions.themes.checkedAction()
        st.setValue("view/theme", checked.data() if checked else "system")
        prefs.remember_session(st, self.session.sources(), self.session.corrections(), self.session.kept())
        st.sync()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.legend.set_compact(self.width() < COMPACT_WIDTH)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.session.cancel()
        self.save_settings()
        self.annotations.close()
        super().closeEvent(event)

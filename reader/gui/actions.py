"""Every menu and toolbar command of the window as a QAction, with shortcuts, icons and the menus built from them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from reader.gui import icons
from reader.gui.theme import DARK, LIGHT, SYSTEM
from reader.gui.views.marks import BLAME, EVENTS, LAYER_TITLES, LAYERS, RECOMMENDATIONS, UNIQUE

_LAYER_ICONS = {EVENTS: "layer-events", UNIQUE: "layer-unique", BLAME: "layer-blame",
                RECOMMENDATIONS: "layer-recommendations", "annotations": "edit-paste"}


class Actions:
    """Holds the window's actions by name; the main window connects their `triggered` signals."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window

        def make(text: str, icon: str | None = None, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
            action = QAction(text, window)
            if icon:
                action.setIcon(icons.icon(icon))
            if shortcut is not None:
                if isinstance(shortcut, list):
                    action.setShortcuts(shortcut)
                else:
                    action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
            action.setCheckable(checkable)
            return action

        self.open = make("&Open…", "document-open", QKeySequence.StandardKey.Open, "Open articles to compare")
        self.add = make("&Add Articles…", "document-open", "Ctrl+Shift+O", "Add articles to this comparison")
        self.open_url = make("Open &URL…", "open-url", "Ctrl+L", "Add an article from the web")
        self.paste = make("&Paste as New Article…", "edit-paste", "Ctrl+Shift+V", "Add pasted text as an article")
        self.recent_menu = QMenu("Open &Recent", window)
        self.export = make("&Export…", "document-export", "Ctrl+E", "Export the comparison")
        self.export.setEnabled(False)
        self.quit = make("&Quit", None, QKeySequence.StandardKey.Quit)
        self.cancel = make("&Cancel Loading", "process-stop", "Esc", "Stop reading and analysing")
        self.cancel.setEnabled(False)

        self.next_event = make("&Next Shared Event", "go-down", [QKeySequence("Alt+Down"), QKeySequence("F7")])
        self.previous_event = make("&Previous Shared Event", "go-up", [QKeySequence("Alt+Up"), QKeySequence("Shift+F7")])

        self.layers: dict[str, QAction] = {}
        for i, layer in enumerate(LAYERS):
            action = make(LAYER_TITLES[layer], _LAYER_ICONS[layer], f"Ctrl+{i + 1}", f"Show or hide: {LAYER_TITLES[layer]}",
                          checkable=True)
            action.setChecked(True)
            self.layers[layer] = action
        self.scroll_lock = make("&Lock Scrolling", "scroll-lock", "Ctrl+K", "Scroll the articles together, anchored on shared passages",
                                checkable=True)
        self.scroll_lock.setChecked(True)
        self.themes = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for key, text in ((SYSTEM, "Follow &System"), (LIGHT, "&Light"), (DARK, "&Dark")):
            action = make(text, checkable=True)
            action.setData(key)
            self.themes.addAction(action)
            self.theme_actions[key] = action
        self.about = make("&About Parallax", "help-about", None, "About Parallax")
        self.preferences = make("&Preferences…", None, QKeySequence.StandardKey.Preferences, "Theme and text size")
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))

    def build_menus(self, undo: QAction, redo: QAction, panels: list[QAction]) -> QToolBar:
        """Fills the menu bar and returns the main toolbar."""
        bar = self.window.menuBar()
        file = bar.addMenu("&File")
        for a in (self.open, self.add, self.open_url, self.paste):
            file.addAction(a)
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addAction(self.export)
        file.addAction(self.cancel)
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu("&Edit")
        undo.setIcon(icons.icon("edit-undo"))
        redo.setIcon(icons.icon("edit-redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(self.preferences)
        view = bar.addMenu("&View")
        for a in self.layers.values():
            view.addAction(a)
        view.addSeparator()
        view.addAction(self.scroll_lock)
        view.addSeparator()
        for a in panels:
            view.addAction(a)
        theme = view.addMenu("&Theme")
        for a in self.theme_actions.values():
            theme.addAction(a)
        self.view_menu, self.theme_menu = view, theme  # others add their entries beside these
        go = bar.addMenu("&Go")
        go.addAction(self.previous_event)
        go.addAction(self.next_event)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about)

        toolbar = QToolBar("Main toolbar", self.window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for a in (self.open, self.open_url, self.paste):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(undo)
        toolbar.addAction(redo)
        toolbar.addSeparator()
        toolbar.addAction(self.previous_event)
        toolbar.addAction(self.next_event)
        toolbar.addAction(self.scroll_lock)
        toolbar.addSeparator()
        for a in self.layers.values():
            toolbar.addAction(a)
        return toolbar

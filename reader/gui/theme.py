"""Light and dark themes: follow the system colour scheme by default, or force one from the View menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader import paths

SYSTEM, LIGHT, DARK = "system", "light", "dark"


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25282c", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1d1f22", QPalette.ColorRole.AlternateBase: "#2b2f34",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#2f3338",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb0",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2f3338",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8f96",
        QPalette.ColorRole.Link: "#7fb8ff", QPalette.ColorRole.Mid: "#3a3e44", QPalette.ColorRole.Dark: "#16181a",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7f86"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7f86"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7f86"))
    return p


def _light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f4f6"))
    p.setColor(QPalette.ColorRole.Window, QColor("#eef0f3"))
    return p


def apply_theme(app: QApplication, choice: str = SYSTEM) -> bool:
    """Sets the Fusion style, the palette and the stylesheet; returns True when the result is dark."""
    dark = system_is_dark() if choice == SYSTEM else choice == DARK
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else _light_palette())
    sheet = paths.resources_dir() / "styles" / ("dark.qss" if dark else "light.qss")
    base = paths.resources_dir() / "styles" / "base.qss"
    app.setStyleSheet("".join(f.read_text(encoding="utf-8") for f in (base, sheet) if f.exists()))
    return dark

"""Edit ▸ Preferences: the theme and the size of the article text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QWidget

from reader.gui.theme import DARK, LIGHT, SYSTEM

THEMES = [(SYSTEM, "Follow the system"), (LIGHT, "Light"), (DARK, "Dark")]
MIN_SIZE, MAX_SIZE, DEFAULT_SIZE = 7.0, 24.0, 10.5


class PreferencesDialog(QDialog):
    """Shows the current choices; read `theme()` and `text_size()` after `exec()` returns Accepted."""

    def __init__(self, theme: str, text_size: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.theme_box = QComboBox()
        for key, label in THEMES:
            self.theme_box.addItem(label, key)
        self.theme_box.setCurrentIndex(max(0, [k for k, _l in THEMES].index(theme) if theme in dict(THEMES) else 0))
        self.size_box = QDoubleSpinBox()
        self.size_box.setRange(MIN_SIZE, MAX_SIZE)
        self.size_box.setSingleStep(0.5)
        self.size_box.setSuffix(" pt")
        self.size_box.setValue(text_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Theme:", self.theme_box)
        form.addRow("Article text size:", self.size_box)
        form.addRow(buttons)

    def theme(self) -> str:
        return str(self.theme_box.currentData())

    def text_size(self) -> float:
        return float(self.size_box.value())

"""Colours that mean something: one per shared event (colour-blind-safe), blame, recommendation, note; light and dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Paul Tol's "light" and "muted" qualitative schemes: distinguishable with the common colour-vision deficiencies.
_EVENT_LIGHT = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
                "#DDAA77", "#CC99CC"]
_EVENT_DARK = ["#33638F", "#8F4A2E", "#7A6D1F", "#8A4558", "#2F7390", "#1F6E5A", "#5E6B12", "#5C5C00",
               "#7A5733", "#6B3F6B"]


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (dark theme)."""
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def event_colour(index: int, dark: bool | None = None) -> QColor:
    """The background colour of the index-th shared event, the same in every pane."""
    scheme = _EVENT_DARK if (is_dark() if dark is None else dark) else _EVENT_LIGHT
    return QColor(scheme[index % len(scheme)])


def emphasised(colour: QColor, dark: bool) -> QColor:
    """The selected event's fill: more saturated and further from the page than the other events."""
    h, s, v, a = colour.getHsv()
    if dark:  # light text stays readable: more colour, only a little lighter
        return QColor.fromHsv(h, min(255, s + 50), min(255, v + 25), a)
    return QColor.fromHsv(h, min(255, s + 75), max(0, v - 5), a)


def faded(colour: QColor, pal: QPalette | None = None) -> QColor:
    """An event's fill pulled halfway towards the page while another event is selected."""
    base = (pal or QApplication.palette()).color(QPalette.ColorRole.Base)
    return QColor((colour.red() + 2 * base.red()) // 3, (colour.green() + 2 * base.green()) // 3,
                  (colour.blue() + 2 * base.blue()) // 3)


def blame_colour(dark: bool | None = None) -> QColor:
    """Vermilion (Okabe-Ito), lighter on dark backgrounds."""
    return QColor("#FF8A5C" if (is_dark() if dark is None else dark) else "#C2410C")


def recommendation_colour(dark: bool | None = None) -> QColor:
    """Blue (Okabe-Ito), lighter on dark backgrounds."""
    return QColor("#7FB8FF" if (is_dark() if dark is None else dark) else "#0062B0")


def dim_colour(palette: QPalette | None = None) -> QColor:
    """Text colour for passages only one article reports."""
    pal = palette or QApplication.palette()
    text, base = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    return QColor((text.red() + base.red()) // 2, (text.green() + base.green()) // 2,
                  (text.blue() + base.blue()) // 2)


def note_colour(dark: bool | None = None) -> QColor:
    return QColor("#6B5B00" if (is_dark() if dark is None else dark) else "#FFF176")

"""SVG icons from resources/icons (sharp at any DPI), falling back to the desktop theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from reader import paths


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon called `name` (freedesktop names where one exists)."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    if path.exists():
        return QIcon(str(path))
    return QIcon.fromTheme(name)


def app_icon() -> QIcon:
    """The application icon made by the packaging (a generic one until it exists)."""
    path = paths.resources_dir() / "icons" / "parallax.svg"
    return QIcon(str(path)) if path.exists() else icon("layer-events")

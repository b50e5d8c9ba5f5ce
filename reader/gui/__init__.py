"""The desktop window (PySide6): everything that imports Qt lives under this package."""

from reader.gui import pyside_fix as _pyside_fix  # noqa: F401 - must run before any other Qt call

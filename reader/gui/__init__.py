"""The desktop window (PySide6): everything that imports Qt lives under this package."""

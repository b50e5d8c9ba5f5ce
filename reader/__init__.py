"""Parallax: compare how several articles tell the same story (name, id and version live here)."""

APP_NAME = "Parallax"
APP_ID = "io.github.parallax_reader.Parallax"
ORG_NAME = "Parallax"
__version__ = "0.1.0"

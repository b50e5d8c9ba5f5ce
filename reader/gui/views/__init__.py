"""Widgets that show a comparison: article panes, link strips, panels."""

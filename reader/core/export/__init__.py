"""Exports of a comparison: analysis JSON, Markdown, HTML, PDF, W3C annotations, CSV."""

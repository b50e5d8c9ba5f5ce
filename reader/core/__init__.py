"""Pure-Python core of Parallax: documents, analysis, annotations, library and exports (never imports Qt)."""

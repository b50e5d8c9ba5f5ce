"""Loading, cleaning, metadata and segmentation of articles (entry points: `loader.load_any`, `load_path`, `load_url`, `load_text`, `restore`)."""

from reader.core.documents.model import Document, Removed, Span

__all__ = ["Document", "Removed", "Span"]

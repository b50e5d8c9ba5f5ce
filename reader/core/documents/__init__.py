"""Loading, cleaning, metadata and segmentation of articles."""

from reader.core.documents.model import Document, Removed, Span

__all__ = ["Document", "Removed", "Span"]

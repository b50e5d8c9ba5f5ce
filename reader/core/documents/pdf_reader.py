"""Text layer and metadata of a PDF, via pypdf."""

from __future__ import annotations

import io
import re

from reader.core.documents.errors import LoadError


def read_pdf(data: bytes, source: str) -> tuple[str, dict[str, str]]:
    """(text with paragraphs separated by blank lines, title/author from the PDF's metadata)."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoadError(source, "the PDF is encrypted (password protected)")
            except (NotImplementedError, PdfReadError):
                raise LoadError(source, "the PDF is encrypted (password protected)") from None
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise LoadError(source, f"damaged PDF ({type(exc).__name__})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 3:
        raise LoadError(source, "the PDF has no text layer (a scanned image?)")
    hints: dict[str, str] = {}
    for key, name in (("/Title", "title"), ("/Author", "author")):
        value = info.get(key) if hasattr(info, "get") else None
        if value and str(value).strip() and not re.match(r"(?i)^(untitled|microsoft word|document\d*)\b", str(value)):
            hints[name] = str(value).strip()
    return _unwrap(text), hints


def _unwrap(text: str) -> str:
    """PDF lines are hard-wrapped: join lines of one paragraph, keep blank lines and short lines apart."""
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        typical = max((len(ln) for ln in lines), default=0)
        current: list[str] = []
        for i, line in enumerate(lines):
            if current:
                last = current[-1]
                short = len(last) < 0.7 * typical
                if short and (re.search(r"[.!?:\"\u201d]$", last) or line[:1].isupper()):
                    paragraphs.append(" ".join(current))
                    current = []
            current.append(line)
        if current:
            paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)

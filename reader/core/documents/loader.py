"""Turns a path, URL or pasted text into a cleaned, segmented Document; every failure is a one-line LoadError."""

from __future__ import annotations

import errno
import functools
import os
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.documents.cleaning import clean
from reader.core.documents.decoding import DecodeError, decode_bytes, looks_binary, normalise_text
from reader.core.documents.errors import LoadError
from reader.core.documents.html_reader import looks_like_html, read_html
from reader.core.documents.markdown_reader import read_markdown
from reader.core.documents.model import Document
from reader.core.documents.segmentation import is_sentence_like, paragraph_spans, sentence_spans

def _only_load_errors(func: Callable[..., Document]) -> Callable[..., Document]:
    """Turns any unexpected failure of a reader into a LoadError, so callers need to catch just one kind."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Document:
        try:
            return func(*args, **kwargs)
        except LoadError:
            raise
        except Exception as exc:  # noqa: BLE001 - the contract: one kind of error, one line
            if func.__name__ == "load_text":
                source = kwargs.get("source", args[1] if len(args) > 1 else "pasted text")
            else:
                source = args[0] if args else next(iter(kwargs.values()), "input")
            if isinstance(exc, MemoryError):
                raise LoadError(str(source), "too large to read into memory") from None
            raise LoadError(str(source), f"cannot be read ({type(exc).__name__}: {exc})") from exc

    return wrapper


MAX_BYTES = 20 * 1024 * 1024  # larger than any article
URL_TIMEOUT = 20.0
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_KNOWN_BINARY = {
    b"PK\x03\x04": "a ZIP/Office file, not an article (save it as text, HTML or PDF)",
    b"\x89PNG": "an image, not an article",
    b"\xff\xd8\xff": "an image, not an article",
    b"GIF8": "an image, not an article",
    b"\x7fELF": "a program, not an article",
    b"\xd0\xcf\x11\xe0": "an old Office file, not an article (save it as text, HTML or PDF)",
}


def build(raw: str, source: str, doc_id: str, hints: dict[str, str] | None = None,
          kept: tuple[str, ...] = ()) -> Document:
    """Cleans and segments decoded text; raises LoadError when no sentence is left."""
    raw = normalise_text(raw)
    if not raw.strip():
        raise LoadError(source, "no text in it")
    result = clean(raw, frozenset(kept), hints)
    text = result.text
    paragraphs = paragraph_spans(text)
    sentences = sentence_spans(text, paragraphs)
    if not any(is_sentence_like(s.slice(text)) for s in sentences):
        reason = "no sentences found (not an article)"
        if not text.strip() and result.removed:
            reason = "nothing but page clutter (menus, notices) in it"
        raise LoadError(source, reason)
    title = result.title.strip() or _title_from_source(source)
    return Document(id=doc_id, source=source, title=title, text=text, author=result.author,
                    outlet=result.outlet, date=result.date, paragraphs=paragraphs, sentences=sentences,
                    removed=result.removed, raw_text=raw, kept=tuple(kept), hints=dict(hints or {}))


def _title_from_source(source: str) -> str:
    name = Path(source.split("?")[0].rstrip("/")).stem or source
    return re.sub(r"[-_]+", " ", name).strip() or "Untitled"


@_only_load_errors
def load_text(text: str, source: str, doc_id: str) -> Document:
    """A Document from already-decoded text (pasted, or Markdown after conversion); pasted Markdown is read as such."""
    text = normalise_text(text)
    if _looks_like_markdown(text):
        body, hints = read_markdown(text)
        return build(body, source, doc_id, hints)
    return build(text, source, doc_id)


def restore(doc: Document, removed_index: int) -> Document:
    """The document cleaned again with the removed piece number `removed_index` kept in the text.

    Needs `doc.raw_text`, `doc.hints` and `doc.kept` (a library that stores documents must keep them too);
    raises LoadError when they are missing or when what is left is no article.
    """
    from reader.core.documents.restoring import restore_pieces  # restoring builds on this module

    return restore_pieces(doc, [removed_index])


def _read_bytes(path: Path, source: str) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise LoadError(source, "no such file") from None
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except OSError as exc:
        raise LoadError(source, f"cannot read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise LoadError(source, "is a folder, not a file")
    if not path.is_file():
        raise LoadError(source, "not a regular file")
    if info.st_size > MAX_BYTES:
        raise LoadError(source, f"file too large for an article ({info.st_size:,} bytes; the limit is {MAX_BYTES // 1048576} MB)")
    if info.st_size == 0:
        raise LoadError(source, "empty file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except IsADirectoryError:
        raise LoadError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise LoadError(source, f"cannot read: {exc.strerror or os.strerror(exc.errno or errno.EIO)}") from None
    if len(data) > MAX_BYTES:
        raise LoadError(source, f"file too large for an article (limit {MAX_BYTES // 1048576} MB)")
    if not data.strip():
        raise LoadError(source, "empty file" if not data else "no text in it")
    return data


def load_bytes(data: bytes, source: str, doc_id: str, suffix: str = "", content_type: str = "",
               charset: str | None = None) -> Document:
    """Reads bytes as PDF, HTML, Markdown or plain text, by content first and then by suffix/content type."""
    if data.lstrip()[:5] == b"%PDF-" or content_type == "application/pdf":
        from reader.core.documents.pdf_reader import read_pdf

        if data.lstrip()[:5] != b"%PDF-":
            raise LoadError(source, "not a PDF file (damaged or mislabelled)")
        text, hints = read_pdf(data, source)
        return build(text, source, doc_id, hints)
    for magic, reason in _KNOWN_BINARY.items():
        if data.startswith(magic):
            raise LoadError(source, f"binary file: {reason}")
    if looks_binary(data):
        raise LoadError(source, "binary file, not text")
    if charset is None and data.lstrip()[:1] == b"<":
        declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", data[:4096], re.IGNORECASE)
        if declared:
            charset = declared.group(1).decode("ascii", "replace")
    try:
        text, _encoding = decode_bytes(data, charset)
    except DecodeError as exc:
        raise LoadError(source, str(exc)) from None
    text = normalise_text(text)
    is_html = suffix in _HTML_SUFFIXES or "html" in content_type
    if is_html or (suffix not in _MARKDOWN_SUFFIXES and looks_like_html(text)):
        body, hints = read_html(text)
        if not body.strip():
            raise LoadError(source, "no article text found in the page")
        return build(body, source, doc_id, hints)
    if suffix in _MARKDOWN_SUFFIXES or "markdown" in content_type or _looks_like_markdown(text):
        body, hints = read_markdown(text)
        return build(body, source, doc_id, hints)
    return build(text, source, doc_id)


def _looks_like_markdown(text: str) -> bool:
    """Opens with a `# ` heading or a front-matter block with a title."""
    head = text.lstrip()[:2000]
    return bool(re.match(r"#\s+\S", head) or re.match(r"---\n(?:.*\n){0,20}?title\s*:", head, re.IGNORECASE))


@_only_load_errors
def load_path(path: str | Path, doc_id: str) -> Document:
    """Loads one article file (txt, md, html/htm, pdf)."""
    source = str(path)
    p = Path(path).expanduser()
    data = _read_bytes(p, source)
    return load_bytes(data, source, doc_id, suffix=p.suffix.lower())


@_only_load_errors
def load_url(url: str, doc_id: str, timeout: float = URL_TIMEOUT) -> Document:
    """Fetches `url` once (nothing else: no images, scripts or styles) and reads it like a saved file."""
    request = urllib.request.Request(url, headers={"User-Agent": "Parallax article reader", "Accept": "text/html,application/pdf,text/plain;q=0.9,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked by load_any
            data = response.read(MAX_BYTES + 1)
            content_type = response.headers.get_content_type() or ""
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise LoadError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise LoadError(url, f"timed out after {timeout:g} s") from None
        if isinstance(reason, ConnectionRefusedError):
            raise LoadError(url, "cannot connect: connection refused") from None
        if isinstance(reason, socket.gaierror):
            raise LoadError(url, "cannot connect: unknown host") from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise LoadError(url, f"cannot connect: {text}") from None
    except (socket.timeout, TimeoutError):
        raise LoadError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise LoadError(url, f"cannot fetch: {getattr(exc, 'strerror', None) or exc}") from None
    if len(data) > MAX_BYTES:
        raise LoadError(url, f"page too large for an article (limit {MAX_BYTES // 1048576} MB)")
    if not data.strip():
        raise LoadError(url, "the page is empty")
    path = url.split("?")[0].split("#")[0]
    suffix = Path(path).suffix.lower() if "." in path.rsplit("/", 1)[-1] else ""
    return load_bytes(data, url, doc_id, suffix=suffix, content_type=content_type, charset=charset)


def is_url(spec: str) -> bool:
    return bool(re.match(r"^https?://", spec.strip(), re.IGNORECASE))


@_only_load_errors
def load_any(spec: str, doc_id: str) -> Document:
    """A URL for http(s)://, a file path otherwise (file:// URLs included)."""
    if is_url(spec):
        return load_url(spec.strip(), doc_id)
    if spec.startswith("file://"):  # a dropped file often arrives as a file URL
        from urllib.parse import unquote, urlparse

        return load_path(unquote(urlparse(spec).path), doc_id)
    return load_path(spec, doc_id)


__all__ = ["LoadError", "build", "load_any", "load_bytes", "load_path", "load_text", "load_url", "restore"]

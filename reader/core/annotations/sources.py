"""Document sources as the library keys them: absolute paths or URLs, and their W3C `source` URIs."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

URL_SCHEMES = ("http", "https")


def is_url(source: str) -> bool:
    return urlparse(source).scheme.lower() in URL_SCHEMES


def normalize_source(source: str) -> str:
    """A URL as it is; a file URI or a path as an absolute, normalised path."""
    if is_url(source):
        return source
    if source.lower().startswith("file:"):
        return uri_to_path(source)
    return os.path.abspath(os.path.expanduser(source))


def source_to_uri(source: str) -> str:
    """The W3C target `source`: the URL itself, or the file URI (file:///abs/path) of a path."""
    if is_url(source) or source.lower().startswith("file:"):
        return source
    return Path(normalize_source(source)).as_uri()


def uri_to_path(uri: str) -> str:
    """The local path of a file URI (file:///abs/path or file://localhost/abs/path)."""
    parsed = urlparse(uri)
    if parsed.scheme.lower() != "file" or parsed.netloc not in ("", "localhost"):
        raise ValueError(f"not a local file URI: {uri}")
    return os.path.abspath(unquote(parsed.path))

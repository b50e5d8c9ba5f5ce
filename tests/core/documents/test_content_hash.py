"""Document.content_hash: the SHA-256 of the clean text, cached but never stale."""

from __future__ import annotations

import hashlib

from reader.core.documents.loader import load_text


def test_content_hash_follows_the_text():
    doc = load_text("The council voted on Monday. Critics objected.", "s", "d1")
    assert doc.content_hash == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.content_hash == doc.content_hash
    doc.text = "A different text."
    assert doc.content_hash == hashlib.sha256(b"A different text.").hexdigest()

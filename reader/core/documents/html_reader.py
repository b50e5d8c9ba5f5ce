"""Body text and metadata of a saved web page, via trafilatura, without running scripts or fetching anything."""

from __future__ import annotations

import re

_TAG = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """An HTML document: a doctype or <html>/<body>/<head> near the start, or several block tags."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:8192].lower():
        return True
    return bool(re.search(r"<(html|head|body)\b", head)) or len(re.findall(r"</?(p|div|article|h1|h2|br)\b", head)) >= 4


def read_html(html: str) -> tuple[str, dict[str, str]]:
    """(body text with a blank line between paragraphs, metadata declared by the page)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    body = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                               include_images=False, include_links=False, with_metadata=False,
                               deduplicate=False)
    if not body or len(body.strip()) < 40:
        body = trafilatura.extract(html, output_format="txt", include_comments=False, favor_recall=True) or body
    if not body:
        body = _plain_text(html)
    hints: dict[str, str] = {}
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        for name, value in (("title", meta.title), ("author", meta.author), ("outlet", meta.sitename), ("date", meta.date)):
            if value and str(value).strip():
                hints[name] = str(value).strip()
    if "author" in hints:
        hints["author"] = hints["author"].split(";")[0].strip()
    if "date" in hints:
        m = re.match(r"\d{4}-\d\d-\d\d", hints["date"])
        if m:
            hints["date"] = m.group()
        else:
            del hints["date"]
    text = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    return text, hints


def _plain_text(html: str) -> str:
    """The visible text of a page when the extractor finds no article body."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(_TAG.sub(" ", html))
    except Exception:  # noqa: BLE001 - lxml raises several kinds on garbage
        return re.sub(r"<[^>]+>", " ", html)
    blocks = []
    for el in tree.iter("p", "h1", "h2", "h3", "li", "blockquote", "pre"):
        text = " ".join(el.text_content().split())
        if text:
            blocks.append(text)
    return "\n".join(blocks) or " ".join(tree.text_content().split())

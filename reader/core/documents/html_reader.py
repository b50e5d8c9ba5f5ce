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
    declared = _declared_title(html)
    if declared:
        hints["title"] = _strip_site_name(declared, hints.get("outlet"))
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


def _declared_title(html: str) -> str | None:
    """og:title / twitter:title, else the <title> element: what the page itself says its title is."""
    head = html[:200_000]
    for pattern in (r"""<meta[^>]+(?:property|name)\s*=\s*["'](?:og:title|twitter:title)["'][^>]*>""",):
        for tag in re.findall(pattern, head, re.IGNORECASE):
            m = re.search(r"""content\s*=\s*(["'])(.*?)\1""", tag, re.IGNORECASE | re.DOTALL)
            if m and m.group(2).strip():
                return _unescape(m.group(2))
    m = re.search(r"<title[^>]*>(.*?)</title\s*>", head, re.IGNORECASE | re.DOTALL)
    return _unescape(m.group(1)) if m and m.group(1).strip() else None


def _unescape(text: str) -> str:
    import html as html_lib

    return " ".join(html_lib.unescape(text).split())


def _strip_site_name(title: str, site: str | None) -> str:
    """"Story - Site Name" -> "Story" when the tail is the site's name (or looks like one after a bar)."""
    m = re.match(r"^(.{8,}?)\s+[|\u2013\u2014:-]\s+([^|\u2013\u2014:-]{2,60})$", title)
    if not m:
        return title
    tail = m.group(2).strip()
    if site and (tail.lower() in site.lower() or site.lower() in tail.lower()):
        return m.group(1).strip()
    if "|" in title[m.end(1):m.start(2)]:
        return m.group(1).strip()
    return title

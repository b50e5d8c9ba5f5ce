"""Markdown to plain text: markup stripped, the leading `# ` heading or front matter gives the title."""

from __future__ import annotations

import re


def read_markdown(text: str) -> tuple[str, dict[str, str]]:
    """(plain text, metadata from front matter / first heading)."""
    hints: dict[str, str] = {}
    m = re.match(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", text, re.DOTALL)
    if m:
        for line in m.group(1).splitlines():
            kv = re.match(r"^(title|author|date|site|publisher|outlet)\s*:\s*(.+)$", line.strip(), re.IGNORECASE)
            if kv:
                key = {"site": "outlet", "publisher": "outlet"}.get(kv.group(1).lower(), kv.group(1).lower())
                value = kv.group(2).strip().strip("\"'")
                if key == "date":
                    d = re.match(r"\d{4}-\d\d-\d\d", value)
                    if not d:
                        continue
                    value = d.group()
                hints[key] = value
        text = text[m.end():]
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # code blocks are no article text
    out = []
    first_heading_seen = False
    for line in text.split("\n"):
        h = re.match(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if h:
            heading = _inline(h.group(2))
            if not first_heading_seen and len(h.group(1)) == 1 and "title" not in hints and not any(o.strip() for o in out):
                hints["title"] = heading
            first_heading_seen = True
            out.append("")
            out.append(heading)
            out.append("")
            continue
        if re.match(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$", line):  # horizontal rule
            out.append("")
            continue
        line = re.sub(r"^\s{0,3}>\s?", "", line)  # blockquote
        line = re.sub(r"^(\s*)[-*+]\s+", lambda m: m.group(1) + "\u2022 ", line)  # bullet
        out.append(_inline(line))
    return "\n".join(out), hints


def _inline(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images dropped
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [text](url) -> text
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)  # reference links
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"</?[a-zA-Z][^>]*>", "", text)  # inline HTML tags
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])", r"\2", text)
    text = re.sub(r"~~(.+?)~~", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return text

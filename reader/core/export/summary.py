"""A short human-readable summary of a comparison, for `parallax analyze` without --json."""

from __future__ import annotations

from reader.core.analysis.model import Comparison


def summary_text(comparison: Comparison) -> str:
    """A few lines per article and per finding."""
    lines = []
    for doc in comparison.documents:
        meta = ", ".join(x for x in (doc.outlet, doc.author, doc.date) if x)
        lines.append(f"{doc.id}  {doc.title}" + (f"  ({meta})" if meta else ""))
        lines.append(f"    {len(doc.paragraphs)} paragraphs, {len(doc.sentences)} sentences, "
                     f"{len(doc.removed)} pieces of clutter removed")
    shared = [e for e in comparison.events if e.shared]
    lines.append("")
    lines.append(f"{len(shared)} shared events and claims, "
                 f"{len(comparison.events) - len(shared)} reported by one article only")
    for e in shared:
        lines.append(f"  [{e.kind}] {e.label}  ({', '.join(e.docs)})")
    lines.append(f"{len(comparison.blame)} blame marks, {len(comparison.recommendations)} recommendations, "
                 f"{len(comparison.actors)} actors")
    return "\n".join(lines)

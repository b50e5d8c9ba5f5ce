"""The comparison tables: events by articles, blame by articles, recommendations by articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.analysis.model import Comparison


@dataclass
class Row:
    """One row: its label and, per article, the short texts of its cell (empty: not in that article)."""

    label: str
    cells: list[list[str]]


@dataclass
class Table:
    title: str
    corner: str
    rows: list[Row] = field(default_factory=list)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def events_table(comparison: Comparison) -> Table:
    """Shared events first, then events told by one article only; a cell quotes the first mention."""
    ids = [d.id for d in comparison.documents]
    table = Table("Events by article", "Event")
    for event in sorted(comparison.events, key=lambda e: (not e.shared, -len(e.docs), -e.score)):
        cells: list[list[str]] = [[] for _ in ids]
        for m in event.mentions:
            if m.doc in ids and not cells[ids.index(m.doc)]:
                cells[ids.index(m.doc)].append(_short(m.text))
        table.rows.append(Row(f"{event.label} ({event.kind})", cells))
    return table


def blame_table(comparison: Comparison) -> Table:
    """One row per actor blamed; a cell lists each blame's voice and cue."""
    ids = [d.id for d in comparison.documents]
    rows: dict[str, Row] = {}
    for b in comparison.blame:
        actor = comparison.actor(b.actor)
        name = actor.name if actor else b.target
        row = rows.setdefault(name, Row(name, [[] for _ in ids]))
        if b.doc in ids:
            voice = "author" if b.voice == "author" else f"quoting {b.source}"
            row.cells[ids.index(b.doc)].append(f"{voice}: “{b.cue}”" if b.cue else voice)
    return Table("Blame by article", "Blamed", sorted(rows.values(), key=lambda r: -sum(map(bool, r.cells))))


def recommendations_table(comparison: Comparison) -> Table:
    """One row per group of like recommendations (or per lone one); a cell says who should act."""
    ids = [d.id for d in comparison.documents]
    labels = {g.id: g.label for g in comparison.groups}
    rows: dict[str, Row] = {}
    for r in comparison.recommendations:
        key = r.group if r.group in labels else f"lone:{r.id}"
        label = labels.get(r.group or "", "") or _short(r.action or r.text, 70)
        row = rows.setdefault(key, Row(label, [[] for _ in ids]))
        if r.doc in ids:
            who = r.actor or "unspecified"
            voice = "" if r.voice == "author" else f" (quoting {r.source})"
            row.cells[ids.index(r.doc)].append(f"{who}: {_short(r.action or r.text, 70)}{voice}")
    return Table("Recommendations by article", "Recommendation",
                 sorted(rows.values(), key=lambda r: -sum(map(bool, r.cells))))


def comparison_tables(comparison: Comparison) -> list[Table]:
    return [events_table(comparison), blame_table(comparison), recommendations_table(comparison)]

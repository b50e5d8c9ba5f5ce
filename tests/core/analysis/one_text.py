"""Test helper: the actors and blame of one short made-up article, for tests that pin blame on a sentence or two."""

from __future__ import annotations

from reader.core.analysis.actors import build_actor_index
from reader.core.analysis.blame import find_blame
from reader.core.analysis.model import Blame
from reader.core.documents.loader import load_text


def blame_in(body: str) -> list[Blame]:
    """Blame found in `body`, read as the body of an article titled "Story"."""
    doc = load_text("Story\n\n" + body, "s.txt", "d1")
    index = build_actor_index([doc])
    return find_blame([doc], index.actors, index)


def pairs_in(body: str) -> set[tuple[str, str]]:
    """(target, source) of each blame in `body`."""
    return {(b.target, b.source) for b in blame_in(body)}


def kinds_in(body: str) -> dict[str, str]:
    """Each actor's name in `body` with its kind (person, organization, ...)."""
    doc = load_text("Story\n\n" + body, "s.txt", "d1")
    return {a.name: a.kind for a in build_actor_index([doc]).actors}


def actor_ids_in(body: str) -> dict[str, str]:
    """Each actor's name in `body` with its id, as blame refers to it."""
    doc = load_text("Story\n\n" + body, "s.txt", "d1")
    return {a.name: a.id for a in build_actor_index([doc]).actors}

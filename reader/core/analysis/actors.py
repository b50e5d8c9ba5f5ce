"""Actors: people, governments, groups and institutions, merged across documents (to be written)."""

from __future__ import annotations

from reader.core.analysis.model import Actor
from reader.core.documents.model import Document


def find_actors(documents: list[Document]) -> list[Actor]:
    return []

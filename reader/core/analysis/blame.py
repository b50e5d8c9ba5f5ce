"""Blame: whom each article holds responsible, with the cue and the voice (to be written)."""

from __future__ import annotations

from reader.core.analysis.model import Actor, Blame
from reader.core.documents.model import Document


def find_blame(documents: list[Document], actors: list[Actor]) -> list[Blame]:
    return []

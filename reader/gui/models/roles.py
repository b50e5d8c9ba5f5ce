"""The custom item-data roles of every Parallax model, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt

EventIdRole = Qt.ItemDataRole.UserRole + 1  # str: the row's event id
DocIdRole = Qt.ItemDataRole.UserRole + 2  # str: the column's document id
PassageRole = Qt.ItemDataRole.UserRole + 3  # tuple (doc id, start, end) to jump to, or None
ActorKeyRole = Qt.ItemDataRole.UserRole + 4  # str: actor id (or "target:<words>" for blame without an actor)
ColourRole = Qt.ItemDataRole.UserRole + 5  # int: the shared event's colour index, -1 if none
MarkIdsRole = Qt.ItemDataRole.UserRole + 6  # list[str]: blame or recommendation ids in the cell
AnnotationIdRole = Qt.ItemDataRole.UserRole + 7  # str: the reader's annotation id
TagsRole = Qt.ItemDataRole.UserRole + 8  # list[str]: the annotation's tags
CategoryRole = Qt.ItemDataRole.UserRole + 9  # str: event, blame, recommendation or note
StatusRole = Qt.ItemDataRole.UserRole + 10  # str: "anchored" or "orphaned"

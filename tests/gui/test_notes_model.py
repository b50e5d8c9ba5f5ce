"""The Notes table model and its filter: qtmodeltester, columns, roles, filters by article, tag and category."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.annotations.anchoring import make_target
from reader.core.annotations.model import ORPHANED, Annotation
from reader.gui.models.notes_model import NoteRow, NotesFilter, NotesModel
from reader.gui.models.roles import AnnotationIdRole, CategoryRole, PassageRole, StatusRole, TagsRole

TEXT = "The river rose overnight. The dam operator opened the gates too late, officials said."


def _row(doc: str, part: str, category: str = "note", tags=(), body: str = "", status: str = "anchored") -> NoteRow:
    start = TEXT.index(part)
    a = Annotation(target=make_target(TEXT, start, start + len(part), f"/tmp/{doc}.txt"), doc_hash="h",
                   category=category, tags=list(tags), body=body, status=status)
    return NoteRow(a, doc, f"Article {doc}")


def _rows() -> list[NoteRow]:
    return [_row("d1", "The river rose", tags=["flood"], body="first sign"),
            _row("d1", "opened the gates too late", "blame", ["dam", "flood"], "who decided?"),
            _row("d2", "officials said", "note", ["sources"], status=ORPHANED)]


def test_notes_model_passes_the_model_tester(qtmodeltester):
    model = NotesModel()
    model.set_rows(_rows())
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_columns_and_roles_say_what_the_annotation_is(qtbot):
    model = NotesModel()
    rows = _rows()
    model.set_rows(rows)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == \
        ["Article", "Quote", "Note", "Tags", "Category", "Status"]
    i = model.index(1, 0)
    assert model.index(1, 1).data() == "“opened the gates too late”"
    assert model.index(1, 2).data() == "who decided?" and model.index(1, 3).data() == "#dam #flood"
    assert i.data(AnnotationIdRole) == rows[1].annotation.id and i.data(CategoryRole) == "blame"
    assert i.data(TagsRole) == ["dam", "flood"]
    start = TEXT.index("opened the gates")
    assert i.data(PassageRole) == ("d1", start, start + len("opened the gates too late"))
    orphan = model.index(2, 0)
    assert orphan.data(StatusRole) == ORPHANED and orphan.data(PassageRole) is None, "nowhere to jump to"
    assert model.index(2, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.row_of(rows[2].annotation.id) == 2 and model.row_of("nope") == -1


def test_filter_keeps_one_article_tag_and_category(qtmodeltester):
    model = NotesModel()
    model.set_rows(_rows())
    proxy = NotesFilter()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]

    assert len(shown()) == 3
    proxy.set_filter(tag="flood")
    assert shown() == ["“The river rose”", "“opened the gates too late”"]
    proxy.set_filter(category="blame")
    assert shown() == ["“opened the gates too late”"]
    proxy.set_filter(tag="", category="", doc_id="d2")
    assert shown() == ["“officials said”"]
    qtmodeltester.check(proxy)

"""`parallax export` shows the comparison as the reader left it: corrections replayed, restored pieces back."""

from __future__ import annotations

import json

from reader.cli import main
from reader.core.analysis import analyze
from reader.core.analysis.corrections import DismissMark, RenameEvent
from reader.core.documents.restoring import restore_pieces
from reader.core.export.inputs import load_document
from reader.core.store.library import Library

LABEL = "The label the reader chose"


def _saved_comparison(files: list[str], docs=None) -> tuple[object, object]:
    """Stores the comparison of `files` with a renamed event and a dismissed blame mark; returns them."""
    docs = docs or [load_document(f, f"d{i + 1}") for i, f in enumerate(files)]
    comparison = analyze(docs)
    event = next(e for e in comparison.events if len(e.docs) > 1)
    mention = event.mentions[0]
    blame = comparison.blame[0]
    with Library() as lib:
        cid = lib.add_comparison("Two takes", [lib.add_document(d) for d in docs])
        lib.add_correction(cid, RenameEvent(mention.doc, mention.start, mention.end, LABEL).to_dict())
        lib.add_correction(cid, DismissMark("blame", blame.doc, blame.start, blame.end).to_dict())
    return event, blame


def _marks(path) -> dict[str, dict]:
    items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
    return {i["parallax"]["mark"]: i for i in items if i["motivation"] == "classifying"}


def test_json_and_markdown_exports_apply_the_corrections_kept_in_the_library(seed_paths, tmp_path):
    files = [str(p) for p in seed_paths[:2]]
    event, blame = _saved_comparison(files)
    plain, corrected, md = tmp_path / "plain.json", tmp_path / "corrected.json", tmp_path / "corrected.md"
    assert main(["export", *files, "-o", str(plain), "--no-notes"]) == 0  # the analysis as computed
    assert main(["export", *files, "-o", str(corrected)]) == 0
    assert main(["export", *files, "-o", str(md)]) == 0
    before, after = _marks(plain), _marks(corrected)
    assert f"blame:{blame.id}" in before and f"blame:{blame.id}" not in after
    assert len(after) == len(before) - 1
    described = [b["value"] for i in after.values() for b in i["body"] if b.get("purpose") == "describing"]
    assert f"group: {LABEL}" in described
    assert not any(LABEL in b["value"] for i in before.values() for b in i["body"])
    text = md.read_text(encoding="utf-8")
    assert f"| {LABEL} ({event.kind}) |" in text
    assert f"| {event.label} ({event.kind}) |" not in text


def test_restored_pieces_kept_with_the_comparison_are_exported(seed_paths, tmp_path):
    files = [str(p) for p in seed_paths[1:3]]
    docs = [load_document(f, f"d{i + 1}") for i, f in enumerate(files)]
    piece = next(i for i, r in enumerate(docs[0].removed) if r.reason == "disclaimer")
    docs[0] = restore_pieces(docs[0], [piece])  # as the window shows it after Restore
    _saved_comparison(files, docs)
    with Library() as lib:
        saved = lib.comparisons()[0]
        lib.update_comparison(saved.id, kept={docs[0].source: list(docs[0].kept)})
    plain, out = tmp_path / "plain.json", tmp_path / "c.json"
    assert main(["export", *files, "-o", str(out)]) == 0
    assert main(["export", *files, "-o", str(plain), "--no-notes"]) == 0

    def hashes(path) -> set[str]:
        return {i["parallax"]["contentHash"] for i in _marks(path).values()
                if i["target"]["source"].endswith(seed_paths[1].name)}

    assert hashes(out) == {docs[0].content_hash}  # the text with the disclaimer back in
    assert hashes(plain) == {load_document(files[0], "d1").content_hash} != {docs[0].content_hash}
    described = [b["value"] for i in _marks(out).values() for b in i["body"] if b.get("purpose") == "describing"]
    assert f"group: {LABEL}" in described  # the corrections fit the text with the piece back in

#!/usr/bin/env python3
"""Times re-anchoring (per article, per edit kind), library commits and each export of the samples.

    .venv/bin/python benchmarks/bench_notes.py [CORPUS_FOLDER] [--articles 40] [--notes 10]

Re-anchoring: for each corpus article, `--notes` random passages (20-400 characters) are re-found after
a paragraph is inserted before them, after a word inside them changes and after they are deleted;
it prints the mean and worst time per annotation and how many were found in the wrong place or
found although deleted. Library: annotations saved one transaction each (WAL, synchronous=FULL).
Exports: md, html, json, csv of the five sample articles with 50 notes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from _common import CORPUS

from reader.core.analysis import analyze  # noqa: E402
from reader.core.annotations.anchoring import locate, make_target  # noqa: E402
from reader.core.annotations.model import Annotation  # noqa: E402
from reader.core.export.command import render  # noqa: E402
from reader.core.export.inputs import load_document  # noqa: E402
from reader.core.export.report import build_report  # noqa: E402
from reader.core.store.library import Library  # noqa: E402
from reader.paths import seed_files  # noqa: E402


def bench_anchoring(folder: Path, articles: int, notes: int) -> None:
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))[:articles]]
    times: dict[str, list[float]] = {"shifted": [], "edited": [], "deleted": []}
    wrong = found_deleted = total = 0
    for text in texts:
        if len(text) < 1200:
            continue
        for _ in range(notes):
            length = rng.choice([20, 60, 150, 400])
            start = rng.randrange(200, len(text) - length - 200)
            target = make_target(text, start, start + length, "x")
            inserted = "A new paragraph put in front of the passage by an edit.\n\n"
            cases = {
                "shifted": (inserted + text, start + len(inserted)),
                "edited": (text[:start + length // 2] + "XYZ" + text[start + length // 2 + 2:], start),
                "deleted": (text[:start - 100] + text[start + length + 100:], None),
            }
            for kind, (changed, expected) in cases.items():
                t = time.perf_counter()
                anchor = locate(target, changed)
                times[kind].append(time.perf_counter() - t)
                if expected is None:
                    found_deleted += anchor is not None and text[start:start + length] not in changed
                elif anchor is None or abs(anchor.start - expected) > 3:
                    wrong += 1
            total += 1
    sizes = [len(t) for t in texts]
    print(f"re-anchoring: {total} notes on {len(texts)} articles ({statistics.mean(sizes):.0f} chars mean, "
          f"{max(sizes)} max)")
    for kind, values in times.items():
        print(f"  {kind:8s} mean {statistics.mean(values) * 1000:7.2f} ms   worst {max(values) * 1000:7.2f} ms")
    print(f"  not found or misplaced (shifted/edited): {wrong} of {2 * total}; "
          f"deleted but found elsewhere: {found_deleted} of {total}")


def bench_library(n: int = 300) -> None:
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "library.sqlite3") as lib:
        text = "A passage of text that every annotation points at. " * 40
        t = time.perf_counter()
        for i in range(n):
            lib.put_annotation(Annotation(target=make_target(text, i % 50, i % 50 + 40, "/x.txt"), doc_hash="h",
                                          body=f"note {i}"))
        elapsed = time.perf_counter() - t
        t = time.perf_counter()
        count = len(lib.annotations(source="/x.txt"))
        read = time.perf_counter() - t
    print(f"library: {n} annotations saved one transaction each in {elapsed:.2f} s "
          f"({elapsed / n * 1000:.1f} ms per save); read back {count} in {read * 1000:.1f} ms")


def bench_exports() -> None:
    docs = [load_document(str(p), f"d{i + 1}") for i, p in enumerate(seed_files())]
    comparison = analyze(docs)
    rng = random.Random(3)
    notes = []
    for _ in range(50):
        doc = rng.choice(docs)
        start = rng.randrange(0, len(doc.text) - 100)
        notes.append(Annotation(target=make_target(doc.text, start, start + 80, doc.source),
                                doc_hash=doc.content_hash, body="A note.", tags=["t"]))
    t = time.perf_counter()
    report = build_report(comparison, notes)
    print(f"exports of the samples with 50 notes: report {1000 * (time.perf_counter() - t):.1f} ms", end="")
    for fmt in ("md", "html", "json", "csv"):
        t = time.perf_counter()
        text = render(fmt, report)
        print(f", {fmt} {1000 * (time.perf_counter() - t):.1f} ms ({len(text) // 1024} KiB)", end="")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--notes", type=int, default=10)
    args = parser.parse_args()
    bench_anchoring(Path(args.corpus), args.articles, args.notes)
    bench_library()
    bench_exports()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Times loading one very long text file (generated, default 5 MB) to show the loader stays near-linear.

    .venv/bin/python benchmarks/large_file.py [MEGABYTES]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401  (puts the repository on sys.path)

from reader.core.documents.loader import load_path  # noqa: E402

WORDS = ("the council met on monday to discuss a new bridge whose cost members argued about for hours while "
         "residents waited outside and reporters asked the mayor what would happen next year").split()


def main(argv: list[str]) -> int:
    megabytes = float(argv[0]) if argv else 5.0
    rng = random.Random(7)
    parts = ["A Very Long Report\n"]
    size = 0
    while size < megabytes * 1_000_000:
        paragraph = " ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
                             for _ in range(rng.randint(1, 5)))
        parts.append(paragraph)
        size += len(paragraph) + 2
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text("\n\n".join(parts), encoding="utf-8")
        for label in ("first", "second"):
            started = time.perf_counter()
            doc = load_path(path, "d1")
            seconds = time.perf_counter() - started
            print(f"{label:6} {path.stat().st_size / 1e6:.1f} MB  {len(doc.paragraphs)} paragraphs  "
                  f"{len(doc.sentences)} sentences  {seconds:.2f} s  ({seconds / (path.stat().st_size / 1e6):.2f} s/MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Loads every article of a folder (default: ../shared/corpora/climate-news) and prints how the loader did.

    .venv/bin/python benchmarks/check_corpus.py [FOLDER] [--show N]

Figures: files, loaded, failures (with reasons), titles found, paragraphs and sentences (total, min per
article), characters removed as clutter, seconds. `--show N` prints N titles with their first paragraph.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from _common import CORPUS, load_documents


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(CORPUS))
    parser.add_argument("--show", type=int, default=0, help="print N titles with the start of their first paragraph")
    args = parser.parse_args(argv)
    files = sorted(p for p in Path(args.folder).glob("*.txt") if p.is_file())
    if not files:
        print(f"{args.folder}: no .txt files", file=sys.stderr)
        return 2
    docs, failures, seconds = load_documents(files)
    titled = [d for d in docs if d.title.strip() and len(d.title) <= 250]
    paragraphs = [len(d.paragraphs) for d in docs]
    sentences = [len(d.sentences) for d in docs]
    title_words = [len(d.title.split()) for d in docs]
    print(f"files            {len(files)}")
    print(f"loaded           {len(docs)}")
    print(f"failures         {len(failures)}")
    print(f"titles found     {len(titled)}  (words: median {statistics.median(title_words):.0f}, max {max(title_words)})")
    print(f"no paragraph     {sum(1 for n in paragraphs if n == 0)}")
    print(f"paragraphs       {sum(paragraphs)}  (per article: min {min(paragraphs)}, median {statistics.median(paragraphs):.0f}, max {max(paragraphs)})")
    print(f"sentences        {sum(sentences)}  (per article: min {min(sentences)}, median {statistics.median(sentences):.0f})")
    print(f"removed pieces   {sum(len(d.removed) for d in docs)}")
    print(f"seconds          {seconds:.2f}  ({1000 * seconds / len(files):.1f} ms per article)")
    for line in failures:
        print("  failed:", line)
    for d in docs[:args.show]:
        first = d.paragraphs[0].slice(d.text) if d.paragraphs else ""
        print(f"\n[{Path(d.source).name}] {d.title}\n    {first[:120]}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

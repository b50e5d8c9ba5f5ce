#!/usr/bin/env python3
"""Scores the analysis on article sets annotated like ../shared/eval/seeds_gold.json and prints one line per set.

    .venv/bin/python benchmarks/score_sets.py SET_DIR [SET_DIR ...]

Each SET_DIR holds gold.json (the seeds_gold.json structure; its documents name their files) and those files.
The samples are scored with `--seeds`. Figures: events, blame and recommendation F1, traps taken, offset errors.
Held-out sets are meant to stay outside the repository: keep them beside it and pass their folders.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, SHARED

FIGURES = ["events_f1", "blame_f1", "recs_f1", "recs_traps_taken", "offset_errors"]


def score_set(gold_path: Path, files: list[Path]) -> dict[str, float]:
    """Runs `parallax analyze` on the files and ../shared/eval/score.py on the result."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "analysis.json"
        subprocess.run([sys.executable, "-m", "reader", "analyze", *map(str, files), "--json", str(out)],
                       cwd=ROOT, check=True, capture_output=True)
        res = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_path), str(out), "--json"],
                             check=True, capture_output=True, text=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="folders holding gold.json and its articles")
    parser.add_argument("--seeds", action="store_true", help="also score the five sample articles")
    args = parser.parse_args(argv)
    jobs: list[tuple[str, Path, list[Path]]] = []
    if args.seeds:
        gold = SHARED / "eval" / "seeds_gold.json"
        jobs.append(("seeds", gold, sorted((SHARED / "seeds").glob("*.txt"))))
    for folder in map(Path, args.sets):
        gold = folder / "gold.json"
        if not gold.is_file():
            print(f"{folder}: no gold.json", file=sys.stderr)
            return 2
        docs = json.loads(gold.read_text(encoding="utf-8"))["documents"]
        jobs.append((folder.name, gold, [folder / d["file"] for d in docs.values()]))
    if not jobs:
        parser.print_usage(sys.stderr)
        return 2
    print(f"{'set':12s} " + " ".join(f"{f:>16s}" for f in FIGURES))
    totals = {f: 0.0 for f in FIGURES}
    for name, gold, files in jobs:
        figures = score_set(gold, files)
        for f in FIGURES:
            totals[f] += float(figures.get(f, 0))
        print(f"{name:12s} " + " ".join(f"{float(figures.get(f, 0)):16.3f}" for f in FIGURES))
    print(f"{'mean':12s} " + " ".join(f"{totals[f] / len(jobs):16.3f}" for f in FIGURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Times the whole analysis (`analyze()`) on the samples and on 25/50/100/200 climate-news articles, with peak memory.

    .venv/bin/python benchmarks/bench_analysis.py [CORPUS_FOLDER] [--sizes 25,50,100,200] [--repeat 1]

Loading is timed apart from the analysis. For each set it prints the analysis time, the time of each
stage (from the pipeline's progress reports), the number of events found, and at the end the ratio
time(200)/time(100), the peak of Python allocations (tracemalloc, in a separate run of the largest
set) and the process's maximum resident memory (ru_maxrss). Targets on a 2-core machine: samples
< 0.5 s, 100 articles < 10 s, time(200)/time(100) <= 2.5.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from _common import CORPUS, load_documents

from reader.core.analysis import analyze  # noqa: E402
from reader.core.documents.model import Document  # noqa: E402
from reader.paths import seed_files  # noqa: E402


def load(paths: list[Path]) -> tuple[list[Document], float, int]:
    """The documents that load, the seconds it took, and how many files failed."""
    docs, failures, seconds = load_documents(paths)
    return docs, seconds, len(failures)


def timed_analysis(docs: list[Document], repeat: int) -> tuple[float, dict[str, float], int]:
    """Best-of-`repeat` seconds of analyze(), the seconds per stage of that run, and the event count."""
    best = float("inf")
    best_stages: dict[str, float] = {}
    events = 0
    for _ in range(repeat):
        marks: list[tuple[str, float]] = []
        gc.collect()
        t0 = time.perf_counter()
        comparison = analyze(docs, progress=lambda stage, _f: marks.append((stage, time.perf_counter())))
        elapsed = time.perf_counter() - t0
        if elapsed < best:
            best = elapsed
            best_stages = {}
            for (stage, t), (_, t_next) in zip(marks, marks[1:]):
                best_stages[stage] = best_stages.get(stage, 0.0) + t_next - t
            events = len(comparison.events)
    return best, best_stages, events


def words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def report(name: str, docs: list[Document], load_s: float, failed: int, repeat: int) -> float:
    seconds, stages, events = timed_analysis(docs, repeat)
    stage_text = "  ".join(f"{k} {v:.2f}" for k, v in stages.items())
    print(f"{name:>14}: {len(docs):4d} docs {words(docs):7d} words  load {load_s:6.2f} s"
          f"{f' ({failed} failed)' if failed else ''}  analysis {seconds:6.2f} s  events {events}")
    print(f"{'':>16}stages: {stage_text}")
    return seconds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(CORPUS))
    parser.add_argument("--sizes", default="25,50,100,200")
    parser.add_argument("--repeat", type=int, default=1, help="runs per set; the best time is kept")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]

    # warm-up: imports, word lists and caches are loaded once, not charged to the first set
    docs, load_s, failed = load(seed_files())
    analyze(docs[:2])
    report("samples", docs, load_s, failed, max(args.repeat, 3))

    files = sorted(p for p in Path(args.folder).glob("*.txt") if p.is_file())
    times: dict[int, float] = {}
    largest: list[Document] = []
    for n in sizes:
        if n > len(files):
            print(f"{n:>14}: only {len(files)} files in {args.folder}")
            continue
        docs, load_s, failed = load(files[:n])
        times[n] = report(f"{n} articles", docs, load_s, failed, args.repeat)
        largest = docs
    if 100 in times and 200 in times:
        print(f"time(200)/time(100) = {times[200] / times[100]:.2f}  (target <= 2.5)")
    if largest:
        gc.collect()
        tracemalloc.start()
        analyze(largest)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python allocations during analysis of {len(largest)} articles (tracemalloc): "
              f"{peak / 2**20:.1f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"max resident memory of this process (ru_maxrss): {rss / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

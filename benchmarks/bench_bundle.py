"""Measures a built one-folder bundle: size on disk, start-up time and peak memory of --version and --screenshot.

    .venv/bin/pyinstaller --noconfirm packaging/parallax.spec
    .venv/bin/python benchmarks/bench_bundle.py [dist/parallax] [--runs 5]

Each --screenshot run is a first start (fresh PARALLAX_DATA_DIR / PARALLAX_CONFIG_DIR, so the samples
open), run offscreen; the "again" run reuses the folders of the previous one (the last comparison reopens).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def folder_size(folder: Path) -> tuple[int, int, int]:
    """(bytes of file contents, bytes allocated on disk, number of files) of a folder tree."""
    content = disk = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            content += stat.st_size
            disk += stat.st_blocks * 512
            files += 1
    return content, disk, files


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, peak resident MiB, exit status) of one run of command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        print(f"  {' '.join(command[1:])}: exit {process.returncode}: {process.stderr.read().decode()[-300:]}")
    process.stderr.close()
    return wall, usage.ru_maxrss / 1024, process.returncode


def describe(label: str, runs: list[tuple[float, float, int]]) -> None:
    walls = [r[0] for r in runs]
    print(f"{label:<28} median {statistics.median(walls):6.2f} s   best {min(walls):6.2f} s   "
          f"peak RSS {max(r[1] for r in runs):6.0f} MiB   failures {sum(1 for r in runs if r[2])}/{len(runs)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/parallax", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = args.bundle / "parallax"
    if not exe.is_file():
        print(f"{exe}: no such program; build it with: pyinstaller packaging/parallax.spec", file=sys.stderr)
        return 2

    content, disk, files = folder_size(args.bundle)
    print(f"bundle {args.bundle}: {content / 2**20:.1f} MiB in {files} files ({disk / 2**20:.1f} MiB on disk)")
    biggest = sorted(((folder_size(p)[0] if p.is_dir() else p.stat().st_size), p.name)
                     for p in (args.bundle / "_internal").iterdir())[-5:]
    print("largest parts: " + ", ".join(f"{name} {size / 2**20:.0f} MiB" for size, name in reversed(biggest)))

    with tempfile.TemporaryDirectory() as tmp:
        base_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        describe("--version", [timed_run([str(exe), "--version"], base_env) for _ in range(args.runs)])
        first, again = [], []
        for i in range(max(1, args.runs // 2 + 1)):
            env = dict(base_env, PARALLAX_DATA_DIR=f"{tmp}/d{i}", PARALLAX_CONFIG_DIR=f"{tmp}/c{i}")
            first.append(timed_run([str(exe), "--screenshot", f"{tmp}/first{i}.png"], env))
            again.append(timed_run([str(exe), "--screenshot", f"{tmp}/again{i}.png"], env))
        describe("--screenshot (first start)", first)
        describe("--screenshot (again)", again)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The analysis gives the same result whatever the hash seed (set order must not decide ties)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


def _analysis(tmp_path: Path, seed: str) -> dict:
    out = tmp_path / f"a{seed}.json"
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "reader", "analyze", *map(str, SEEDS), "--json", str(out)],
                   check=True, env=env, capture_output=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    return {k: data[k] for k in ("events", "actors", "blame", "recommendations", "groups")}


def test_same_analysis_under_different_hash_seeds(tmp_path):
    first = _analysis(tmp_path, "1")
    assert first["events"], "the samples share events"
    for seed in ("4", "11"):
        assert _analysis(tmp_path, seed) == first

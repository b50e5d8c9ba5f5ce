"""What the benchmark scripts share: the repository and ../shared paths, and loading a list of articles.

Importing it puts the repository first on sys.path, so the scripts import `reader` from this tree.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "climate-news"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def load_documents(paths: list[Path]) -> tuple[list, list[str], float]:
    """The documents that load (ids d1, d2, ... in order), the one-line reasons of those that fail, and the seconds taken."""
    from reader.core.documents.errors import LoadError
    from reader.core.documents.loader import load_path

    started = time.perf_counter()
    docs, failures = [], []
    for path in paths:
        try:
            docs.append(load_path(path, f"d{len(docs) + 1}"))
        except LoadError as exc:
            failures.append(str(exc))
    return docs, failures, time.perf_counter() - started

"""Reads the analysis cue lists (resources/cues/*.json): general words of blame, calls, actors, themes."""

from __future__ import annotations

import json
from typing import Any

from reader.paths import resources_dir


def load_cues(name: str) -> dict[str, Any]:
    """The JSON cue list `resources/cues/<name>.json`."""
    return json.loads((resources_dir() / "cues" / f"{name}.json").read_text(encoding="utf-8"))

"""Shared fixtures: every test gets its own data and config folders, and Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path_factory, monkeypatch):
    """Points PARALLAX_DATA_DIR and PARALLAX_CONFIG_DIR at fresh temporary folders."""
    base = tmp_path_factory.mktemp("parallax")
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("PARALLAX_CONFIG_DIR", str(base / "config"))
    yield


@pytest.fixture
def seed_paths() -> list[Path]:
    """The five sample articles shipped in seeds/."""
    assert len(SEEDS) == 5
    return list(SEEDS)

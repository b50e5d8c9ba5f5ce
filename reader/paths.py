"""Data, config and resource folders: platformdirs by default, overridable by environment for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from reader import APP_NAME, ORG_NAME


def _frozen_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def project_root() -> Path:
    """The folder that holds `resources/` and `seeds/` (the source tree, or a frozen bundle)."""
    return _frozen_root() or Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Where the library (SQLite) lives; PARALLAX_DATA_DIR overrides it."""
    override = os.environ.get("PARALLAX_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, ORG_NAME))


def config_dir() -> Path:
    """Where settings live; PARALLAX_CONFIG_DIR overrides it."""
    override = os.environ.get("PARALLAX_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, ORG_NAME))


def resources_dir() -> Path:
    """Icons, stylesheets, cue lists."""
    return project_root() / "resources"


def seeds_dir() -> Path:
    """The sample comparison opened on first start."""
    return project_root() / "seeds"


def seed_files() -> list[Path]:
    """The sample articles, in a stable order."""
    return sorted(p for p in seeds_dir().glob("*") if p.is_file() and not p.name.startswith("."))

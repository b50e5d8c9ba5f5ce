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


def _installed_root() -> Path:
    """Where a plain (non-editable) wheel install puts `resources/` and `seeds/`: <prefix>/share/parallax."""
    return Path(sys.prefix) / "share" / "parallax"


def project_root() -> Path:
    """The folder that holds `resources/` and `seeds/`: a frozen bundle, the source tree, or the install prefix."""
    frozen = _frozen_root()
    if frozen:
        return frozen
    source = Path(__file__).resolve().parent.parent
    if (source / "resources").is_dir() or not (_installed_root() / "resources").is_dir():
        return source
    return _installed_root()


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

"""Settings remembered between runs: an INI file in the config folder (PARALLAX_CONFIG_DIR when set)."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from reader import paths

MAX_RECENT = 10


def open_settings() -> QSettings:
    """The application's QSettings, stored as config_dir()/parallax.ini."""
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "parallax.ini"), QSettings.Format.IniFormat)


def _json(settings: QSettings, key: str) -> object:
    """The JSON value stored under `key`, or None when it is missing or damaged."""
    raw = settings.value(key, "")
    try:
        return json.loads(raw) if isinstance(raw, str) and raw else None
    except ValueError:
        return None


def _list(settings: QSettings, key: str) -> list[str]:
    value = _json(settings, key)
    return [str(v) for v in value] if isinstance(value, list) else []


def last_files(settings: QSettings) -> list[str] | None:
    """The files of the last comparison, or None on first start."""
    if not settings.contains("session/files"):
        return None
    return _list(settings, "session/files")


def last_corrections(settings: QSettings) -> list[dict]:
    value = _json(settings, "session/corrections")
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def last_kept(settings: QSettings) -> dict[str, list[str]]:
    """The removed pieces the reader restored in the last comparison, by source."""
    value = _json(settings, "session/kept")
    if not isinstance(value, dict):
        return {}
    return {str(k): [str(x) for x in v] for k, v in value.items() if isinstance(v, list)}


def remember_session(settings: QSettings, files: list[str], corrections: list[dict],
                     kept: dict[str, list[str]] | None = None) -> None:
    settings.setValue("session/files", json.dumps(files))
    settings.setValue("session/corrections", json.dumps(corrections))
    settings.setValue("session/kept", json.dumps(kept or {}))


def recent_files(settings: QSettings) -> list[str]:
    return _list(settings, "recent/files")


def add_recent(settings: QSettings, specs: list[str]) -> list[str]:
    recent = [s for s in specs if s] + [r for r in recent_files(settings) if r not in specs]
    recent = recent[:MAX_RECENT]
    settings.setValue("recent/files", json.dumps(recent))
    return recent


def number(settings: QSettings, key: str, default: float) -> float:
    try:
        return float(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)

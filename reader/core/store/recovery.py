"""Keeping the library safe: integrity check, setting a damaged file aside, the last good backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from reader.core.store.atomic import atomic_replace

SIDECARS = ("-wal", "-shm")
DAMAGE_CODES = {11, 24, 26}  # SQLITE_CORRUPT, SQLITE_FORMAT, SQLITE_NOTADB (primary result codes)


def damage_reason(path: Path, timeout: float = 10.0) -> str | None:
    """Why the database file at `path` cannot be used (None when it is missing or sound)."""
    if not path.exists():
        return None
    if not os.access(path, os.R_OK):
        return "the file cannot be read"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        return _damage(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            return "integrity check failed: " + "; ".join(str(r[0]) for r in rows[:3])
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as exc:
        return _damage(exc)
    finally:
        conn.close()
    return None


def _damage(exc: sqlite3.Error) -> str | None:
    """The reason when sqlite's error means a damaged file; None for a busy or unopenable one (not damage)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or code & 0xFF in DAMAGE_CODES:
        return str(exc)
    return None


def set_aside(path: Path) -> Path:
    """Renames a damaged database (and its -wal/-shm files) to `<name>.damaged-<UTC time>`; never deletes."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in SIDECARS:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_backup(conn: sqlite3.Connection, path: Path) -> None:
    """Copies the open database to `<name>.bak` with sqlite's backup API, replacing it atomically."""
    with atomic_replace(backup_path(path)) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()


def restore_backup(path: Path) -> bool:
    """Starts `path` as a copy of its backup when the backup is sound; False when there is none."""
    bak = backup_path(path)
    if not bak.exists() or damage_reason(bak) is not None:
        return False
    tmp = path.with_name(f".{path.name}.restore.tmp")
    shutil.copyfile(bak, tmp)
    os.replace(tmp, path)
    return True

"""Nothing committed is lost: killed writers, damaged files set aside, backups, read-only folders."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.core.store.errors import LibraryError
from reader.core.store.library import Library
from reader.core.store.schema import SCHEMA_VERSION

WRITER = textwrap.dedent("""
    import sys
    from reader.core.annotations.anchoring import make_target
    from reader.core.annotations.model import Annotation
    from reader.core.store.library import Library

    text = "A passage of text that every annotation points at, long enough to quote." * 20
    lib = Library(sys.argv[1], backup=False)
    n = 0
    while True:
        a = Annotation(target=make_target(text, n % 100, n % 100 + 40, "/tmp/doc.txt"), doc_hash="h",
                       body="note %d " % n + "x" * 2000, tags=["t%d" % n])
        lib.put_annotation(a)
        print(a.id, flush=True)  # printed only after the commit returned
        n += 1
""")


def test_killed_writer_loses_nothing_committed(tmp_path):
    path = tmp_path / "library.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    committed = []
    try:
        for line in proc.stdout:
            committed.append(line.strip())
            if len(committed) >= 150:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    assert len(committed) >= 150
    with Library(path) as lib:
        assert lib.notices == []  # not damaged
        saved = {a.id: a for a in lib.annotations()}
    assert set(committed) <= set(saved)
    assert all(saved[i].body.startswith("note ") for i in committed)


def _library_with_note(path: Path) -> None:
    with Library(path) as lib:
        lib.add_comparison("kept", [])


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_damaged_file_is_set_aside_and_reported(tmp_path, damage):
    path = tmp_path / "library.sqlite3"
    _library_with_note(path)
    original = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all " * 200)
    else:
        path.write_bytes(original[:len(original) // 2] + b"\x00" * 512 + original[len(original) // 2 + 512:])
        header_broken = bytearray(path.read_bytes())
        header_broken[100:4096] = b"\xff" * (4096 - 100)  # the first page: schema table wrecked
        path.write_bytes(bytes(header_broken))
    broken = path.read_bytes()
    with Library(path) as lib:
        assert len(lib.notices) == 1
        assert "damaged" in lib.notices[0] and "moved to library.sqlite3.damaged-" in lib.notices[0]
        assert [c.name for c in lib.comparisons()] == ["kept"]  # restored from the last good copy
    aside = [p for p in tmp_path.glob("library.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1
    assert aside[0].read_bytes() == broken  # never deleted, never changed


def test_damaged_without_backup_starts_fresh(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    with Library(path) as lib:
        assert "a fresh library was started" in lib.notices[0]
        assert lib.comparisons() == []
    assert list(tmp_path.glob("library.sqlite3.damaged-*"))


def test_backup_is_a_sound_copy(tmp_path):
    path = tmp_path / "library.sqlite3"
    _library_with_note(path)
    Library(path).close()  # the backup is written at open, after the check
    bak = sqlite3.connect(tmp_path / "library.sqlite3.bak")
    assert bak.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert bak.execute("SELECT name FROM comparisons").fetchall() == [("kept",)]
    assert not list(tmp_path.glob(".*.tmp"))


def test_newer_schema_is_refused_not_replaced(tmp_path):
    path = tmp_path / "library.sqlite3"
    _library_with_note(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer Parallax"):
        Library(path)
    assert not list(tmp_path.glob("library.sqlite3.damaged-*"))


def test_read_only_data_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    if os.geteuid() == 0:  # root ignores permission bits: make the folder immutable instead
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("running as root where chattr +i is not available")
    else:
        os.chmod(folder, 0o555)
    try:
        with pytest.raises(LibraryError) as info:
            Library(folder / "library.sqlite3")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        os.chmod(folder, 0o755)
    message = str(info.value)
    assert "\n" not in message and str(folder) in message and "read-only" in message


def test_unusable_folder_path_is_a_library_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="cannot create the data folder"):
        Library(blocker / "sub" / "library.sqlite3")


def test_a_busy_library_is_not_taken_for_a_damaged_one(tmp_path):
    path = tmp_path / "library.sqlite3"
    _library_with_note(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO comparisons (name, document_ids, created, last_opened) VALUES ('x', '[]', 'a', 'a')")
    try:
        import reader.core.store.recovery as recovery

        assert recovery._damage(sqlite3.OperationalError("database is locked")) is not None  # no code: cautious
        err = sqlite3.connect(path, timeout=0.1)
        try:
            with pytest.raises(sqlite3.OperationalError) as info:
                err.execute("SELECT * FROM comparisons").fetchall()
        finally:
            err.close()
        assert recovery._damage(info.value) is None  # SQLITE_BUSY is not damage
        assert recovery.damage_reason(path, timeout=0.2) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("library.sqlite3.damaged-*"))

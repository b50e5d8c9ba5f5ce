"""The library's tables, as ordered migrations; `PRAGMA user_version` holds the number applied."""

from __future__ import annotations

import sqlite3

# Each entry moves the schema from version i to i + 1. Append new ones; never edit an applied one.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            metadata TEXT NOT NULL DEFAULT '{}',
            text TEXT NOT NULL,
            added TEXT NOT NULL,
            UNIQUE (content_hash, source))""",
        "CREATE INDEX documents_source ON documents (source)",
        """CREATE TABLE comparisons (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            document_ids TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            last_opened TEXT NOT NULL)""",
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            doc_hash TEXT NOT NULL,
            target TEXT NOT NULL,
            motivation TEXT NOT NULL,
            category TEXT NOT NULL,
            colour TEXT,
            body TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL,
            mark TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL)""",
        "CREATE INDEX annotations_source ON annotations (source)",
        "CREATE INDEX annotations_hash ON annotations (doc_hash)",
        """CREATE TABLE comparison_notes (
            id TEXT PRIMARY KEY,
            comparison_id INTEGER NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            modified TEXT NOT NULL)""",
        """CREATE TABLE corrections (
            comparison_id INTEGER NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (comparison_id, seq))""",
    ],
    [  # 2: what `restore` needs (the text before cleaning, the page's own metadata, the pieces kept and
       # removed) and the pieces the reader restored in each comparison, by source
        "ALTER TABLE documents ADD COLUMN raw_text TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE documents ADD COLUMN hints TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE documents ADD COLUMN kept TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE documents ADD COLUMN removed TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE comparisons ADD COLUMN kept TEXT NOT NULL DEFAULT '{}'",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Applies the missing migrations, each in its own transaction; returns the version reached."""
    version = schema_version(conn)
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)

"""desktop-file-validate and appstreamcli accept the desktop entry and metainfo (skipped when not installed)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

import reader

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_validates():
    done = _run("desktop-file-validate", str(PACKAGING / f"{reader.APP_ID}.desktop"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates():
    done = _run("appstreamcli", "validate", "--no-net", str(PACKAGING / f"{reader.APP_ID}.metainfo.xml"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_installed_tree_validates(tmp_path):
    """The files as installed (desktop entry, metainfo and icon together) pass AppStream's tree check."""
    spec = importlib.util.spec_from_file_location("install_desktop_files", PACKAGING / "install_desktop_files.py")
    installer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installer)
    installer.install(tmp_path)
    done = _run("appstreamcli", "validate-tree", "--no-net", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout, done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_a_broken_metainfo_is_rejected(tmp_path):
    """The validator really checks: a metainfo without a summary fails."""
    text = (PACKAGING / f"{reader.APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    broken = tmp_path / f"{reader.APP_ID}.metainfo.xml"
    start, end = text.index("<summary>"), text.index("</summary>") + len("</summary>")
    broken.write_text(text[:start] + text[end:], encoding="utf-8")
    assert _run("appstreamcli", "validate", "--no-net", str(broken)).returncode != 0

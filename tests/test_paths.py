"""Folders: environment overrides, and where a plain wheel install finds the samples and resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

import reader.paths as paths


def test_data_and_config_dirs_follow_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("PARALLAX_CONFIG_DIR", str(tmp_path / "c"))
    assert paths.data_dir() == tmp_path / "d"
    assert paths.config_dir() == tmp_path / "c"


def test_source_tree_has_the_five_samples_and_resources():
    assert paths.resources_dir().joinpath("cues").is_dir()
    assert len(paths.seed_files()) == 5


def test_installed_prefix_is_used_when_the_package_has_no_resources_beside_it(tmp_path, monkeypatch):
    prefix = tmp_path / "prefix"
    (prefix / "share" / "parallax" / "resources").mkdir(parents=True)
    (prefix / "share" / "parallax" / "seeds").mkdir()
    (prefix / "share" / "parallax" / "seeds" / "a.txt").write_text("x", encoding="utf-8")
    fake_pkg = tmp_path / "site" / "reader"
    fake_pkg.mkdir(parents=True)
    monkeypatch.setattr(paths.sys, "prefix", str(prefix))
    monkeypatch.setattr(paths, "__file__", str(fake_pkg / "paths.py"))
    assert paths.project_root() == prefix / "share" / "parallax"
    assert [p.name for p in paths.seed_files()] == ["a.txt"]


def test_frozen_bundle_root_wins(tmp_path, monkeypatch):
    monkeypatch.setattr(paths.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.project_root() == Path(tmp_path)


def test_a_wheel_install_carries_every_sample_and_every_resource_the_app_reads():
    """pyproject's data-files cover seeds/ and resources/ (the screenshot is for the README and app stores only)."""
    root = Path(paths.__file__).resolve().parent.parent
    data_files = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["data-files"]
    installed = {Path(dest).relative_to("share/parallax") / source.name
                 for dest, patterns in data_files.items() for pattern in patterns for source in root.glob(pattern)}
    shipped = {p.relative_to(root) for folder in ("seeds", "resources") for p in (root / folder).rglob("*")
               if p.is_file() and not p.name.startswith(("screenshot", ".")) and "__pycache__" not in p.parts}
    assert shipped and shipped <= installed, sorted(map(str, shipped - installed))

"""The Flatpak manifest parses, and its pinned wheels cover the project's dependencies."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import reader

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"


def _gen_sources():
    spec = importlib.util.spec_from_file_location("gen_sources", FLATPAK / "gen_sources.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _gen_sources()


def _wheel_project(url: str) -> str:
    return gen.canonical(url.rsplit("/", 1)[-1].split("-", 1)[0])


def test_pinned_wheels_cover_every_dependency_the_base_app_lacks():
    deps = json.loads((FLATPAK / "python3-deps.json").read_text(encoding="utf-8"))
    pinned = {_wheel_project(s["url"]) for s in deps["sources"]}
    needed = {gen.requirement_name(r) for r in gen.project_requirements(ROOT / "pyproject.toml")}
    assert needed - pinned == set(), "run packaging/flatpak/gen_sources.py after changing dependencies"
    assert "pyside6-essentials" not in pinned  # the base app provides PySide6


def test_every_source_is_a_fetchable_pinned_wheel():
    deps = json.loads((FLATPAK / "python3-deps.json").read_text(encoding="utf-8"))
    assert deps["sources"]
    for source in deps["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://") and source["url"].endswith(".whl")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        assert set(source.get("only-arches", gen.ARCHES)) <= set(gen.ARCHES)
    for arch in gen.ARCHES:  # one wheel per project on each architecture
        names = [_wheel_project(s["url"]) for s in deps["sources"] if arch in s.get("only-arches", gen.ARCHES)]
        assert len(names) == len(set(names))
    installed = deps["build-commands"][0].split("--no-build-isolation", 1)[1].split()
    assert sorted(installed) == sorted({_wheel_project(s["url"]) for s in deps["sources"]})


def test_module_marks_arch_specific_wheels_and_shares_pure_ones():
    pure = {"name": "a", "version": "1", "filename": "a-1-py3-none-any.whl", "url": "https://x/a-1-py3-none-any.whl", "sha256": "0" * 64}
    x86 = {"name": "b", "version": "1", "filename": "b-1-cp312-cp312-manylinux_2_28_x86_64.whl", "url": "https://x/b-x86", "sha256": "1" * 64}
    arm = {"name": "b", "version": "1", "filename": "b-1-cp312-cp312-manylinux_2_28_aarch64.whl", "url": "https://x/b-arm", "sha256": "2" * 64}
    module = gen.module({"x86_64": [pure, x86], "aarch64": [pure, arm]})
    by_url = {s["url"]: s for s in module["sources"]}
    assert "only-arches" not in by_url["https://x/a-1-py3-none-any.whl"]
    assert by_url["https://x/b-x86"]["only-arches"] == ["x86_64"]
    assert by_url["https://x/b-arm"]["only-arches"] == ["aarch64"]
    assert module["build-commands"][0].endswith("--no-build-isolation a b")


def test_local_mirror_urls_become_pypi_urls():
    assert gen.public_url("file:///opt/pypi/files/tld-0.13.2-py2.py3-none-any.whl", "tld-0.13.2-py2.py3-none-any.whl", "tld") \
        == "https://files.pythonhosted.org/packages/py2.py3/t/tld/tld-0.13.2-py2.py3-none-any.whl"
    assert gen.public_url("https://files.pythonhosted.org/packages/aa/bb/x.whl", "x.whl", "x") \
        == "https://files.pythonhosted.org/packages/aa/bb/x.whl"


def test_manifest_structure():
    yaml = pytest.importorskip("yaml")
    manifest = yaml.safe_load((FLATPAK / f"{reader.APP_ID}.yml").read_text(encoding="utf-8"))
    assert manifest["id"] == reader.APP_ID
    assert manifest["command"] == "parallax"
    assert manifest["base"] == "io.qt.PySide.BaseApp" and manifest["runtime"] == "org.kde.Platform"
    modules = manifest["modules"]
    assert "python3-deps.json" in modules and (FLATPAK / "python3-deps.json").is_file()
    app = modules[-1]
    source = app["sources"][0]
    assert source["type"] == "dir" and (FLATPAK / source["path"]).resolve() == ROOT
    assert any("install_desktop_files.py --prefix=${FLATPAK_DEST}" in c for c in app["build-commands"])


@pytest.mark.skipif(not shutil.which("flatpak-builder"), reason="flatpak-builder not installed")
def test_flatpak_builder_reads_the_manifest_and_the_wheel_list():
    done = subprocess.run(["flatpak-builder", "--show-manifest", str(FLATPAK / f"{reader.APP_ID}.yml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    manifest = json.loads(done.stdout)
    assert manifest["id"] == reader.APP_ID and manifest["command"] == "parallax"
    deps, app = manifest["modules"][0], manifest["modules"][-1]
    assert deps["name"] == "python3-deps" and len(deps["sources"]) == len(
        json.loads((FLATPAK / "python3-deps.json").read_text(encoding="utf-8"))["sources"])
    assert app["sources"][0]["type"] == "dir"

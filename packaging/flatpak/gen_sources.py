"""Writes the Flatpak module of pinned dependency wheels (URL + sha256 per architecture) for an offline build.

    python3 packaging/flatpak/gen_sources.py                      # deps from pyproject.toml
    python3 packaging/flatpak/gen_sources.py -r requirements.txt  # or from a requirements file

pip resolves the requirements for the runtime's Python and each architecture (`pip install --dry-run
--report`, nothing is installed) and the chosen wheels become `type: file` sources of one module,
written as JSON (python3-deps.json beside this script) that the manifest lists under `modules:`.
PySide6 is left out by default: the io.qt.PySide.BaseApp base application provides it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARCHES = ("x86_64", "aarch64")
# Provided by the base application (io.qt.PySide.BaseApp): never bundled twice.
PROVIDED = ("pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6")
# Needed to build the app itself with --no-build-isolation (from pyproject's build-system).
BUILD_REQUIREMENTS = ("setuptools>=68", "wheel")


def canonical(name: str) -> str:
    """The PEP 503 normalised project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """The project name at the start of a requirement line ("lxml_html_clean>=0.1" -> "lxml-html-clean")."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"not a requirement: {requirement!r}")
    return canonical(match.group(1))


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The runtime dependencies and build requirements of the project, without what the base app provides."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    wanted = list(data["project"]["dependencies"]) + list(data.get("build-system", {}).get("requires", BUILD_REQUIREMENTS))
    return [r for r in wanted if requirement_name(r) not in PROVIDED]


def file_requirements(path: Path) -> list[str]:
    """Requirement lines of a requirements file (comments, blank lines and pip options dropped)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("-")]


def public_url(url: str, filename: str, name: str) -> str:
    """A download URL flatpak-builder can fetch: PyPI's own, or PyPI's by-name address for a wheel
    that pip found in a local mirror (file://)."""
    if url.startswith("https://"):
        return url
    python_tag = filename[:-4].split("-")[-3]  # as PyPI records it, e.g. "py3" or "py2.py3"
    return f"https://files.pythonhosted.org/packages/{python_tag}/{name[0]}/{name}/{filename}"


def resolve(requirements: list[str], arch: str, python: str) -> list[dict]:
    """[{name, version, filename, url, sha256}] that pip picks for manylinux `arch` and CPython `python`."""
    py = python.replace(".", "")
    with tempfile.TemporaryDirectory() as tmp:
        req_file, report = Path(tmp) / "requirements.txt", Path(tmp) / "report.json"
        req_file.write_text("\n".join(requirements) + "\n", encoding="utf-8")
        platforms = [f"manylinux_2_{minor}_{arch}" for minor in (28, 17)] + [f"manylinux2014_{arch}"]
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
                   "--only-binary=:all:", "--python-version", python, "--implementation", "cp",
                   "--abi", f"cp{py}", "--abi", "abi3", "--abi", "none", "--target", str(Path(tmp) / "t"),
                   "--report", str(report), "-r", str(req_file)]
        for platform in platforms:
            command += ["--platform", platform]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"pip could not resolve for {arch}: {done.stderr.strip().splitlines()[-1:]}")
        items = json.loads(report.read_text(encoding="utf-8"))["install"]
    wheels = []
    for item in items:
        info = item["download_info"]
        filename = info["url"].rsplit("/", 1)[-1]
        name = canonical(item["metadata"]["name"])
        sha256 = info.get("archive_info", {}).get("hashes", {}).get("sha256")
        if not sha256:
            raise RuntimeError(f"pip reported no sha256 for {filename}")
        wheels.append({"name": name, "version": item["metadata"]["version"], "filename": filename,
                       "url": public_url(info["url"], filename, name), "sha256": sha256})
    return wheels


def module(per_arch: dict[str, list[dict]]) -> dict:
    """The Flatpak module: one `file` source per wheel, `only-arches` where the wheel is arch-specific."""
    arches_of: dict[tuple[str, str], list[str]] = {}
    wheel_of: dict[tuple[str, str], dict] = {}
    for arch, wheels in per_arch.items():
        for wheel in wheels:
            key = (wheel["url"], wheel["sha256"])
            arches_of.setdefault(key, []).append(arch)
            wheel_of[key] = wheel
    sources = []
    for key in sorted(wheel_of, key=lambda k: (wheel_of[k]["name"], k[0])):
        source = {"type": "file", "url": key[0], "sha256": key[1]}
        if len(arches_of[key]) < len(per_arch):
            source["only-arches"] = sorted(arches_of[key])
        sources.append(source)
    names = sorted({w["name"] for wheels in per_arch.values() for w in wheels})
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\" "
            "--prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(names)
        ],
        "sources": sources,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-r", "--requirements", type=Path, help="requirements file (default: pyproject.toml's)")
    parser.add_argument("--python", default="3.12", help="the runtime's Python (KDE 6.8 runtime: 3.12)")
    parser.add_argument("--arch", action="append", choices=ARCHES, help="architectures (default: all)")
    parser.add_argument("-o", "--output", type=Path, default=HERE / "python3-deps.json")
    args = parser.parse_args(argv)
    try:
        requirements = file_requirements(args.requirements) if args.requirements else project_requirements()
        per_arch = {arch: resolve(requirements, arch, args.python) for arch in (args.arch or ARCHES)}
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"gen_sources: {exc}", file=sys.stderr)
        return 1
    text = json.dumps(module(per_arch), indent=2) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {sum(len(w) for w in per_arch.values())} wheels for {', '.join(per_arch)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Installs the .desktop file, AppStream metainfo and SVG icon under a prefix (share/...), named after APP_ID.

    python3 packaging/install_desktop_files.py --prefix /app                      # Flatpak
    python3 packaging/install_desktop_files.py --prefix ~/.local --exec /opt/parallax/parallax

The id, name and version come from reader/__init__.py; the script refuses to install files that
disagree with it. Standard library only (it runs inside the Flatpak SDK and on bare machines).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
ICON = ROOT / "resources" / "icons" / "parallax.svg"


def app_metadata(root: Path = ROOT) -> dict[str, str]:
    """APP_NAME, APP_ID and __version__ read from reader/__init__.py without importing it."""
    init_py = root / "reader" / "__init__.py"
    wanted = {"APP_NAME", "APP_ID", "__version__"}
    found: dict[str, str] = {}
    for node in ast.parse(init_py.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in wanted:
                found[node.targets[0].id] = ast.literal_eval(node.value)
    missing = wanted - found.keys()
    if missing:
        raise ValueError(f"{init_py}: missing {', '.join(sorted(missing))}")
    return found


def desktop_entry(path: Path) -> dict[str, str]:
    """The keys of the [Desktop Entry] group of a .desktop file."""
    entry: dict[str, str] = {}
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line.strip("[]")
        elif group == "Desktop Entry" and "=" in line:
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def metainfo_facts(path: Path) -> dict[str, str]:
    """id, name, launchable, binary, icon and newest release version of an AppStream file."""
    root = ET.parse(path).getroot()
    releases = root.findall("./releases/release")
    return {
        "id": root.findtext("id", ""),
        "name": root.findtext("name", ""),
        "launchable": root.findtext("launchable", ""),
        "binary": root.findtext("./provides/binary", ""),
        "icon": root.findtext("icon", ""),
        "release": releases[0].get("version", "") if releases else "",
    }


def check_agreement(root: Path = ROOT) -> list[str]:
    """Every way the packaging files disagree with reader/__init__.py (empty when they agree)."""
    meta = app_metadata(root)
    app_id = meta["APP_ID"]
    packaging = root / "packaging"
    desktop, metainfo = packaging / f"{app_id}.desktop", packaging / f"{app_id}.metainfo.xml"
    problems = [f"{p.name}: missing" for p in (desktop, metainfo) if not p.is_file()]
    if problems:
        return problems
    entry, facts = desktop_entry(desktop), metainfo_facts(metainfo)
    expected = {
        (desktop.name, "Name"): (entry.get("Name"), meta["APP_NAME"]),
        (desktop.name, "Icon"): (entry.get("Icon"), app_id),
        (desktop.name, "Exec command"): ((entry.get("Exec") or "").split(" ")[0], "parallax"),
        (metainfo.name, "id"): (facts["id"], app_id),
        (metainfo.name, "name"): (facts["name"], meta["APP_NAME"]),
        (metainfo.name, "launchable"): (facts["launchable"], desktop.name),
        (metainfo.name, "icon"): (facts["icon"], app_id),
        (metainfo.name, "provides binary"): (facts["binary"], "parallax"),
        (metainfo.name, "newest release"): (facts["release"], meta["__version__"]),
    }
    return [f"{file}: {what} is {got!r}, expected {want!r}" for (file, what), (got, want) in expected.items()
            if got != want]


def _with_exec(text: str, command: str) -> str:
    """The .desktop text with Exec/TryExec pointing at another command (e.g. a PyInstaller folder)."""
    quoted = command
    if re.search(r'[\s"`$\\]', command):  # the desktop spec's quoting of reserved characters
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", command) + '"'
    text = re.sub(r"^Exec=\S+", lambda _m: f"Exec={quoted}", text, flags=re.MULTILINE)
    return re.sub(r"^TryExec=.*$", lambda _m: f"TryExec={command}", text, flags=re.MULTILINE)


def install(prefix: Path, exec_command: str | None = None, root: Path = ROOT) -> list[Path]:
    """Copies the three files to prefix/share/{applications,metainfo,icons/...}; returns their paths."""
    problems = check_agreement(root)
    if problems:
        raise ValueError("; ".join(problems))
    app_id = app_metadata(root)["APP_ID"]
    share = prefix / "share"
    targets = {
        root / "packaging" / f"{app_id}.desktop": share / "applications" / f"{app_id}.desktop",
        root / "packaging" / f"{app_id}.metainfo.xml": share / "metainfo" / f"{app_id}.metainfo.xml",
        root / "resources" / "icons" / "parallax.svg": share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg",
    }
    for source, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if exec_command and target.suffix == ".desktop":
            target.write_text(_with_exec(source.read_text(encoding="utf-8"), exec_command), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    return list(targets.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", required=True, type=Path, help="install under PREFIX/share (e.g. /app, ~/.local)")
    parser.add_argument("--exec", dest="exec_command", help="command for Exec/TryExec instead of `parallax`")
    args = parser.parse_args(argv)
    try:
        for path in install(args.prefix.expanduser(), args.exec_command):
            print(path)
    except (OSError, ValueError) as exc:
        print(f"install_desktop_files: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

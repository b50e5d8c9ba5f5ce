"""Renders the SVG app icon to PNG sizes (hicolor tree), a Windows .ico and a macOS .icns, with Qt.

    python packaging/render_icons.py [--out build/icons]

Writes OUT/hicolor/<n>x<n>/apps/<APP_ID>.png for each size, OUT/parallax.ico and OUT/parallax.icns.
The SVG (resources/icons/parallax.svg) stays the one drawn source; these files are generated, never
committed. The PyInstaller spec calls this on Windows and macOS for the program's icon.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SVG = ROOT / "resources" / "icons" / "parallax.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(HERE))
from install_desktop_files import app_metadata  # noqa: E402  (same folder, standard library only)


def render(svg: Path, out: Path) -> list[Path]:
    """Writes the PNG sizes, .ico and .icns of svg under out; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    app_id = app_metadata(ROOT)["APP_ID"]
    written: list[Path] = []

    def image(size: int) -> QImage:
        picture = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return picture

    def save(picture: QImage, path: Path, fmt: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(path), fmt):
            raise OSError(f"{path}: Qt could not write {fmt}")
        written.append(path)

    for size in SIZES:
        save(image(size), out / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png", "PNG")
    save(image(256), out / "parallax.ico", "ICO")
    save(image(512), out / "parallax.icns", "ICNS")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args(argv)
    try:
        for path in render(SVG, args.out):
            print(path)
    except (OSError, ValueError, ImportError) as exc:
        print(f"render_icons: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The packaging files (desktop entry, metainfo, icon, spec, Flatpak manifest) agree with reader/__init__.py."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import wordfreq

import reader

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load_installer():
    spec = importlib.util.spec_from_file_location("install_desktop_files", PACKAGING / "install_desktop_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


installer = _load_installer()


def test_files_are_named_after_the_app_id():
    assert (PACKAGING / f"{reader.APP_ID}.desktop").is_file()
    assert (PACKAGING / f"{reader.APP_ID}.metainfo.xml").is_file()
    assert (PACKAGING / "flatpak" / f"{reader.APP_ID}.yml").is_file()


def test_metadata_read_without_import_matches_the_package():
    assert installer.app_metadata(ROOT) == {
        "APP_NAME": reader.APP_NAME, "APP_ID": reader.APP_ID, "__version__": reader.__version__}


def test_desktop_and_metainfo_agree_with_the_package():
    assert installer.check_agreement(ROOT) == []
    facts = installer.metainfo_facts(PACKAGING / f"{reader.APP_ID}.metainfo.xml")
    assert facts["release"] == reader.__version__
    assert facts["id"] == reader.APP_ID
    assert installer.desktop_entry(PACKAGING / f"{reader.APP_ID}.desktop")["Name"] == reader.APP_NAME


def _copy_tree(tmp_path: Path) -> Path:
    """A copy of the files the agreement check reads, to break on purpose."""
    root = tmp_path / "repo"
    (root / "reader").mkdir(parents=True)
    shutil.copy(ROOT / "reader" / "__init__.py", root / "reader" / "__init__.py")
    shutil.copytree(PACKAGING, root / "packaging", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources" / "icons", root / "resources" / "icons")
    return root


def test_a_version_bump_without_a_release_entry_is_caught(tmp_path):
    root = _copy_tree(tmp_path)
    init_py = root / "reader" / "__init__.py"
    init_py.write_text(init_py.read_text().replace(f'"{reader.__version__}"', '"99.0.0"'))
    problems = installer.check_agreement(root)
    assert len(problems) == 1 and "newest release" in problems[0] and "99.0.0" in problems[0]
    with pytest.raises(ValueError):
        installer.install(tmp_path / "prefix", root=root)


def test_a_renamed_app_id_is_caught(tmp_path):
    root = _copy_tree(tmp_path)
    init_py = root / "reader" / "__init__.py"
    init_py.write_text(init_py.read_text().replace(reader.APP_ID, "org.example.Other"))
    assert installer.check_agreement(root) == [
        "org.example.Other.desktop: missing", "org.example.Other.metainfo.xml: missing"]


def test_install_puts_files_where_desktops_look_for_them(tmp_path):
    paths = installer.install(tmp_path, exec_command="/opt/Parallax Reader/parallax")
    share = tmp_path / "share"
    assert sorted(p.relative_to(share).as_posix() for p in paths) == sorted([
        f"applications/{reader.APP_ID}.desktop",
        f"metainfo/{reader.APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{reader.APP_ID}.svg",
    ])
    entry = installer.desktop_entry(share / "applications" / f"{reader.APP_ID}.desktop")
    assert entry["Exec"] == '"/opt/Parallax Reader/parallax" %U'
    assert entry["TryExec"] == "/opt/Parallax Reader/parallax"


def test_icon_is_a_square_svg():
    root = ET.parse(ROOT / "resources" / "icons" / "parallax.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert w == h and w >= 48
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) >= 2  # the bands


def _spec_value(name: str):
    """The literal assigned to a top-level name of parallax.spec."""
    tree = ast.parse((PACKAGING / "parallax.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in parallax.spec")


def test_spec_does_not_hard_code_the_version():
    text = (PACKAGING / "parallax.spec").read_text(encoding="utf-8")
    assert reader.__version__ not in text and reader.APP_ID not in text
    assert "from install_desktop_files import app_metadata" in text  # reads reader/__init__.py (tested above)


def test_spec_excludes_no_qt_module_the_app_imports():
    excluded = set(_spec_value("EXCLUDED_QT_MODULES"))
    assert excluded, "the spec should exclude the heavy Qt modules"
    used = set()
    for source in (ROOT / "reader").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert not (used & excluded), f"parallax.spec excludes Qt modules the app imports: {sorted(used & excluded)}"


def test_flatpak_manifest_uses_the_app_id_and_installs_the_desktop_files():
    text = (PACKAGING / "flatpak" / f"{reader.APP_ID}.yml").read_text(encoding="utf-8")
    top = dict(re.findall(r"^([a-z-]+):[ \t]*(\S.*)$", text, flags=re.MULTILINE))
    assert top["id"] == reader.APP_ID
    assert top["command"] == "parallax"
    assert "install_desktop_files.py --prefix=${FLATPAK_DEST}" in text
    assert re.search(r"type: dir\s+path: \.\./\.\.", text)


# wordfreq look-ups that take a wordlist argument, and its position among the arguments (read from wordfreq).
WORDFREQ_LOOKUPS = {name: list(inspect.signature(getattr(wordfreq, name)).parameters).index("wordlist")
                    for name in ("get_frequency_dict", "get_frequency_list", "iter_wordlist", "word_frequency",
                                 "zipf_frequency", "top_n_list", "random_words")}


def _wordlists_asked_for(source: str) -> list[str]:
    """The wordlist argument of each wordfreq look-up in a module's source ("best" when left out)."""
    asked = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in WORDFREQ_LOOKUPS:
                value = next((k.value for k in node.keywords if k.arg == "wordlist"), None)
                if value is None and len(node.args) > WORDFREQ_LOOKUPS[name]:
                    value = node.args[WORDFREQ_LOOKUPS[name]]
                asked.append(value.value if isinstance(value, ast.Constant) else "best" if value is None else "?")
    return asked


def test_wordlist_detection():
    assert _wordlists_asked_for('get_frequency_dict("en", wordlist="small")') == ["small"]
    assert _wordlists_asked_for('wordfreq.zipf_frequency(w, "en")') == ["best"]
    assert _wordlists_asked_for('zipf_frequency(w, "en", "large")') == ["large"]
    assert _wordlists_asked_for('random_words("en", "large")') == ["large"]


def test_the_app_only_reads_the_word_lists_the_bundle_ships():
    excluded = _spec_value("DATA_EXCLUDES")
    assert "data/large_*" in excluded.get("wordfreq", [])
    for source in (ROOT / "reader").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if "wordfreq" in text:
            asked = _wordlists_asked_for(text)
            assert set(asked) <= {"small"}, f"{source.name} asks wordfreq for {asked}; the bundle ships only 'small'"


def test_icons_render_to_every_size(tmp_path):
    """The PNG sizes, .ico and .icns come from the SVG (rendered in a child process: it makes its own Qt app)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for size in (16, 48, 256):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{reader.APP_ID}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(header[16:20], "big") == size and int.from_bytes(header[20:24], "big") == size
    assert (tmp_path / "parallax.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "parallax.icns").read_bytes()[:4] == b"icns"


def test_the_app_never_needs_the_locale_data_the_bundle_leaves_out():
    """babel's locale data is only read by courlan's language filter (trafilatura's target_language)."""
    excluded = _spec_value("DATA_EXCLUDES")
    if "locale-data/*" not in excluded.get("babel", []):
        pytest.skip("the bundle keeps babel's locale data")
    for source in (ROOT / "reader").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "target_language" not in text and "lang_filter" not in text, \
            f"{source.name} filters by language: drop babel's locale-data exclusion in parallax.spec"
        assert not re.search(r"^\s*(import|from)\s+babel\b", text, flags=re.MULTILINE), source.name


def test_install_command_refuses_disagreeing_files_in_one_line(tmp_path):
    import subprocess
    import sys

    root = _copy_tree(tmp_path)
    metainfo = root / "packaging" / f"{reader.APP_ID}.metainfo.xml"
    metainfo.write_text(metainfo.read_text().replace(f'<release version="{reader.__version__}"', '<release version="0.0.1"'))
    done = subprocess.run([sys.executable, str(root / "packaging" / "install_desktop_files.py"), "--prefix", str(tmp_path / "p")],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "newest release is '0.0.1'" in done.stderr
    assert not (tmp_path / "p").exists()


def test_metainfo_screenshot_is_the_readme_screenshot():
    root = ET.parse(PACKAGING / f"{reader.APP_ID}.metainfo.xml").getroot()
    url = root.findtext("./screenshots/screenshot/image")
    relative = url.split("/main/", 1)[1]
    assert f"]({relative})" in (ROOT / "README.md").read_text(encoding="utf-8")
    header = (ROOT / relative).read_bytes()[:24]
    image = root.find("./screenshots/screenshot/image")
    assert (int(image.get("width")), int(image.get("height"))) == (
        int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big"))

"""The command answers --version with the name, id and version from reader/__init__.py."""

import subprocess
import sys

import reader


def test_version_prints_name_id_and_version():
    out = subprocess.run([sys.executable, "-m", "reader", "--version"], capture_output=True, text=True)
    assert out.returncode == 0
    assert reader.__version__ in out.stdout
    assert reader.APP_ID in out.stdout


def test_unknown_option_is_a_usage_error():
    out = subprocess.run([sys.executable, "-m", "reader", "analyze"], capture_output=True, text=True)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr

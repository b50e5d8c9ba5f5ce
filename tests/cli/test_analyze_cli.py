"""`parallax analyze`: one stderr line per bad input (no traceback), good inputs analysed, exit status 0/1/2."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = sorted((ROOT / "seeds").glob("*.txt"))[3]
# A one-page PDF that only draws a rectangle: no text layer, like a scan.
SCANNED_PDF = (
    b'%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Cou'
    b'nt 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resourc'
    b'es << /Font << /F1 5 0 R >> >> >>\nendobj\n4 0 obj\n<< /Length 29 >>\nstream\n0 0 1 rg 100 100 200 200 re'
    b' f\nendstream\nendobj\n5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEn'
    b'coding >>\nendobj\nxref\n0 6\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 000'
    b'00 n \n0000000241 00000 n \n0000000320 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n417\n%%EOF\n'
)


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "reader", "analyze", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def _bad_inputs(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.dat").write_bytes(bytes(range(256)) * 20)
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    (tmp_path / "numbers.txt").write_text("1234 5678\n-- 99 --\n", encoding="utf-8")
    (tmp_path / "undecodable.txt").write_bytes(b"Bad \x81\x8d\x8f\x90\x9d text \x81\x8d\x8f\x90\x9d here \x81\x8d\x8f\n")
    (tmp_path / "damaged.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    (tmp_path / "scan.pdf").write_bytes(SCANNED_PDF)
    return {
        "missing.txt": "no such file",
        "folder": "folder",
        "empty.txt": "empty",
        "binary.dat": "binary",
        "big.txt": "too large",
        "numbers.txt": "no sentences",
        "undecodable.txt": "undecodable",
        "damaged.pdf": "damaged PDF",
        "scan.pdf": "no text layer",
    }


def test_each_bad_input_alone_gives_one_line_and_status_2(tmp_path):
    for name, reason in _bad_inputs(tmp_path).items():
        out = run(tmp_path / name)
        lines = out.stderr.strip().splitlines()
        assert out.returncode == 2, (name, out.stderr)
        assert len(lines) == 1, (name, out.stderr)
        assert str(tmp_path / name) in lines[0] and reason in lines[0], lines[0]
        assert "Traceback" not in out.stderr


def test_bad_inputs_mixed_with_a_good_one_give_status_1(tmp_path):
    bad = _bad_inputs(tmp_path)
    out_json = tmp_path / "out.json"
    out = run(GOOD, *(tmp_path / n for n in bad), "--json", out_json)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == len(bad)
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert [d["source"] for d in data["documents"]] == [str(GOOD)]


def test_all_good_gives_status_0_and_a_summary(tmp_path):
    out = run(*sorted((ROOT / "seeds").glob("*.txt")))
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    assert "Aleppo is being ethnically cleansed" in out.stdout


def test_json_documents_part_is_complete_and_offsets_hold(tmp_path):
    out_json = tmp_path / "o.json"
    assert run(*sorted((ROOT / "seeds").glob("*.txt")), "--json", out_json).returncode == 0
    docs = json.loads(out_json.read_text(encoding="utf-8"))["documents"]
    assert len(docs) == 5
    for d in docs:
        assert set(d) >= {"id", "source", "title", "author", "outlet", "date", "text", "paragraphs", "sentences", "removed"}
        text = d["text"]
        assert d["title"] and d["title"] not in text[:len(d["title"]) + 5]
        for s in d["sentences"]:
            piece = text[s["start"]:s["end"]]
            assert piece and piece == piece.strip()
            assert any(p["start"] <= s["start"] and s["end"] <= p["end"] for p in d["paragraphs"])


def test_wrong_command_line_gives_status_2():
    out = run("--no-such-option", GOOD)
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_failing_url_is_one_line(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = run(f"http://127.0.0.1:{port}/article", GOOD)
    assert out.returncode == 1
    assert out.stderr.strip() == f"http://127.0.0.1:{port}/article: cannot connect: connection refused"


def test_unreadable_file_is_one_line(tmp_path, monkeypatch, capsys):
    # Root can read any file, so permission is simulated inside the process.
    from reader.core.export.inputs import load_documents

    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nSome text here. More text.", encoding="utf-8")
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    docs, errors = load_documents([str(path)])
    assert docs == [] and errors == [f"{path}: permission denied"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_for_real(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nSome text here. More text.", encoding="utf-8")
    path.chmod(0)
    out = run(path)
    assert out.returncode == 2 and out.stderr.strip() == f"{path}: permission denied"

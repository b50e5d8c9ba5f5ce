"""Encodings: BOM first, then strict UTF-8, then Windows-1252 (Latin-1 as the last resort); newlines normalised."""

import pytest

from reader.core.documents.errors import LoadError
from reader.core.documents.loader import load_path

TEXT = "Café Crisis Deepens\n\n“Naïve,” she said — the café’s owner. Prices rose 3.5 percent in São Paulo."


def _load(tmp_path, data: bytes, name: str = "a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return load_path(path, "d1")


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    b"\xff\xfe" + TEXT.encode("utf-16-le"),
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "cp1252"])
def test_each_encoding_reads_right(tmp_path, data):
    doc = _load(tmp_path, data)
    assert doc.title == "Café Crisis Deepens"
    assert doc.text == "“Naïve,” she said — the café’s owner. Prices rose 3.5 percent in São Paulo."
    assert "\ufeff" not in doc.text


def test_cp1252_curly_quotes_and_em_dash_bytes(tmp_path):
    doc = _load(tmp_path, b"Storm Warning\r\n\r\n\x93Stay home,\x94 he said \x97 twice. It rained.\r\n")
    assert doc.text == "“Stay home,” he said — twice. It rained."


def test_latin1_fallback_for_bytes_cp1252_lacks(tmp_path):
    # 0x81 is undefined in Windows-1252: the text is read as Latin-1 (one stray control is dropped).
    doc = _load(tmp_path, "Río Report\n\nEl río creció. The water rose fast.".encode("latin-1") + b"\x81")
    assert "El río creció." in doc.text


def test_old_mac_and_windows_newlines(tmp_path):
    doc = _load(tmp_path, b"Storm Warning\r\rFirst part. Still first.\r\rSecond part. Done.")
    assert [p.slice(doc.text) for p in doc.paragraphs] == ["First part. Still first.", "Second part. Done."]


def test_undecodable_bytes_are_a_load_error(tmp_path):
    with pytest.raises(LoadError, match="undecodable"):
        _load(tmp_path, b"Bad text \x81\x8d\x8f\x90\x9d \x81\x8d\x8f\x90\x9d here \x81\x8d\x8f more\n")
    with pytest.raises(LoadError, match="UTF-16"):
        _load(tmp_path, b"\xff\xfe" + "Hi there".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate


def test_utf16_without_bom(tmp_path):
    assert _load(tmp_path, TEXT.encode("utf-16-le")).title == "Café Crisis Deepens"
    assert _load(tmp_path, TEXT.encode("utf-16-be")).title == "Café Crisis Deepens"


def test_html_meta_charset_is_followed(tmp_path):
    page = ("<html><head><meta charset=\"iso-8859-7\"><title>Καιρός</title></head><body><article>"
            "<p>Η βροχή έπεσε όλη τη νύχτα στην πόλη και πλημμύρισαν οι δρόμοι. Οι κάτοικοι έμειναν σπίτι.</p>"
            "<p>Ο δήμαρχος ζήτησε βοήθεια από την κυβέρνηση. Τα σχολεία θα μείνουν κλειστά αύριο.</p>"
            "</article></body></html>")
    doc = _load(tmp_path, page.encode("iso-8859-7"), "greek.html")
    assert "Η βροχή έπεσε όλη τη νύχτα" in doc.text


def test_utf8_page_that_declares_latin1_still_reads_as_utf8(tmp_path):
    page = ("<html><head><meta charset=\"iso-8859-1\"><title>Café Crisis Deepens</title></head><body><article>"
            "<p>“Naïve,” she said — the café’s owner was angry. Prices rose again in São Paulo this week.</p>"
            "<p>The mayor promised to act before the winter. Nobody believed him.</p></article></body></html>")
    doc = _load(tmp_path, page.encode("utf-8"), "page.html")
    assert "“Naïve,” she said — the café’s owner was angry." in doc.sentence_texts()

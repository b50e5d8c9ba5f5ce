"""Turns the bytes of a text file into a string: BOM, then strict UTF-8, then Windows-1252 / Latin-1."""

from __future__ import annotations

import codecs
import html
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|amp|apos|quot|lt|gt|nbsp|mdash|ndash|hellip|rsquo|lsquo|rdquo|ldquo);")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read; the message is the reason for the user."""


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the bytes look like BOM-less UTF-16 text (NUL in every other byte)."""
    head = data[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes (without a UTF-16/32 BOM or UTF-16 shape) or many control bytes mean a binary file."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS) or utf16_without_bom(data):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return controls > max(8, len(head) // 50)


def decode_bytes(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """The text and the encoding used: BOM, strict UTF-8, a declared `charset` (HTTP, <meta>), Windows-1252, Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable bytes: invalid {encoding.upper()} at byte {exc.start + len(bom)}") from None
    shape = utf16_without_bom(data)
    if shape:
        try:
            return data.decode(shape), shape
        except UnicodeDecodeError:
            raise DecodeError(f"undecodable bytes: invalid {shape.upper()}") from None
    candidates = ["utf-8"]  # strict UTF-8 first: pages often declare a legacy charset and are UTF-8
    if charset and charset.lower().replace("_", "-") in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        charset = "cp1252"  # what browsers do: these labels mean Windows-1252 on the web
    if charset:
        try:
            candidates.append(codecs.lookup(charset).name)
        except LookupError:
            pass
    candidates.append("cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding
    text = data.decode("latin-1")
    if len(_CONTROL.findall(text)) > max(4, len(text) // 200):
        raise DecodeError("undecodable bytes: not UTF-8, UTF-16 or Windows-1252 text")
    return text, "latin-1"


def normalise_text(text: str) -> str:
    """Unix newlines, no BOM or NUL, no-break spaces as spaces, other controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\ufeff", "").replace("\u00a0", " ").replace("\u200b", "")
    text = _CONTROL.sub(lambda m: "" if m.group() != "\x0c" else "\n\n", text.replace("\t", " "))
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)  # "&apos;" left in saved text
    return re.sub(r"[ \t]+\n", "\n", text)

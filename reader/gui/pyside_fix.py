"""Works around a PySide6 6.12 bug on Python < 3.12: every Qt method returning void drops one reference to None.

Left alone, None's reference count reaches zero after enough calls and the interpreter aborts
("Fatal Python error: none_dealloc"). If the bug is detected, None gets a huge reference count, which
makes it immortal as it is by design from Python 3.12 on. With a fixed PySide6 nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40


def void_calls_drop_none() -> bool:
    """True when a void Qt call lowers None's reference count (the bug is present)."""
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(10):
        fmt.setFontWeight(400)
    return sys.getrefcount(None) < before


def protect_none() -> bool:
    """Makes None immortal if needed; returns True when the bug was found and worked around."""
    if sys.version_info >= (3, 12) or not void_calls_drop_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _BOOST
    return True


PROTECTED = protect_none()


def emits_drop_true() -> bool:
    """True when emitting a signal lowers True's reference count (the same bug on the bool that emit returns)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        pinged = Signal()

    probe = _Probe()
    probe.pinged.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.pinged.emit()
    return sys.getrefcount(True) < before


def protect_bools() -> bool:
    """Makes True and False immortal if needed (else the app aborts with "bool_dealloc" after enough signals)."""
    if sys.version_info >= (3, 12) or not emits_drop_true():
        return False
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += _BOOST
    return True


PROTECTED_BOOLS = protect_bools()

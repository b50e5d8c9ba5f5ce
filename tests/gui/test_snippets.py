"""The one-line snippets shown in menus, rows and undo entries."""

from reader.gui.snippets import one_line


def test_one_line_joins_whitespace_and_cuts_with_an_ellipsis_at_the_limit():
    assert one_line("  a\n b\t c ", 10) == "a b c"
    assert one_line("abcdef", 6) == "abcdef"
    cut = one_line("abcdefg", 6)
    assert cut == "abcde…" and len(cut) == 6

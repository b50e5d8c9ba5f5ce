"""The argument parser every `parallax` subcommand uses: a wrong command line is one line and exit status 2."""

from __future__ import annotations

import argparse
import sys


class CommandParser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line on stderr (after the usage) for a wrong command line."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)

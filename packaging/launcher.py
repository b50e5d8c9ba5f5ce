"""Entry script of the frozen application: runs the `parallax` command."""

import multiprocessing
import sys

from reader.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

"""Entry point of the frozen (PyInstaller) build: the same `main` as the `composer` command."""

import sys

from composer.cli import main

if __name__ == "__main__":
    sys.exit(main())

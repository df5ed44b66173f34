"""`python -m composer` runs the same entry point as the `composer` command."""

import sys

from composer.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""PyInstaller's script: the frozen ``undertow`` binary runs the same entry as the console script."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

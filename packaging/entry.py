"""Entry script of the PyInstaller build: the same as ``python -m livcr_desktop``.

A script outside the package, so that PyInstaller does not put ``livcr_desktop/`` itself on the
analysis path (its sub-packages ``storage``, ``views``... would then also look like top-level modules).
"""

import sys

from livcr_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

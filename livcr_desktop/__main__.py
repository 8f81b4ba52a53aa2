import sys

from livcr_desktop.cli import main

sys.exit(main())

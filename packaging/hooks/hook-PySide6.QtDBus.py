"""PyInstaller's hook for PySide6.QtDBus, minus the Qt plugins, libraries and translations we prune.

Filtering here, before PyInstaller follows the binaries' dependencies, also keeps out the system
libraries that only the pruned plugins need (GTK 3 for the gtk3 platform theme, for example).
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import bundle_rules

hiddenimports, binaries, datas = bundle_rules.filter_hook(*add_qt6_dependencies(__file__))

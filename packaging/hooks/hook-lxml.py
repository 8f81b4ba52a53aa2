"""lxml: its submodules, minus the ones excluded in bundle_rules (pyHanko uses ``lxml.etree`` only).

Replaces the contributed hook, which collects every submodule and then warns about each excluded one.
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks import collect_submodules

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import bundle_rules

hiddenimports = collect_submodules(
    "lxml", filter=lambda name: not any(name == x or name.startswith(x + ".") for x in bundle_rules.EXCLUDED_MODULES)
)

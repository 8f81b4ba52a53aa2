"""What goes into the PyInstaller folder, and what is pruned from it (used by ``livcr-desktop.spec``).

Kept apart from the spec so that the rules are plain, typed, linted Python that the tests can import.
Import it by file path or with ``packaging/`` on ``sys.path`` (as the spec does), never as
``packaging.bundle_rules``: ``packaging`` is also the name of a library PyInstaller itself needs,
which is why ``packaging/`` has no ``__init__.py``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP_NAME = "livcr-desktop"

# -- version: one place ------------------------------------------------------------------------------


def read_version(init_py: Path = REPO / "livcr_desktop" / "__init__.py") -> str:
    """``__version__`` of ``livcr_desktop/__init__.py``, read without importing the package."""
    tree = ast.parse(init_py.read_text(encoding="utf-8"))
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        named = any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
        if named and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return node.value.value
    raise ValueError(f"no __version__ = '...' in {init_py}")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants in a version resource ("0.1.0rc1" gives (0, 1, 0, 0))."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    a, b, c, d = (int(g) if g else 0 for g in match.groups())
    return (a, b, c, d)


def version_iss(version: str) -> str:
    """The Inno Setup include written next to ``livcr-desktop.iss`` by the spec."""
    return (
        "; Written by packaging/livcr-desktop.spec from livcr_desktop/__init__.py: do not edit.\n"
        f'#define AppVersion "{version}"\n'
        f'#define AppVersionNumeric "{".".join(str(n) for n in numeric_version(version))}"\n'
    )


# -- data shipped beside the code ---------------------------------------------------------------------

# (source folder in the repository, destination folder in the bundle, file patterns). The
# destinations are where ``livcr_desktop.resources.resources_dir()`` and
# ``livcr_desktop.views.widgets.forms`` look: ``Path(__file__).parents[...]`` of a module in the bundle is
# the bundle's ``_internal`` folder (``sys._MEIPASS``).
DATA_TREES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("resources/fonts", "resources/fonts", ("*.ttf", "*.txt")),
    ("resources/icons", "resources/icons", ("*.svg", "*.png")),
    ("resources/styles", "resources/styles", ("*.qss",)),
    ("resources/translations", "resources/translations", ("*.qm",)),
    ("ui", "ui", ("*.ui",)),
    # Alembic reads the migration scripts as files (script_location), not from the archive.
    ("livcr_desktop/storage/migrations", "livcr_desktop/storage/migrations", ("*.py", "*.mako", "*.ini")),
    ("livcr_desktop/storage/migrations/versions", "livcr_desktop/storage/migrations/versions", ("*.py",)),
)


def data_files(repo: Path = REPO) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for PyInstaller's ``datas``."""
    pairs: list[tuple[str, str]] = []
    for src, dest, patterns in DATA_TREES:
        folder = repo / src
        if not folder.is_dir():
            continue
        for pattern in patterns:
            pairs.extend((str(f), dest) for f in sorted(folder.glob(pattern)) if f.is_file())
    return pairs


def stale_translations(repo: Path = REPO) -> list[str]:
    """``.ts`` files whose ``.qm`` is missing or older (``python scripts/i18n.py compile`` makes them)."""
    stale = []
    for ts in sorted((repo / "resources" / "translations").glob("livcr_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts.name)
    return stale


def migration_imports(repo: Path = REPO) -> list[str]:
    """Modules the migration scripts import: they are data to PyInstaller, so their imports are hidden."""
    names: set[str] = set()
    folders = (repo / "livcr_desktop/storage/migrations", repo / "livcr_desktop/storage/migrations/versions")
    for script in sorted(p for folder in folders for p in folder.glob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module != "__future__":
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names if node.module == "alembic")
    return sorted(names)


# -- imports PyInstaller cannot see -------------------------------------------------------------------


def app_modules(repo: Path = REPO) -> list[str]:
    """Every module of ``livcr_desktop`` (``cli`` imports ``livcr_desktop.commands.*`` by name).

    The migration scripts are left out: they are shipped as files, and importing ``env`` would run it.
    """
    package = repo / "livcr_desktop"
    names: list[str] = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(repo).with_suffix("")
        if "migrations" in rel.parts or "__pycache__" in rel.parts:
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        names.append(".".join(parts))
    return names


# keyring finds its backends through entry points and imports them by name: list them all (the spec
# also copies keyring's metadata, which holds those entry points).
KEYRING_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
)
KEYRING_PLATFORM_IMPORTS: dict[str, tuple[str, ...]] = {
    "linux": ("secretstorage", "jeepney", "jeepney.io.blocking"),
    "win32": ("win32ctypes.core", "win32ctypes.pywin32.win32cred"),
    "darwin": (),
}

HIDDEN_IMPORTS = (
    *KEYRING_BACKENDS,
    # Imported inside functions or by name: PyInstaller follows most of those, these make sure.
    "PySide6.QtDBus",  # views/lock.py: the desktop's screen lock
    "PySide6.QtUiTools",  # the case form is a Designer .ui file loaded with QUiLoader
    "PySide6.QtSvg",  # SVG icons (the imageformats/iconengines plugins need the library)
    "pyhanko.sign.pkcs11",  # eID signing (needs python-pkcs11, the "eid" extra, when installed)
    "pkcs11",
    "pyphen",  # reports/minutes_pdf.py imports it by name (hyphenation of the minutes)
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.sql.default_comparator",
)


def platform_hidden_imports(platform: str) -> list[str]:
    key = "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "linux"
    return [*HIDDEN_IMPORTS, *KEYRING_PLATFORM_IMPORTS[key]]


# Python modules never bundled. Qt modules the application does not use (it needs QtCore, QtGui,
# QtWidgets, QtPrintSupport, QtSvg, QtDBus and QtUiTools), and development-only packages.
EXCLUDED_MODULES = (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtHelp",
    "PySide6.QtDesigner",
    "PySide6.QtConcurrent",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtNetworkAuth",
    "PySide6.QtVirtualKeyboard",
    "tkinter",
    "_tkinter",
    "readline",  # would bring libreadline and libtinfo; no interactive prompt here
    "pydoc_data",
    "unittest",
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "sqlalchemy.testing",
    # Pillow (reportlab's image support): PNG and JPEG are enough; AVIF alone is 5 MB of libraries.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # lxml (pyHanko's XMP metadata): etree only.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "IPython",
    "matplotlib",
    "numpy",
)

# -- pruning the collected Qt files -------------------------------------------------------------------

# Qt libraries the application never loads. A leading "lib" and the suffix (.so.6, .dll, .dylib) are
# ignored when matching, so the same list serves Linux, Windows and macOS. Qt OpenGL and Qt OpenGL
# Widgets must stay: Qt UiTools (QUiLoader, the case form) links them.
UNUSED_QT_LIBRARIES = (
    r"Qt6(Qml|Quick|Labs|LanguageServer|JsonRpc)\w*",
    r"Qt6(Pdf|VirtualKeyboard|Designer|Help|Test|Sql|Network|ShaderTools|Lottie|Concurrent)\w*",
    r"Qt6(WaylandCompositor|WaylandEgl|EglFs|EglFSDeviceIntegration|XcbEgl)\w*",
    r"Qt6(3D|Charts|DataVisualization|Graphs|Multimedia|Positioning|Bluetooth|Sensors|Serial|WebEngine|WebChannel)\w*",
    r"Qt6(SpatialAudio|TextToSpeech|Nfc|RemoteObjects|Scxml|StateMachine|HttpServer|WebSockets|NetworkAuth)\w*",
    r"Qt6SvgWidgets",
)

# Plugin folders (under PySide6/Qt/plugins/) dropped whole, and single plugins dropped from the rest.
UNUSED_PLUGIN_FOLDERS = (
    "designer",
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "qmllint",
    "qmltooling",
    "sqldrivers",
    "tls",
    "vectorimageformats",
    "wayland-graphics-integration-server",
    "multimedia",
    "position",
    "sensors",
    "webview",
    "renderers",
    "scenegraph",
)
UNUSED_PLUGINS = (
    # platforms: xcb, wayland and offscreen stay (Windows: windows, offscreen; macOS: cocoa, offscreen)
    r"platforms/q(eglfs|linuxfb|minimal|minimalegl|vkkhrdisplay|vnc|direct2d)",
    r"platforminputcontexts/qtvirtualkeyboardplugin",  # needs Qt Quick
    r"imageformats/q(pdf|tga|tiff|wbmp|webp|icns|gif)",  # the app shows PNG, JPEG, SVG and ICO only
    r"platformthemes/qgtk3",  # would drag the build machine's GTK 3 in; the portal theme stays
    r"wayland-graphics-integration-client/(?!qt-plugin-wayland-egl$)[\w-]+",  # EGL only: no Vulkan/DRM/dmabuf
    r"wayland-shell-integration/(?!xdg-shell$)[\w-]+",  # xdg-shell is what desktops speak
)

# System libraries of the Linux desktop that the folder does not carry: the running desktop's own
# copies must be used (fontconfig reads the system's configuration, D-Bus and CUPS talk to the
# system's daemons, X11 and GLib are part of every desktop). Qt's wheels need them anyway, like
# libGL and libEGL which PyInstaller never bundles. The CUPS client alone would bring 8.5 MB of TLS
# and Kerberos libraries. What a machine must have is listed in packaging/README.md.
DESKTOP_LIBRARIES = (
    # CUPS (the Qt print support plugin) and what it links: TLS, Kerberos, Avahi.
    r"cups",
    r"gnutls",
    r"nettle",
    r"hogweed",
    r"gmp",
    r"p11-kit",
    r"tasn1",
    r"idn2",
    r"unistring",
    r"gssapi_krb5",
    r"krb5",
    r"krb5support",
    r"k5crypto",
    r"com_err",
    r"keyutils",
    r"avahi-client",
    r"avahi-common",
    # D-Bus (QtDBus) and what libdbus links.
    r"dbus-1",
    r"systemd",
    r"gcrypt",
    r"gpg-error",
    r"lz4",
    r"cap",
    # Fonts.
    r"fontconfig",
    r"freetype",
    r"png16",
    r"brotlicommon",
    r"brotlidec",
    r"expat",
    # X11 core (the xcb utility libraries Qt needs stay: distributions often lack them).
    r"X11",
    r"X11-xcb",
    r"Xau",
    r"Xdmcp",
    r"bsd",
    r"md",
    # GLib (Qt's event dispatcher).
    r"glib-2\.0",
    r"gthread-2\.0",
    r"gobject-2\.0",
    r"gio-2\.0",
    r"gmodule-2\.0",
    r"pcre2-8",
)
_DESKTOP_LIBRARY = re.compile(r"lib(" + "|".join(DESKTOP_LIBRARIES) + r")\.so(\.\d+)*")


def desktop_library(dest: str) -> bool:
    """A top-level system library (``libcups.so.2``) the desktop provides; never a wheel's own copy."""
    return "/" not in dest.replace("\\", "/") and bool(_DESKTOP_LIBRARY.fullmatch(dest))


# Qt's own translations: only Qt Base, in the application's languages (the tools' ones are unused).
QT_TRANSLATION_KEEP = re.compile(r"qtbase_(nl|fr|en)\.qm$")


def _stem(name: str) -> str:
    """``libQt6Quick.so.6`` / ``Qt6Quick.dll`` / ``libqxcb.so`` to ``Qt6Quick`` / ``qxcb``."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"^lib", "", base)
    return re.split(r"\.(so|dll|dylib|pyd)\b", base, maxsplit=1)[0]


def _unused_library(dest: str) -> bool:
    stem = _stem(dest)
    return any(re.fullmatch(pattern, stem) for pattern in UNUSED_QT_LIBRARIES)


def _unused_plugin(dest: str) -> bool:
    path = dest.replace("\\", "/")
    marker = "/Qt/plugins/" if "/Qt/plugins/" in path else "/plugins/" if "PySide6/plugins/" in path else None
    if marker is None:
        return False
    rel = path.split(marker, 1)[1]
    folder = rel.split("/", 1)[0]
    if folder in UNUSED_PLUGIN_FOLDERS:
        return True
    short = f"{folder}/{_stem(rel)}"
    return any(re.fullmatch(pattern, short) for pattern in UNUSED_PLUGINS)


def _unused_data(dest: str) -> bool:
    path = dest.replace("\\", "/")
    if "PySide6/" in path and "/translations/" in path and path.endswith(".qm"):
        return not QT_TRANSLATION_KEEP.search(path)
    # PySide6's own Python bindings of excluded modules (QtQml.abi3.so, QtQml.pyd...) and QML files.
    return "PySide6/Qt/qml/" in path or "PySide6/qml/" in path


def _unused_binding(dest: str) -> bool:
    path = dest.replace("\\", "/")
    if not path.startswith("PySide6/") or path.count("/") != 1:
        return False
    module = "PySide6." + _stem(path).split(".")[0]
    return module in EXCLUDED_MODULES


def keep(dest: str) -> bool:
    """Whether a collected file (its destination inside the bundle) stays."""
    return not (
        _unused_library(dest)
        or _unused_plugin(dest)
        or _unused_data(dest)
        or _unused_binding(dest)
        or desktop_library(dest)
    )


def filter_hook(
    hiddenimports: list[str], binaries: list[tuple[str, str]], datas: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Filter what a Qt hook collects (``(source, destination folder)`` pairs) with :func:`keep`."""

    def dest(pair: tuple[str, str]) -> str:
        return f"{pair[1]}/{Path(pair[0]).name}"

    return (
        [m for m in hiddenimports if m not in EXCLUDED_MODULES],
        [b for b in binaries if keep(dest(b))],
        [d for d in datas if keep(dest(d))],
    )


def prune(entries: Iterable[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Split PyInstaller TOC entries ``(dest, source, kind)`` into the kept ones and the dropped names."""
    kept: list[tuple[str, str, str]] = []
    dropped: list[str] = []
    for entry in entries:
        if keep(entry[0]):
            kept.append(entry)
        else:
            dropped.append(entry[0])
    return kept, dropped

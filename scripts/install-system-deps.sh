#!/bin/sh
# Install the Debian packages LIVC-R Desktop needs to run and to be tested (Debian 12 "bookworm").
#
# Idempotent: only packages that are not installed yet are passed to apt-get, and `apt-get update`
# runs once, only when something is missing. Needs root (or sudo) only in that case.
#
# Why each package (checked with `readelf -d` / `ldd` on PySide6-Essentials 6.11's Qt libraries):
#   Qt core/gui/offscreen: libQt6Gui, libQt6Core and the offscreen platform plugin link libEGL,
#     libGL, libX11, libxkbcommon, fontconfig, freetype, glib (also gthread), zlib, zstd;
#     QtDBus links libdbus-1. fonts-dejavu-core: Qt finds no font at all without one.
#   xcb platform (a real window): libqxcb.so / libQt6XcbQpa.so.6 link libX11-xcb, libxcb and the
#     libxcb-* utility libraries, libxkbcommon-x11; the GLX integration plugin links libxcb-glx.
#     (libxcb-xinerama0 is not linked by Qt 6.11 but is the usual Qt 6 requirement list; cheap.)
#   Tests: dbus (dbus-run-session), gnome-keyring (a real Secret Service), poppler-utils
#     (pdftoppm, pdfsig, pdftotext, pdffonts), qpdf (qpdf --check), xvfb + xauth (xvfb-run), util-linux (unshare).
#   python3-venv: Debian's python3 cannot run `python3 -m venv` without it.
set -eu

export DEBIAN_FRONTEND=noninteractive

QT_RUNTIME="libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 \
libdbus-1-3 zlib1g libzstd1 fonts-dejavu-core"
QT_XCB="libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
TEST_TOOLS="dbus gnome-keyring poppler-utils qpdf xvfb xauth util-linux desktop-file-utils softhsm2"
PYTHON_TOOLS="python3-venv"

PACKAGES="$QT_RUNTIME $QT_XCB $TEST_TOOLS $PYTHON_TOOLS"

is_installed() {
    dpkg -s "$1" 2>/dev/null | grep -qx 'Status: install ok installed'
}

missing=""
for pkg in $PACKAGES; do
    if ! is_installed "$pkg"; then
        missing="$missing $pkg"
    fi
done
missing="${missing# }"

if [ -z "$missing" ]; then
    echo "install-system-deps: all $(echo "$PACKAGES" | wc -w) Debian packages already installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-system-deps: missing packages: $missing" >&2
    echo "install-system-deps: run this script as root (sudo is not available)" >&2
    exit 1
fi

echo "install-system-deps: installing: $missing"
# shellcheck disable=SC2086  # word splitting of the package lists is intended
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing

still_missing=""
for pkg in $missing; do
    if ! is_installed "$pkg"; then
        still_missing="$still_missing $pkg"
    fi
done
if [ -n "$still_missing" ]; then
    echo "install-system-deps: still not installed:$still_missing" >&2
    exit 1
fi
echo "install-system-deps: installed: $missing"

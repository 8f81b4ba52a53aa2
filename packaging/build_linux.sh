#!/usr/bin/env bash
# Build LIVC-R Desktop for Linux as a PyInstaller one-folder application (dist/livcr-desktop/), then
# smoke-test it offscreen. Independent of CI: run it from any checkout.
#
#   packaging/build_linux.sh               build venv (if needed), translations, build, smoke test
#   packaging/build_linux.sh --no-smoke    build only
#   packaging/build_linux.sh --smoke-only  smoke-test an existing dist/livcr-desktop
#
# Needs: python3 >= 3.11 with venv (Debian: python3-venv), binutils (strip), the Qt runtime
# libraries of scripts/install-system-deps.sh; Xvfb for the xcb part of the smoke test (skipped
# without it). The build venv holds the application's dependencies (with the "eid" extra) and
# PyInstaller, never the project itself: the spec analyses the sources in this checkout.
#
# Environment: LIVCR_PACK_VENV  build venv (default: build/venv-pack in the checkout)
#              PYTHON           interpreter that creates it (default: python3)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${LIVCR_PACK_VENV:-$REPO/build/venv-pack}
PYTHON=${PYTHON:-python3}
DIST=$REPO/dist
WORK=$REPO/build/pyinstaller
APP=livcr-desktop
# PyInstaller 6.10+ (6.22 measured); the hooks of pypdfium2 and the keyring fixes are in these.
PYINSTALLER_PINS=("pyinstaller>=6.10,<7" "pyinstaller-hooks-contrib>=2025.1")

build=1
smoke=1
case "${1:-}" in
    "") ;;
    --no-smoke) smoke=0 ;;
    --smoke-only) build=0 ;;
    *) echo "usage: $0 [--no-smoke | --smoke-only]" >&2; exit 2 ;;
esac

cd "$REPO"
log() { printf '\n== %s\n' "$*"; }

ensure_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        log "creating the build venv $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    # Reinstall only when pyproject.toml or the pins change.
    local stamp="$VENV/.livcr-pack-stamp" want
    want=$( (cat pyproject.toml; printf '%s\n' "${PYINSTALLER_PINS[@]}") | sha256sum | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return
    fi
    log "installing the dependencies and PyInstaller into $VENV"
    local requirements="$VENV/livcr-requirements.txt"
    # The dependencies (and the "eid" extra: eID signing) straight from pyproject.toml.
    "$VENV/bin/python" - "$requirements" <<'EOF'
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
lines = [*project["dependencies"], *project.get("optional-dependencies", {}).get("eid", [])]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
EOF
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -r "$requirements" "${PYINSTALLER_PINS[@]}"
    echo "$want" > "$stamp"
}

if [ "$build" = 1 ]; then
    ensure_venv
    "$VENV/bin/python" -m PyInstaller --version | sed 's/^/PyInstaller /'

    if ls resources/translations/livcr_*.ts >/dev/null 2>&1; then
        log "compiling the translations (.ts -> .qm)"
        "$VENV/bin/python" scripts/i18n.py compile
    fi
    for size in 16 24 32 48 64 128 256; do
        if [ ! -f "resources/icons/$APP-$size.png" ] || [ ! -f "resources/icons/$APP.ico" ]; then
            log "rendering the icons"
            "$VENV/bin/python" packaging/make_icons.py
            break
        fi
    done

    log "building $DIST/$APP"
    start=$(date +%s)
    "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "$WORK" packaging/livcr-desktop.spec
    end=$(date +%s)
    echo "build time: $((end - start)) s"
fi

if [ ! -x "$DIST/$APP/$APP" ]; then
    echo "no $DIST/$APP/$APP: build first" >&2
    exit 1
fi

if [ "$smoke" = 1 ]; then
    log "smoke test (offscreen; xcb under Xvfb when installed)"
    if [ -x "$VENV/bin/python" ]; then smoke_python=$VENV/bin/python; else smoke_python=$PYTHON; fi
    "$smoke_python" packaging/smoke_test.py "$DIST/$APP"
fi

log "result"
du -sh "$DIST/$APP"
echo "files: $(find "$DIST/$APP" -type f | wc -l) (plus $(find "$DIST/$APP" -type l | wc -l) symlinks)"

#!/bin/sh
# Install the Linux build of LIVC-R Desktop: the folder, a command on PATH, the menu entry, the icons.
#
#   packaging/linux/install.sh [--user | --system] [--uninstall] [FOLDER]
#
#   --user     (default) ~/.local/opt/livcr-desktop, ~/.local/bin/livcr-desktop,
#              ~/.local/share/applications and ~/.local/share/icons/hicolor
#   --system   /opt/livcr-desktop, /usr/local/bin/livcr-desktop, /usr/local/share/applications and
#              /usr/local/share/icons/hicolor (as root)
#   FOLDER     the PyInstaller folder (default: dist/livcr-desktop of this checkout)
#
# The vaults are never touched: they live in the user's data folder, not in the installed folder.
set -eu

APP=livcr-desktop
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
scope=user
action=install
folder=$REPO/dist/$APP

for arg in "$@"; do
    case "$arg" in
        --user) scope=user ;;
        --system) scope=system ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "unknown option: $arg" >&2; exit 2 ;;
        *) folder=$arg ;;
    esac
done

if [ "$scope" = system ]; then
    opt=/opt bin=/usr/local/bin share=/usr/local/share
else
    opt=$HOME/.local/opt bin=$HOME/.local/bin share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
apps=$share/applications
icons=$share/icons/hicolor

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
}

if [ "$action" = uninstall ]; then
    rm -rf "${opt:?}/$APP"
    rm -f "$bin/$APP" "$apps/$APP.desktop" "$icons/scalable/apps/$APP.svg"
    for size in 16 24 32 48 64 128 256; do
        rm -f "$icons/${size}x${size}/apps/$APP.png"
    done
    refresh
    echo "removed $APP ($scope)"
    exit 0
fi

if [ ! -x "$folder/$APP" ]; then
    echo "no $folder/$APP: build it first (packaging/build_linux.sh)" >&2
    exit 1
fi

mkdir -p "$opt" "$bin" "$apps"
rm -rf "${opt:?}/$APP.new"
cp -a "$folder" "$opt/$APP.new"
rm -rf "${opt:?}/$APP"
mv "$opt/$APP.new" "$opt/$APP"
ln -sfn "$opt/$APP/$APP" "$bin/$APP"

# The menu entry, with the command's full path: ~/.local/bin is not on every session's PATH.
sed "s|^Exec=$APP|Exec=$bin/$APP|" "$HERE/$APP.desktop" > "$apps/$APP.desktop"
chmod 644 "$apps/$APP.desktop"

for size in 16 24 32 48 64 128 256; do
    install -D -m 644 "$REPO/resources/icons/$APP-$size.png" "$icons/${size}x${size}/apps/$APP.png"
done
install -D -m 644 "$REPO/resources/icons/$APP.svg" "$icons/scalable/apps/$APP.svg"
refresh
echo "installed $APP in $opt/$APP; command $bin/$APP; menu entry $apps/$APP.desktop"

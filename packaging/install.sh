#!/usr/bin/env sh
# Install Undertow for the current user: the app into ~/.local/lib/undertow, the command into
# ~/.local/bin, the menu entry and icons into ~/.local/share. PREFIX=/some/where overrides ~/.local.
# `./install.sh --uninstall` removes exactly those files (your data and settings are kept).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APP="$PREFIX/lib/undertow"
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP"
    rm -f "$PREFIX/bin/undertow" "$PREFIX/share/applications/undertow.desktop" \
          "$PREFIX/share/systemd/user/undertow-watch.service" \
          "$PREFIX/share/icons/hicolor/scalable/apps/undertow.svg"
    for s in $SIZES; do rm -f "$PREFIX/share/icons/hicolor/${s}x${s}/apps/undertow.png"; done
    echo "Undertow removed from $PREFIX (data in ~/.local/share/undertow kept)."
    exit 0
fi

rm -rf "$APP"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications"
cp -R "$HERE/undertow" "$APP"
ln -sf "$APP/undertow" "$PREFIX/bin/undertow"
cp -R "$HERE/share/icons" "$PREFIX/share/"
# The menu entry names the binary by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=undertow|Exec=$APP/undertow|" -e "s|^TryExec=undertow|TryExec=$APP/undertow|" \
    "$HERE/share/applications/undertow.desktop" > "$PREFIX/share/applications/undertow.desktop"
# `undertow watch` as a systemd user service (not enabled: `systemctl --user enable --now undertow-watch`)
mkdir -p "$PREFIX/share/systemd/user"
sed -e "s|^ExecStart=%h/.local/bin/undertow|ExecStart=$APP/undertow|" \
    "$HERE/share/systemd/user/undertow-watch.service" > "$PREFIX/share/systemd/user/undertow-watch.service"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "Undertow installed in $APP; start it from the menu or run: $PREFIX/bin/undertow"

#!/usr/bin/env bash
# Build the frozen desktop app: dist/undertow/ (one folder) and dist/undertow-<version>-linux-<arch>.tar.gz.
# Run from anywhere (`make package` calls it from the repo root). Needs .venv (`make install`).
# CLEAN=1 forces a from-scratch PyInstaller build.
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION=6.22.3
PY=.venv/bin/python
if [ ! -x "$PY" ]; then
    echo "build.sh: $PY not found; run 'make install' first" >&2
    exit 1
fi
for tool in ldd objdump objcopy; do  # PyInstaller's own needs on Linux (libc-bin, binutils)
    command -v "$tool" >/dev/null || { echo "build.sh: '$tool' is missing; install binutils (apt-get install binutils)" >&2; exit 1; }
done
if ! "$PY" -c "import PyInstaller, sys; sys.exit(PyInstaller.__version__ != '$PYINSTALLER_VERSION')" 2>/dev/null; then
    echo "build.sh: installing pyinstaller==$PYINSTALLER_VERSION into .venv"
    "$PY" -m pip install --quiet "pyinstaller==$PYINSTALLER_VERSION"
fi

VERSION=$("$PY" -c "import core; print(core.__version__)")
ARCH=$(uname -m)
NAME="undertow-$VERSION-linux-$ARCH"

started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN ${CLEAN:+--clean} \
    --distpath dist --workpath build/pyinstaller packaging/undertow.spec

# The interpreter we freeze may carry debug info (pyenv builds do): ~25 MB nobody needs. Only our own
# Python's files; the wheels' libraries stay as shipped (stripping patched ones can break them).
if command -v strip >/dev/null; then
    strip --strip-debug dist/undertow/_internal/libpython3*.so* dist/undertow/_internal/python3*/lib-dynload/*.so 2>/dev/null || true
fi

# The tarball: the app folder, the desktop entry, icons in the hicolor layout, and install.sh.
STAGE="build/package/$NAME"
rm -rf "build/package"
mkdir -p "$STAGE/share/applications" "$STAGE/share/icons/hicolor/scalable/apps"
cp -a dist/undertow "$STAGE/undertow"
cp resources/undertow.desktop "$STAGE/share/applications/undertow.desktop"
mkdir -p "$STAGE/share/systemd/user"
cp packaging/undertow-watch.service "$STAGE/share/systemd/user/undertow-watch.service"
cp resources/icons/undertow.svg "$STAGE/share/icons/hicolor/scalable/apps/undertow.svg"
for png in resources/icons/undertow-*.png; do
    size=$(basename "$png" .png); size=${size#undertow-}
    mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/undertow.png"
done
install -m 0755 packaging/install.sh "$STAGE/install.sh"
cat > "$STAGE/README.txt" <<TXT
Undertow $VERSION for Linux ($ARCH): no Python needed.

  ./install.sh              install for this user into ~/.local (menu entry and 'undertow' command)
  ./install.sh --uninstall  remove it again (your data in ~/.local/share/undertow stays)
  ./undertow/undertow       or run it in place, without installing

Check an installation with:  undertow --self-test
TXT
TARBALL="dist/$NAME.tar.gz"
tar -C build/package --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "$NAME"
rm -rf "build/package"

app_size=$(du -sh dist/undertow | cut -f1)
tar_size=$(du -sh "$TARBALL" | cut -f1)
echo "built dist/undertow ($app_size) and $TARBALL ($tar_size) in $(( $(date +%s) - started )) s"

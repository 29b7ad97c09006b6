#!/bin/sh
# Adds this unpacked Casefile folder to the current user's desktop: a menu entry, its icons and
# the `casefile` command in ~/.local/bin. Nothing is copied out of this folder but those.
#   ./install.sh              install (run it again after moving the folder)
#   ./install.sh --uninstall  remove the menu entry, icons and command (vaults are kept)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
id=org.casefile.Casefile

if [ "${1-}" = "--uninstall" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" "$bin/casefile"
    rm -f "$data"/icons/hicolor/*/apps/"$id".png "$data/icons/hicolor/scalable/apps/$id.svg"
    echo "Removed Casefile's menu entry, icons and command. This folder and the vaults stay."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$bin"
sed "s|^Exec=Casefile\$|Exec=\"$here/Casefile\"|" "$here/share/applications/$id.desktop" \
    >"$data/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
(cd "$here/share/icons" && find . -type f) | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
ln -sf "$here/casefile" "$bin/casefile"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Casefile is in the applications menu; the command line is $bin/casefile."

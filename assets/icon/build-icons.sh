#!/bin/sh
# Renders the Relais icon in every size the application and its installers need, from the two SVG sources:
#   relais-small.svg  16, 24 and 32 px (a motif drawn for a 16 px grid: stays sharp in menus and task bars)
#   relais.svg        48 px and more
# Outputs (all committed, so that building an installer needs none of these tools):
#   png/relais-<size>.png                 16 24 32 48 64 128 256 512 1024
#   relais.ico                            Windows (16 24 32 48 64 128 256; 256 stored as PNG)
#   relais.icns                           macOS (16 32 48 128 256 512 1024)
#   src/main/resources/fr/cress/relais/app/icon-{16,32,48,256}.png   window icons
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns), optipng optional.
#   apt-get install -y --no-install-recommends librsvg2-bin icoutils icnsutils
set -eu
cd "$(dirname "$0")"
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing tool: $tool (see the header of $0)" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  if [ "$size" -le 32 ]; then source=relais-small.svg; else source=relais.svg; fi
  rsvg-convert --width "$size" --height "$size" --format png "$source" --output "png/relais-$size.png"
done
if command -v optipng >/dev/null 2>&1; then
  optipng -quiet -o2 png/*.png
fi

icotool --create --output relais.ico \
  png/relais-16.png png/relais-24.png png/relais-32.png png/relais-48.png png/relais-64.png png/relais-128.png \
  --raw=png/relais-256.png

png2icns relais.icns \
  png/relais-16.png png/relais-32.png png/relais-48.png png/relais-128.png png/relais-256.png \
  png/relais-512.png png/relais-1024.png >/dev/null

window_icons=../../src/main/resources/fr/cress/relais/app
for size in 16 32 48 256; do
  cp "png/relais-$size.png" "$window_icons/icon-$size.png"
done
echo "icons written to $(pwd) and $window_icons"

#!/bin/sh
# Takes the screenshots the README shows, from a real Relais window under a virtual display:
#   welcome.png    first start on empty data (the choice between the example programme and empty data)
#   dashboard.png  the example programme 2007-2009 (relais --demo)
# Usage: assets/screenshots/take-screenshots.sh [LAUNCHER]
#   LAUNCHER defaults to target/dist/relais/bin/relais (run `mvn package` first); /opt/relais/bin/relais works too.
# Needs (Debian): xvfb, xauth, x11-utils (xwininfo), imagemagick (import), libgtk-3-0.
set -eu
cd "$(dirname "$0")/../.."
launcher=${1:-target/dist/relais/bin/relais}
out=assets/screenshots
[ -x "$launcher" ] || { echo "no launcher at $launcher: run mvn package first" >&2; exit 1; }

# shot NAME SECONDS ARGS...: starts Relais on a fresh data folder, waits, captures its window.
shot() {
  name=$1; wait=$2; shift 2
  data=$(mktemp -d)
  JAVA_OPTS="-Dprism.order=sw -Drelais.language=fr" xvfb-run -a -s "-screen 0 1400x900x24" sh -c '
    launcher=$0 data=$1 wait=$2 png=$3
    shift 3
    "$launcher" --data-dir "$data" "$@" >/dev/null 2>&1 &
    app=$!
    sleep "$wait"
    window=$(xwininfo -root -tree | awk "/RelaisApp/ {print \$1; exit}")
    import -window "$window" "$png"
    kill $app' "$launcher" "$data" "$wait" "$out/$name.png" "$@"
  rm -rf "$data"
  echo "$out/$name.png"
}

shot welcome 30
shot dashboard 40 --demo

#!/bin/sh
# System tools the tests use that PyPI does not ship, installed with apt-get when missing
# (as root, or via sudo):
#   rapper (Debian raptor2-utils): an independent RDF parser for kg's Turtle and N-Triples;
#   chromium (Debian chromium): the headless browser that opens graph.html.
set -eu
missing=""
command -v rapper >/dev/null 2>&1 || missing="$missing raptor2-utils"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then apt="apt-get"; else apt="sudo apt-get"; fi
echo "installing$missing" >&2
$apt update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $apt install -y -qq $missing >/dev/null

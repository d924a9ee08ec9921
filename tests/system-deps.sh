#!/bin/sh
# System tools the tests use that PyPI does not ship: rapper (Debian raptor2-utils), an
# independent RDF parser. Installed with apt-get when missing (as root, or via sudo).
set -eu
missing=""
command -v rapper >/dev/null 2>&1 || missing="$missing raptor2-utils"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then apt="apt-get"; else apt="sudo apt-get"; fi
echo "installing$missing" >&2
$apt update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $apt install -y -qq $missing >/dev/null

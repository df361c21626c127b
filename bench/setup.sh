#!/bin/sh
# Tools the download bench compares the engine with (never needed by the pack): curl and aria2c, from apt.
set -eu
missing=""
command -v curl >/dev/null 2>&1 || missing="$missing curl"
command -v aria2c >/dev/null 2>&1 || missing="$missing aria2"
if [ -z "$missing" ]; then
    echo "curl and aria2c are installed"
    exit 0
fi
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
$as_root apt-get update -q
# shellcheck disable=SC2086  # one word per package
$as_root apt-get install -y $missing

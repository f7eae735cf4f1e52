#!/bin/sh
# Runs a command against a real Secret Service (gnome-keyring) in a private D-Bus session, so keychain tests never
# touch the developer's own keyring: HOME and the XDG folders point into a fresh temporary folder, removed on exit.
#   scripts/with-keyring.sh COMMAND [ARGS...]               # bus + unlocked gnome-keyring (Secret Service)
#   scripts/with-keyring.sh --no-keyring COMMAND [ARGS...]  # bus only: no Secret Service ("keychain unavailable")
# XDG_CURRENT_DESKTOP=GNOME makes QtKeychain pick its libsecret backend (it chooses from the desktop variables).
set -eu

keyring=1
if [ "${1:-}" = "--no-keyring" ]; then
    keyring=0
    shift
fi
if [ $# -eq 0 ]; then
    echo "usage: $0 [--no-keyring] COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (install dbus and gnome-keyring: scripts/deps.sh)" >&2
        exit 1
    fi
done

root=$(mktemp -d "${TMPDIR:-/tmp}/clouddir-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
chmod 700 "$root/runtime"
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/runtime" XDG_CURRENT_DESKTOP=GNOME
# Tests may look here to prove nothing was written outside the keychain.
export CLOUDDIR_KEYRING_ROOT="$root"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

status=0
if [ "$keyring" = 1 ]; then
    # A throwaway password creates and unlocks an encrypted login keyring (an empty one creates none); the daemon
    # exits with the session bus.
    dbus-run-session -- sh -c 'printf "clouddir-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' \
        with-keyring "$@" || status=$?
else
    # A bus without service directories: nothing (not even gnome-keyring) can be activated on it.
    cat >"$root/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$root/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    CLOUDDIR_NO_KEYRING=1 dbus-run-session --config-file="$root/bus.conf" -- "$@" || status=$?
fi
exit "$status"

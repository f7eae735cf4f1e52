# shellcheck shell=bash
# Installs the Debian/Ubuntu packages clouddir needs, and only those that are missing. Sourced by run.sh and test.sh.

CLOUDDIR_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
    # Qt Charts' CMake package needs Qt6OpenGL, which Debian 12's qt6-charts-dev does not pull in.
    qt6-charts-dev libqt6opengl6-dev libgl-dev libssl-dev openssl fonts-dejavu-core
    postgresql gnome-keyring libsecret-1-0 dbus dbus-x11 xvfb xauth
    nodejs
)
# npm comes with NodeSource's nodejs; Debian's separate npm package conflicts with it, so it is only asked for when
# no npm is on the PATH.
command -v npm >/dev/null 2>&1 || CLOUDDIR_PACKAGES+=(npm)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: installing packages needs root; run as root or install sudo" >&2
        return 1
    fi
}

ensure_packages() {
    local missing=()
    local p
    for p in "${CLOUDDIR_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -ne 0 ]; then
        echo "Installing missing packages: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    ensure_auth_peer
}

# The OAuth server clouddir did not write (oauth2-mock-server, TestAuthPeer), from its committed lock file; only
# when node_modules is missing, so repeated runs stay offline.
ensure_auth_peer() {
    local peer
    peer="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/auth-peer"
    if [ -d "$peer/node_modules" ] || ! command -v npm >/dev/null 2>&1; then
        return 0
    fi
    echo "Installing the auth test peer (npm ci in tests/auth-peer)"
    npm ci --prefix "$peer" --no-audit --no-fund
}

# Configures and builds into ./build. Extra arguments go to cmake at configure time.
build_clouddir() {
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build build --parallel "$jobs"
}

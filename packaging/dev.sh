#!/usr/bin/env bash
# The README's two commands: `packaging/dev.sh run` and `packaging/dev.sh test`.
# Each installs what it needs (Debian 12), configures and builds into build/, then runs.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    g++ cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools libqt6charts6-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-qpa-plugins qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libsimdjson-dev zlib1g-dev libre2-dev libgl-dev
    xvfb xauth fonts-dejavu-core python3 ca-certificates
    desktop-file-utils appstream
)

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    if [ ! -f build/build.ninja ]; then
        cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${LAMBDALENS_CMAKE_ARGS:-}
    fi
    cmake --build build --parallel "$(nproc)"
}

cmd="${1:-}"
shift || true
case "$cmd" in
    run)
        install_packages
        build
        exec build/app/lambdalens "$@"
        ;;
    test)
        install_packages
        build
        (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@")
        # The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer (the asan
        # preset). LAMBDALENS_SKIP_ASAN=1 skips it for a quick local run.
        if [ -z "${LAMBDALENS_SKIP_ASAN:-}" ]; then
            [ -f build-asan/build.ninja ] || cmake --preset asan
            cmake --build build-asan --parallel "$(nproc)"
            (cd build-asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@")
        fi
        ;;
    build)
        install_packages
        build
        ;;
    *)
        echo "usage: packaging/dev.sh run|test|build [args...]" >&2
        exit 2
        ;;
esac

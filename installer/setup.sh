#!/usr/bin/env bash
# AgriMap set-up: installs what a fresh Debian 12 machine lacks, builds, then runs the app,
# the tests, the benchmarks or the packaging. Usage: installer/setup.sh run|test|bench|package
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$root/build"
cd "$root"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

usage() {
  cat <<USAGE
Usage: installer/setup.sh COMMAND
  run      install what is missing, build, open AgriMap on the sample project
  test     install what is missing, build, run every test (GUI tests offscreen)
  bench    build and run the benchmarks beside QGIS and ogr2ogr (installs QGIS: large)
  package  build and make the .deb package in build/
USAGE
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "setup.sh: need root (or sudo) to install: $*" >&2; exit 1; fi
}

install_packages() {
  local wanted=("$@") missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_dependencies() {
  mapfile -t packages < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")
  install_packages "${packages[@]}"
}

build_all() {
  if [ ! -f "$build/build.ninja" ]; then
    say "Configuring in build/"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  say "Building with $jobs job(s)"
  cmake --build "$build" -j "$jobs"
}

command="${1:-}"
case "$command" in
  run)
    install_dependencies
    build_all
    # Edits are saved at once: the user edits a copy, and data-samples/ stays as committed.
    sample="${AGRIMAP_SAMPLE_COPY:-$HOME/AgriMap/sample}"
    if [ ! -f "$sample/cao-lanh.agrimap.gpkg" ]; then
      mkdir -p "$sample"
      cp "$root/data-samples/cao-lanh-sample.gpkg" "$root/data-samples/cao-lanh.agrimap.gpkg" "$sample/"
    fi
    say "Opening AgriMap on the sample project ($sample/cao-lanh.agrimap.gpkg)"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      say "No display found: starting it inside a virtual display (xvfb-run)"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/agrimap" "$sample/cao-lanh.agrimap.gpkg"
    fi
    exec "$build/app/agrimap" "$sample/cao-lanh.agrimap.gpkg"
    ;;
  test)
    install_dependencies
    build_all
    say "Running the tests (GUI tests on the offscreen platform; benchmarks excluded)"
    export QT_QPA_PLATFORM=offscreen
    exec ctest --test-dir "$build" --output-on-failure -LE benchmark -j 2 --timeout 600
    ;;
  bench)
    install_dependencies
    install_packages qgis python3-qgis
    build_all
    say "Running the benchmarks (QGIS and ogr2ogr on the same data, in the same run)"
    export QT_QPA_PLATFORM=offscreen
    exec ctest --test-dir "$build" -L benchmark -V
    ;;
  package)
    install_dependencies
    build_all
    say "Making the .deb"
    (cd "$build" && cpack -G DEB)
    ls "$build"/agrimap_*.deb
    ;;
  *)
    usage
    [ -z "$command" ] || [ "$command" = "-h" ] || [ "$command" = "--help" ] || exit 2
    ;;
esac

#!/usr/bin/env bash
# Installs the Debian packages sppctl's build and tests need, when run as root; otherwise
# prints the exact command to run. Usage: scripts/install-deps.sh build|test|bench
set -euo pipefail

need_build=(libyaml-dev pkg-config)
need_bench=(time)
need_test=(graphviz)

packages=("${need_build[@]}")
case "${1:-build}" in
  test) packages+=("${need_test[@]}") ;;
  bench) packages+=("${need_bench[@]}") ;;
esac

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "sppctl needs these Debian packages: ${missing[*]}" >&2
  echo "run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

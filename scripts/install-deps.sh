#!/usr/bin/env bash
# Installs the Debian packages sppctl's build and tests need, when run as root; otherwise
# prints the exact command to run. Usage: scripts/install-deps.sh build|test|bench
set -euo pipefail

need_build=(libyaml-dev pkg-config)
need_bench=(time)
need_test=(graphviz haproxy nginx-light python3-pip valgrind)
# PyPI packages the tests run: check-jsonschema (Traefik, Kong, SARIF schemas) and
# envoy-data-plane (Envoy Bootstrap checks), with PyYAML.
pip_test=(check-jsonschema==0.39.0 envoy-data-plane==2.2.0 pyyaml pre-commit)
# The benchmark's generator writes the JSON List (kubectl get -o json) with PyYAML.
pip_bench=(pyyaml)

packages=("${need_build[@]}")
case "${1:-build}" in
  test) packages+=("${need_test[@]}") ;;
  bench) packages+=("${need_bench[@]}") ;;
esac

# macOS: Homebrew's libyaml and pkg-config are all a build needs.
if [ "$(uname -s)" = Darwin ]; then
  if command -v brew >/dev/null; then
    pkg-config --exists yaml-0.1 2>/dev/null || brew install libyaml pkg-config
    exit 0
  fi
  echo "sppctl needs libyaml and pkg-config: install Homebrew (https://brew.sh), then: brew install libyaml pkg-config" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  # A libyaml that pkg-config already finds (built from source, another package) will do.
  if [ "$package" = libyaml-dev ] && pkg-config --exists yaml-0.1 2>/dev/null; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    # python3-pip is only needed when no pip is there already.
    if [ "$package" = python3-pip ] && python3 -m pip --version >/dev/null 2>&1; then continue; fi
    missing+=("$package")
  fi
done

install_pip() {
  local wanted modules
  case "${1:-build}" in
    test) wanted=("${pip_test[@]}"); modules='envoy_data_plane, yaml, check_jsonschema, pre_commit' ;;
    bench) wanted=("${pip_bench[@]}"); modules='yaml' ;;
    *) return 0 ;;
  esac
  if python3 -c "import $modules" 2>/dev/null; then return 0; fi
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing from PyPI: ${wanted[*]}"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "${wanted[@]}" 2>/dev/null \
      || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "${wanted[@]}"
  else
    echo "sppctl's ${1} needs these PyPI packages: ${wanted[*]}" >&2
    echo "run: python3 -m pip install ${wanted[*]}" >&2
    exit 1
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  install_pip "${1:-build}"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  install_pip "${1:-build}"
else
  echo "sppctl needs these Debian packages: ${missing[*]}" >&2
  echo "run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

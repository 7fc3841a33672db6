#!/usr/bin/env python3
"""Checks Envoy v3 Bootstrap YAML files with the PyPI package envoy-data-plane.

usage: scripts/validate-envoy.py FILE.yaml [FILE.yaml ...]

Every module of the package is imported first, so that the typed_config payloads (Any) of
every extension can be unpacked; then each file goes through Bootstrap.from_dict, which
rejects unknown fields at any depth, bad enum names, durations and scalar types, and unknown
@type names. Prints OK or FAIL per file; exits 1 when a file fails.
"""
import importlib
import pkgutil
import sys

import envoy_data_plane
import yaml
from envoy_data_plane.envoy.config.bootstrap.v3 import Bootstrap

for module in pkgutil.walk_packages(envoy_data_plane.__path__, "envoy_data_plane."):
    importlib.import_module(module.name)

status = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as handle:
            Bootstrap.from_dict(yaml.safe_load(handle))
        print(f"OK {path}")
    except Exception as error:  # from_dict raises KeyError, ValueError or TypeError
        print(f"FAIL {path}: {type(error).__name__}: {error}")
        status = 1
sys.exit(status)

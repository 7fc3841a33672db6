#!/usr/bin/env python3
"""Measures sppctl against the floor (libyaml parsing alone) in the same run, on the shared
corpus and on a generated one, and writes Benchmarks/results.md.

usage: Benchmarks/run.py [--runs N]   (from the package root; `make bench` runs it)
"""
import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def measure(command, runs):
    """Median wall seconds of `runs` fresh processes, and the max RSS (KiB) of one more run
    under /usr/bin/time (a small parent, so the figure is the command's own)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
        if code not in (0, 1):
            sys.exit(f"{command[0]} exited with {code}")
    timed = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rss = int(timed.stderr.strip().splitlines()[-1])
    return statistics.median(times), rss

def manifests(directory):
    found = []
    for base, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(base, f) for f in files if f.endswith((".yaml", ".yml", ".json"))]
    return sorted(found)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "sppctl"], cwd=ROOT, check=True)
    sppctl = os.path.join(ROOT, ".build/release/sppctl")
    work = tempfile.mkdtemp(prefix="sppctl-bench-")
    floor = os.path.join(work, "yamlfloor")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "Benchmarks/yamlfloor.c"), "-lyaml"], check=True)
    generated = os.path.join(work, "generated")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/generate_corpus.py"), generated, "400"], check=True)

    corpora = [("shared corpus", os.path.join(os.path.dirname(ROOT), "shared/corpus")), ("generated (400 namespaces)", generated)]
    rows = []
    for name, directory in corpora:
        files = manifests(directory)
        size = sum(os.path.getsize(f) for f in files)
        listing = os.path.join(work, "list.txt")
        with open(listing, "w") as f:
            f.write("\n".join(files) + "\n")
        floor_time, floor_rss = measure([floor, listing], args.runs)
        lint_time, lint_rss = measure([sppctl, "lint", "--no-config", "--format", "json", "--fail-on", "never", directory], args.runs)
        rows.append((name, len(files), size, floor_time, floor_rss, lint_time, lint_rss))

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    lines = [
        "# sppctl benchmarks",
        "",
        f"Run {datetime.date.today().isoformat()} at commit {commit}, {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}.",
        f"Each figure is the median wall time (and the largest max RSS) of {args.runs} fresh processes.",
        "The floor is libyaml's event parser alone (`Benchmarks/yamlfloor.c`, -O2) over the same files;",
        "sppctl is the release build running `sppctl lint --format json` (load, decode, schema check, every rule, report).",
        "Regenerate with `make bench`.",
        "",
        "| corpus | files | MiB | floor | floor RSS | sppctl lint | sppctl RSS | × floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, count, size, ft, fr, lt, lr in rows:
        lines.append(f"| {name} | {count} | {size / 1048576:.1f} | {ft * 1000:.0f} ms | {fr / 1024:.1f} MiB | {lt * 1000:.0f} ms | {lr / 1024:.1f} MiB | {lt / ft:.1f} |")
    with open(os.path.join(ROOT, "Benchmarks/results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))

if __name__ == "__main__":
    main()

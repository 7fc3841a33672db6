#!/usr/bin/env python3
"""Measures sppctl against the floor (libyaml's parser alone) in the same run and on the same
files, and writes Benchmarks/results.md.

usage: Benchmarks/run.py [--sizes 1000,10000,100000] [--runs N] [--keep]   (`make bench` runs it)

Inputs come from Benchmarks/generate_fleet.py (fixed seed): fleets of each size in two layouts
(one file per object in nested directories; one multi-document file) and the pathological
shapes (a List of 20k items, a mapping of 50k keys, a file with 100k findings); the largest fleet
is also measured as one List written as `kubectl get -A -o yaml` and `-o json` write it. For each input
it times, as fresh processes, the floor and: lint --jobs 1 (JSON), lint with default jobs
(JSON and text), explain --format json, status, export --target envoy and --target haproxy.
Each figure is the median wall time of --runs runs; peak RSS comes from /usr/bin/time. The
generated inputs are removed at the end (about 600 MB at 100k objects); --keep keeps them.
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
        if code not in (0, 1):
            sys.exit(f"{' '.join(command)} exited with {code}")
    timed = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return statistics.median(times), int(timed.stderr.strip().splitlines()[-1])


def files_under(path):
    if os.path.isfile(path):
        return [path]
    found = []
    for base, dirs, files in os.walk(path):
        found += [os.path.join(base, f) for f in files if f.endswith((".yaml", ".yml", ".json"))]
    return sorted(found)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs (for profiling) instead of removing them")
    args = parser.parse_args()
    # Built as `make install` builds it: the Swift standard library and Foundation linked in.
    subprocess.run(["swift", "build", "-c", "release", "--product", "sppctl", "--static-swift-stdlib"], cwd=ROOT, check=True)
    sppctl = os.path.join(ROOT, ".build/release/sppctl")
    # The generated inputs (about 600 MB at 100k objects) go when the run ends, unless kept.
    work = tempfile.mkdtemp(prefix="sppctl-bench-")
    try:
        floor = os.path.join(work, "yamlfloor")
        subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "Benchmarks/yamlfloor.c"), "-lyaml"], check=True)
        generator = os.path.join(ROOT, "Benchmarks/generate_fleet.py")
        inputs = []
        for size in [int(s) for s in args.sizes.split(",")]:
            subprocess.run([sys.executable, generator, work, str(size)], check=True)
            inputs += [(f"{size} objects, one file per object", os.path.join(work, f"fleet-{size}")),
                       (f"{size} objects, one file", os.path.join(work, f"fleet-{size}.yaml"))]
        largest = max(int(s) for s in args.sizes.split(","))
        inputs.append((f"{largest} objects, one kubectl List", os.path.join(work, f"fleet-{largest}-list.yaml")))
        inputs.append((f"{largest} objects, one kubectl List as JSON", os.path.join(work, f"fleet-{largest}-list.json")))
        subprocess.run([sys.executable, generator, work, "pathological"], check=True)
        inputs += [("List of 20k items", os.path.join(work, "list-20k.yaml")), ("mapping of 50k keys", os.path.join(work, "mapping-50k.yaml")),
                   ("100k findings", os.path.join(work, "diagnostics-100k.yaml"))]

        base = [sppctl]
        commands = [
            ("lint --jobs 1", ["lint", "--no-config", "--fail-on", "never", "--format", "json", "--jobs", "1"]),
            ("lint json", ["lint", "--no-config", "--fail-on", "never", "--format", "json"]),
            ("lint text", ["lint", "--no-config", "--fail-on", "never"]),
            ("explain json", ["explain", "--no-config", "--format", "json"]),
            ("status", ["status", "--no-config"]),
            ("export envoy", ["export", "--no-config", "--target", "envoy"]),
            ("export haproxy", ["export", "--no-config", "--target", "haproxy"]),
        ]
        rows = []
        for name, path in inputs:
            files = files_under(path)
            size = sum(os.path.getsize(f) for f in files)
            listing = os.path.join(work, "list.txt")
            with open(listing, "w") as handle:
                handle.write("\n".join(files) + "\n")
            floor_time, floor_rss = measure([floor, listing], args.runs)
            measured = [(label, *measure(base + arguments + [path], args.runs)) for label, arguments in commands]
            rows.append((name, len(files), size, floor_time, floor_rss, measured))
            print(name, f"floor {floor_time:.3f}s", " ".join(f"{label} {t:.3f}s" for label, t, _ in measured), flush=True)

        # What each process holds before it reads anything: most of sppctl's is its own code's pages.
        empty = os.path.join(work, "empty.txt")
        open(empty, "w").close()
        sppctl_base_rss = measure([sppctl, "--version"], 1)[1]
        floor_base_rss = measure([floor, empty], 1)[1]
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
        lines = [
            "# sppctl benchmarks",
            "",
            f"Run {datetime.date.today().isoformat()} at commit {commit}, {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()},",
            f"release build with the Swift libraries linked in (as `make install` builds it). Each time is the median wall time of {args.runs} fresh processes; × is the ratio to the floor",
            "(libyaml's event parser alone over the same files, `Benchmarks/yamlfloor.c`, -O2, one core) measured in the same run.",
            "RSS is the peak resident set of one more run of `lint --format json` (default jobs); before it reads anything,",
            f"sppctl's resident set is {sppctl_base_rss / 1024:.0f} MiB (`sppctl --version`, mostly the pages of its own code) and the floor's {floor_base_rss / 1024:.1f} MiB.",
            "Inputs: `Benchmarks/generate_fleet.py` (fixed seed).",
            "Reproduce: `make bench` (or `python3 Benchmarks/run.py --sizes 1000,10000,100000 --runs 3`).",
            "",
            "| input | files | MiB | floor | " + " | ".join(label for label, _ in commands) + " | lint RSS |",
            "| --- | ---: | ---: | ---: | " + " | ".join("---:" for _ in commands) + " | ---: |",
        ]
        for name, count, size, floor_time, floor_rss, measured in rows:
            cells = [f"{t:.2f} s ({t / floor_time:.1f}×)" for _, t, _ in measured]
            lint_rss = measured[1][2]
            lines.append(f"| {name} | {count} | {size / 1048576:.1f} | {floor_time:.3f} s | " + " | ".join(cells)
                         + f" | {lint_rss / 1024:.0f} MiB ({lint_rss * 1024 / max(size, 1):.1f}× input) |")
        with open(os.path.join(ROOT, "Benchmarks/results.md"), "w") as handle:
            handle.write("\n".join(lines) + "\n")
        print("\n".join(lines))

    finally:
        if args.keep:
            print(f"inputs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()

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
Each command runs --runs times, each time right after a run of the floor: its ratio to the
floor is the median of those paired ratios, so that a host whose speed drifts while the
benchmark runs (a shared virtual machine can vary threefold within a minute) slows both sides
of each pair alike. Times are medians of the runs; peak RSS comes from /usr/bin/time. The
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


def timed_run(command):
    """The wall time of one run of `command`, which must exit with 0 or 1."""
    start = time.perf_counter()
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    elapsed = time.perf_counter() - start
    if code not in (0, 1):
        sys.exit(f"{' '.join(command)} exited with {code}")
    return elapsed


def peak_rss(command):
    """The peak resident set of one run of `command`, in KiB."""
    timed = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(timed.stderr.strip().splitlines()[-1])


def measure_paired(floor, commands, runs):
    """Runs each of `commands` `runs` times, each run right after a run of `floor`. Returns the
    floor's median time and, for each command, its median time and the median of its paired
    ratios to the floor."""
    floor_times = []
    paired = [([], []) for _ in commands]
    for _ in range(runs):
        for command, (times, ratios) in zip(commands, paired):
            floor_time = timed_run(floor)
            command_time = timed_run(command)
            floor_times.append(floor_time)
            times.append(command_time)
            ratios.append(command_time / floor_time)
    return statistics.median(floor_times), [(statistics.median(times), statistics.median(ratios)) for times, ratios in paired]


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
            floor_time, timings = measure_paired([floor, listing], [base + arguments + [path] for _, arguments in commands], args.runs)
            lint_rss = peak_rss(base + commands[1][1] + [path])
            measured = [(label, t, ratio) for (label, _), (t, ratio) in zip(commands, timings)]
            rows.append((name, len(files), size, floor_time, lint_rss, measured))
            print(name, f"floor {floor_time:.3f}s", " ".join(f"{label} {t:.3f}s ({ratio:.2f}×)" for label, t, ratio in measured), flush=True)

        # What each process holds before it reads anything: most of sppctl's is its own code's pages.
        empty = os.path.join(work, "empty.txt")
        open(empty, "w").close()
        sppctl_base_rss = peak_rss([sppctl, "--version"])
        floor_base_rss = peak_rss([floor, empty])
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
        lines = [
            "# sppctl benchmarks",
            "",
            f"Run {datetime.date.today().isoformat()} at commit {commit}, {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()},",
            f"release build with the Swift libraries linked in (as `make install` builds it). Each time is the median wall time of {args.runs} fresh processes.",
            "Each run of a command came right after a run of the floor (libyaml's event parser alone over the same files, `Benchmarks/yamlfloor.c`, -O2, one core);",
            "× is the median of those paired ratios, so that a host whose speed drifts during the run slows both sides of each pair alike.",
            "RSS is the peak resident set of one more run of `lint --format json` (default jobs); before it reads anything,",
            f"sppctl's resident set is {sppctl_base_rss / 1024:.0f} MiB (`sppctl --version`, mostly the pages of its own code) and the floor's {floor_base_rss / 1024:.1f} MiB.",
            "Inputs: `Benchmarks/generate_fleet.py` (fixed seed).",
            "Reproduce: `make bench` (or `python3 Benchmarks/run.py --sizes 1000,10000,100000 --runs 3`).",
            "",
            "| input | files | MiB | floor | " + " | ".join(label for label, _ in commands) + " | lint RSS |",
            "| --- | ---: | ---: | ---: | " + " | ".join("---:" for _ in commands) + " | ---: |",
        ]
        for name, count, size, floor_time, lint_rss, measured in rows:
            cells = [f"{t:.2f} s ({ratio:.1f}×)" for _, t, ratio in measured]
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

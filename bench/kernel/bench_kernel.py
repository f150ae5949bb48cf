#!/usr/bin/python3
"""NotebookKit's C# kernel vs Python's ipykernel vs dotnet-interactive, measured in one run with jupyter_client.

Every round starts each kernel afresh and measures, in this order: start -> first kernel_info_reply, start ->
first executed result, resident memory after that first trivial cell, the warm round trip of a trivial cell
(p50/p95 over WARM_CELLS after 20 unmeasured), 10,000 printed lines (time and stream messages), warm
completion (p50 over 30 after 5 unmeasured) and the peak resident memory of the whole round. Then a second,
fresh session at a learner's pace: the first result, a PAUSE_S pause (reading it), the 10,000 lines, then
PACED_BURSTS runs of PACED_CELLS trivial cells, each after a PACED_PAUSE_S pause (the p50 of the last run). Rounds
interleave the kernels (A B C, A B C, ...) so a busy machine slows all of them alike; the table reports the
median over rounds with the spread (min-max) and each peer's ratio to NotebookKit.

Run it through run.sh, which builds the kernel and installs the three kernelspecs into a temporary folder.
dotnet-interactive gets no inspect or history requests: it never answers them. With NOTEBOOKKIT_BENCH_BEFORE
set, run.sh also installs that build as `notebookkit-before`, measured as a fourth kernel.
"""
import json
import os
import statistics
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager

CSHARP = {
    "trivial": "1 + 1",
    "lines": "for (var i = 0; i < 10000; i++) Console.WriteLine(i);",
    "complete": ("Console.WriteL", 14),
}
KERNELS = {
    "notebookkit": ("NotebookKit", CSHARP),
    "ipykernel-bench": ("ipykernel", {
        "trivial": "1 + 1",
        "lines": "for i in range(10000): print(i)",
        "complete": ("import os\nos.pa", 15),
    }),
    "dotnet-interactive-bench": ("dotnet-interactive", CSHARP),
}
if os.environ.get("NOTEBOOKKIT_BENCH_BEFORE"):
    KERNELS["notebookkit-before"] = ("NotebookKit (before)", CSHARP)
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
WARM_CELLS = 150
COMPLETIONS = 30
PAUSE_S = 5.0
PACED_BURSTS = 4
PACED_PAUSE_S = 2.0
PACED_CELLS = 40


def run_cell(kc, code, timeout=120):
    """Sends one execute_request; returns (seconds to reply and idle, stream message count)."""
    start = time.perf_counter()
    msg_id = kc.execute(code)
    got_reply = got_idle = False
    streams = 0
    while not (got_reply and got_idle):
        if not got_reply:
            try:
                reply = kc.get_shell_msg(timeout=0.005)
                if reply["parent_header"].get("msg_id") == msg_id:
                    got_reply = True
            except Exception:
                pass
        while True:
            try:
                msg = kc.get_iopub_msg(timeout=0.005 if not got_idle else 0)
            except Exception:
                break
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                streams += 1
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                got_idle = True
                break
        if time.perf_counter() - start > timeout:
            raise TimeoutError(code)
    return time.perf_counter() - start, streams


def memory_mb(pid, field):
    """VmRSS (resident now) or VmHWM (peak resident) of the kernel process, in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(field)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def launch(name):
    km = KernelManager(kernel_name=name)
    # A kernel's own stdout is not the notebook's (dotnet-interactive logs its web host there): keep it out of the table.
    km.start_kernel(stdout=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    return km, kc


def paced_session(name, spec):
    """A fresh kernel at a learner's pace: the first result, a pause to read it, then the first loop cell."""
    km, kc = launch(name)
    try:
        kc.wait_for_ready(timeout=120)
        run_cell(kc, spec["trivial"])
        time.sleep(PAUSE_S)
        lines_paused = run_cell(kc, spec["lines"])[0]
        # Then a learner's rhythm: a few cells in a row, a pause to read them, again; the trivial cell's p50 in the last run of cells.
        for _ in range(PACED_BURSTS):
            time.sleep(PACED_PAUSE_S)
            burst = [run_cell(kc, spec["trivial"])[0] for _ in range(PACED_CELLS)]
        return dict(lines_paused=lines_paused, paced_p50=statistics.median(burst))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def one_round(name, spec):
    """Starts the kernel, measures everything in order, shuts it down; returns a dict of measurements."""
    km = KernelManager(kernel_name=name)
    start = time.perf_counter()
    # A kernel's own stdout is not the notebook's (dotnet-interactive logs its web host there): keep it out of the table.
    km.start_kernel(stdout=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        info = time.perf_counter() - start
        run_cell(kc, spec["trivial"])
        first = time.perf_counter() - start
        pid = km.provisioner.process.pid
        rss_first = memory_mb(pid, "VmRSS")
        for _ in range(20):
            run_cell(kc, spec["trivial"])
        warm = [run_cell(kc, spec["trivial"])[0] for _ in range(WARM_CELLS)]
        lines_time, lines_streams = run_cell(kc, spec["lines"])
        code, cursor = spec["complete"]
        for _ in range(5):
            kc.complete(code, cursor, reply=True, timeout=60)
        completions = []
        for _ in range(COMPLETIONS):
            t = time.perf_counter()
            kc.complete(code, cursor, reply=True, timeout=60)
            completions.append(time.perf_counter() - t)
        return dict(info=info, first=first, rss_first=rss_first, warm_p50=statistics.median(warm),
                    warm_p95=percentile(warm, 95), lines=lines_time, lines_streams=lines_streams,
                    complete_p50=statistics.median(completions), rss_peak=memory_mb(pid, "VmHWM"))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


ROWS = [
    ("start -> kernel_info_reply", "info", 1, "s", 2),
    ("start -> first result", "first", 1, "s", 2),
    ("resident after start + 1 cell", "rss_first", 1, "MB", 0),
    ("warm trivial cell p50", "warm_p50", 1000, "ms", 1),
    ("warm trivial cell p95", "warm_p95", 1000, "ms", 1),
    ("10,000 printed lines", "lines", 1, "s", 3),
    (f"10,000 printed lines, {PAUSE_S:g} s after the first result", "lines_paused", 1, "s", 3),
    (f"trivial cell p50 at a learner's pace ({PACED_CELLS} cells, {PACED_PAUSE_S:g} s pause, x{PACED_BURSTS})", "paced_p50", 1000, "ms", 1),
    ("completion warm p50", "complete_p50", 1000, "ms", 1),
    ("peak resident in the round", "rss_peak", 1, "MB", 0),
]


def cell(values, scale, digits):
    values = [v * scale for v in values]
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def table(results):
    """A markdown table: median (min-max) per kernel, then each peer's median over NotebookKit's."""
    names = list(KERNELS)
    header = ["", *(f"{KERNELS[n][0]}" for n in names), *(f"{KERNELS[n][0]} / NK" for n in names[1:])]
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    for label, key, scale, unit, digits in ROWS:
        medians = {n: statistics.median(r[key] for r in results[n]) for n in names}
        row = [f"{label} ({unit})", *(cell([r[key] for r in results[n]], scale, digits) for n in names)]
        nk = medians["notebookkit"]
        row += [f"{medians[n] / nk:.2f}" if nk else "-" for n in names[1:]]
        lines.append("| " + " | ".join(row) + " |")
    streams = [str(results[n][-1]["lines_streams"]) for n in names]
    lines.append("| stream messages for 10,000 lines | " + " | ".join(streams) + " |" + " |" * (len(names) - 1))
    return "\n".join(lines)


def main():
    results = {name: [] for name in KERNELS}
    load_before = os.getloadavg()
    for round_number in range(ROUNDS):
        for name, (label, spec) in KERNELS.items():
            results[name].append(one_round(name, spec) | paced_session(name, spec))
            print(f"round {round_number + 1}: {label}: " + json.dumps(
                {k: round(v, 4) for k, v in results[name][-1].items()}), file=sys.stderr, flush=True)
    load_after = os.getloadavg()
    print(f"{ROUNDS} interleaved round(s), {os.cpu_count()} cores, load average "
          f"{load_before[0]:.1f} at start, {load_after[0]:.1f} at end. Median (min-max) over rounds; "
          "a ratio above 1 means the peer takes longer (or more memory) than NotebookKit.\n")
    print(table(results))
    print("\n" + json.dumps(results))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""NotebookKit's C# kernel vs Python's ipykernel, measured in the same run with jupyter_client.

Measures, for each kernel: cold start (process start -> first kernel_info_reply, and -> first executed
result), warm round trip of a trivial cell (p50/p95 over 200), 10,000 printed lines (time and number of
stream messages), and warm completion (p50 over 50). Rounds of the two kernels are interleaved so a
busy machine slows both alike. Run it through run.sh, which builds the kernel and installs both specs.
"""
import json
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

KERNELS = {
    "notebookkit": {
        "trivial": "1 + 1",
        "lines": "for (var i = 0; i < 10000; i++) Console.WriteLine(i);",
        "complete": ("Console.WriteL", 14),
    },
    "ipykernel-bench": {
        "trivial": "1 + 1",
        "lines": "for i in range(10000): print(i)",
        "complete": ("import os\nos.pa", 15),
    },
}
COLD_ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
WARM_CELLS = 200


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


def cold(name):
    km = KernelManager(kernel_name=name)
    start = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    info = time.perf_counter() - start
    run_cell(kc, KERNELS[name]["trivial"])
    first = time.perf_counter() - start
    return km, kc, info, first


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    results = {name: {"info": [], "first": []} for name in KERNELS}
    for _ in range(COLD_ROUNDS):
        for name in KERNELS:
            km, kc, info, first = cold(name)
            results[name]["info"].append(info)
            results[name]["first"].append(first)
            kc.stop_channels()
            km.shutdown_kernel(now=False)
    for name, spec in KERNELS.items():
        km, kc, _, _ = cold(name)
        for _ in range(20):
            run_cell(kc, spec["trivial"])
        warm = [run_cell(kc, spec["trivial"])[0] for _ in range(WARM_CELLS)]
        lines_time, lines_streams = run_cell(kc, spec["lines"])
        code, cursor = spec["complete"]
        for _ in range(5):
            kc.complete(code, cursor, reply=True, timeout=60)
        completions = []
        for _ in range(50):
            t = time.perf_counter()
            kc.complete(code, cursor, reply=True, timeout=60)
            completions.append(time.perf_counter() - t)
        results[name].update(warm_p50=statistics.median(warm), warm_p95=percentile(warm, 95),
                             lines=lines_time, lines_streams=lines_streams,
                             complete_p50=statistics.median(completions))
        kc.stop_channels()
        km.shutdown_kernel(now=False)

    print(f"{'':34}{'NotebookKit (C#)':>18}{'ipykernel':>14}{'ratio':>8}")
    nk, py = results["notebookkit"], results["ipykernel-bench"]
    rows = [
        ("cold start -> kernel_info_reply (s)", statistics.median(nk["info"]), statistics.median(py["info"]), 1),
        ("cold start -> first result (s)", statistics.median(nk["first"]), statistics.median(py["first"]), 1),
        ("warm trivial cell p50 (ms)", nk["warm_p50"], py["warm_p50"], 1000),
        ("warm trivial cell p95 (ms)", nk["warm_p95"], py["warm_p95"], 1000),
        ("10,000 printed lines (s)", nk["lines"], py["lines"], 1),
        ("completion warm p50 (ms)", nk["complete_p50"], py["complete_p50"], 1000),
    ]
    for label, a, b, scale in rows:
        print(f"{label:34}{a * scale:>18.3f}{b * scale:>14.3f}{a / b:>8.2f}")
    print(f"{'stream messages for 10,000 lines':34}{nk['lines_streams']:>18}{py['lines_streams']:>14}")
    print(f"(cold start: median of {COLD_ROUNDS} interleaved rounds; ratio < 1 means NotebookKit is faster)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

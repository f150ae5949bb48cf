"""Shared by the Python peers: the same data, the same workloads, the same timing and report format
as the NotebookKit side of the benchmark (bench/NotebookKit.Bench)."""
import gzip
import json
import os
import statistics
import struct
import sys
import time

import numpy as np

FASHION = os.environ.get("FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")

# name -> (samples per run, epochs, batch size); the NotebookKit side uses the same table.
WORKLOADS = {
    "mlp": dict(samples=60000, epochs=1, batch=64),
    "cnn": dict(samples=10000, epochs=1, batch=64),
    "tiny": dict(samples=1000, epochs=100, batch=32),
}
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))  # the C# orchestrator runs rounds itself


def read_idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    zero, dtype, ndim = struct.unpack(">HBB", raw[:4])
    if zero != 0 or dtype != 8:
        raise ValueError(f"{path}: not an unsigned-byte IDX file")
    dims = struct.unpack(">" + "I" * ndim, raw[4:4 + 4 * ndim])
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * ndim).reshape(dims)


def fashion_train(count):
    """The first `count` training images as float32 rows in [0, 1], labels one-hot (float32)."""
    x = read_idx(os.path.join(FASHION, "train-images-idx3-ubyte.gz"))[:count]
    labels = read_idx(os.path.join(FASHION, "train-labels-idx1-ubyte.gz"))[:count]
    x = (x.reshape(count, 28 * 28).astype(np.float32) / np.float32(255))
    y = np.zeros((count, 10), np.float32)
    y[np.arange(count), labels] = 1
    return x, y


def binary_task(count, seed=42):
    """The seeds' 2-D task: x uniform in the unit square, label x1 + x2 > 1."""
    rng = np.random.default_rng(seed)
    x = rng.random((count, 2)).astype(np.float32)
    y = (x[:, :1] + x[:, 1:] > 1).astype(np.float32)
    return x, y


def blas_in_use():
    """The BLAS / OpenMP libraries actually mapped into this process (not what the build claims)."""
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            name = os.path.basename(path)
            if any(key in name for key in ("blas", "mkl", "gomp", "omp")):
                libs.add(os.path.relpath(path, "/usr/lib/x86_64-linux-gnu") if path.startswith("/usr/lib/x86_64-linux-gnu") else path)
    return ", ".join(sorted(libs)) or "none found"


def measure(peer, threads, model, train_once, blas):
    """Runs train_once() REPEATS times (fresh model each time) and prints one JSON line with the median."""
    work = WORKLOADS[model]
    seconds, cpu = [], []
    for _ in range(REPEATS):
        start, start_cpu = time.perf_counter(), time.process_time()
        train_once()
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    median = statistics.median(seconds)
    samples = work["samples"] * work["epochs"]
    steps = -(-work["samples"] // work["batch"]) * work["epochs"]
    print(json.dumps(dict(
        peer=peer, threads=threads, model=model, seconds=seconds, median_seconds=median,
        cpu_seconds=cpu, median_cpu_seconds=statistics.median(cpu),
        samples_per_second=samples / median, microseconds_per_step=1e6 * median / steps, blas=blas,
        coretype=os.environ.get("OPENBLAS_CORETYPE", "(auto)"))), flush=True)


def models_from_argv():
    wanted = sys.argv[1:] or list(WORKLOADS)
    unknown = [m for m in wanted if m not in WORKLOADS]
    if unknown:
        sys.exit(f"unknown model(s) {unknown}; choose from {list(WORKLOADS)}")
    return wanted

"""Shared by the Python peers: the same data, the same workloads, the same timing and report format
as the NotebookKit side of the benchmark (bench/NotebookKit.Bench)."""
import gzip
import json
import os
import struct
import sys
import time

import numpy as np

FASHION = os.environ.get("FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")

# name -> samples, epochs, batch size, and what is timed: "best" = the fastest epoch (the first pays for warm-up),
# "all" = every epoch together. The NotebookKit side uses the same table (bench/NotebookKit.Bench/Workload.cs).
WORKLOADS = {
    "mlp": dict(samples=60000, epochs=1, batch=64, timed="all"),
    "cnn": dict(samples=10000, epochs=2, batch=64, timed="best"),
    "tiny": dict(samples=1000, epochs=100, batch=32, timed="all"),
}


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


def openblas_core():
    """The kernel the mapped OpenBLAS chose (OPENBLAS_CORETYPE overrides its CPU detection), or '?'."""
    import ctypes
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "openblas" in line.split()[-1]})
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
            lib.openblas_get_corename.restype = ctypes.c_char_p
            return lib.openblas_get_corename().decode().strip()
        except (OSError, AttributeError):
            continue
    return "?"


class EpochClock:
    """Wall and CPU seconds of each epoch: call begin() and end() around every epoch."""

    def __init__(self):
        self.epochs = []
        self.losses = []

    def begin(self):
        self.start = (time.perf_counter(), time.process_time())

    def end(self, loss=None):
        self.epochs.append((time.perf_counter() - self.start[0], time.process_time() - self.start[1]))
        if loss is not None:
            self.losses.append(loss)


def measure(peer, threads, model, train_once, blas):
    """Runs train_once(clock) once (a fresh model) and prints one JSON line with what the workload times."""
    work = WORKLOADS[model]
    clock = EpochClock()
    train_once(clock)
    if len(clock.epochs) != work["epochs"]:
        sys.exit(f"{peer} {model}: timed {len(clock.epochs)} epochs, expected {work['epochs']}")
    if work["timed"] == "best":
        seconds, cpu = min(clock.epochs)
        samples = work["samples"]
    else:
        seconds, cpu = sum(e[0] for e in clock.epochs), sum(e[1] for e in clock.epochs)
        samples = work["samples"] * work["epochs"]
    print(json.dumps(dict(
        peer=peer, threads=threads, model=model, seconds=seconds, cpu_seconds=cpu, samples=samples,
        epochs=clock.epochs, loss=[repr(l) for l in clock.losses], blas=blas, openblas_core=openblas_core(),
        environment={k: os.environ.get(k, "(unset)") for k in
                     ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")})),
        flush=True)


def models_from_argv(args):
    wanted = args or list(WORKLOADS)
    unknown = [m for m in wanted if m not in WORKLOADS]
    if unknown:
        sys.exit(f"unknown model(s) {unknown}; choose from {list(WORKLOADS)}")
    return wanted

"""PyTorch peer: the benchmark's three models as nn.Sequential, float32, Adam, the usual training loop
(batches sliced from tensors, no DataLoader). Usage: python3 torch_peer.py THREADS [mlp] [cnn] [tiny]."""
import sys

import numpy as np
import torch
from torch import nn

import common


def train(model, x, y, epochs, batch, lr, loss_fn, seed=0):
    generator = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr, eps=1e-7)
    n = x.shape[0]
    for _ in range(epochs):
        order = torch.randperm(n, generator=generator)
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            optimizer.step()


def main():
    threads = int(sys.argv[1])
    torch.set_num_threads(threads)
    sys.argv = [sys.argv[0]] + sys.argv[2:]
    for model_name in common.models_from_argv():
        work = common.WORKLOADS[model_name]
        if model_name == "mlp":
            x, y = common.fashion_train(work["samples"])
            x, labels = torch.from_numpy(x), torch.from_numpy(y.argmax(axis=1))

            def once():
                torch.manual_seed(1)
                model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))
                train(model, x, labels, work["epochs"], work["batch"], 1e-3, nn.CrossEntropyLoss())
        elif model_name == "cnn":
            x, y = common.fashion_train(work["samples"])
            x, labels = torch.from_numpy(x.reshape(-1, 1, 28, 28)), torch.from_numpy(y.argmax(axis=1))

            def once():
                torch.manual_seed(1)
                model = nn.Sequential(
                    nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
                    nn.Conv2d(8, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
                    nn.Flatten(), nn.Linear(16 * 5 * 5, 10))
                train(model, x, labels, work["epochs"], work["batch"], 1e-3, nn.CrossEntropyLoss())
        else:
            x, y = common.binary_task(work["samples"])
            x, y = torch.from_numpy(x), torch.from_numpy(y)

            def once():
                torch.manual_seed(1)
                model = nn.Sequential(nn.Linear(2, 5), nn.ReLU(), nn.Linear(5, 1), nn.Sigmoid())
                train(model, x, y, work["epochs"], work["batch"], 1e-2, nn.BCELoss())
        with torch.no_grad():
            torch.ones(256, 256) @ torch.ones(256, 256)  # so the BLAS in use is mapped before we look
        common.measure("pytorch", threads, model_name, once,
                       f"PyTorch {torch.__version__} (mkldnn for conv): {common.blas_in_use()}")


if __name__ == "__main__":
    main()

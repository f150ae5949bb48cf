"""PyTorch peer: the benchmark's three models as a user writes them — nn.Sequential, xavier-uniform weights and zero
biases, Adam, batches cut from a torch.randperm order by indexing the tensors (no DataLoader), zero_grad / backward /
step. Usage: python3 torch_peer.py THREADS [mlp] [cnn] [tiny]   (THREADS goes to torch.set_num_threads)."""
import sys

import torch
from torch import nn

import common


def xavier(model):
    for layer in model:
        if isinstance(layer, (nn.Linear, nn.Conv2d)):
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)
    return model


def train(model, x, y, work, lr, loss_fn, clock):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    n, batch = x.shape[0], work["batch"]
    for _ in range(work["epochs"]):
        clock.begin()
        order = torch.randperm(n)
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            optimizer.zero_grad()
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            optimizer.step()
        clock.end()


def build(model_name):
    if model_name == "mlp":
        return nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))
    if model_name == "cnn":
        return nn.Sequential(
            nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(16 * 5 * 5, 10))
    return nn.Sequential(nn.Linear(2, 5), nn.ReLU(), nn.Linear(5, 1))


def main():
    threads = int(sys.argv[1])
    torch.set_num_threads(threads)
    for model_name in common.models_from_argv(sys.argv[2:]):
        work = common.WORKLOADS[model_name]
        if model_name == "tiny":
            x, y = common.binary_task(work["samples"])
            x, y = torch.from_numpy(x), torch.from_numpy(y)
            lr, loss_fn = 1e-2, nn.BCEWithLogitsLoss()
        else:
            x, y = common.fashion_train(work["samples"])
            x, y = torch.from_numpy(x), torch.from_numpy(y.argmax(axis=1))
            if model_name == "cnn":
                x = x.reshape(-1, 1, 28, 28)
            lr, loss_fn = 1e-3, nn.CrossEntropyLoss()

        def once(clock):
            torch.manual_seed(1)
            train(xavier(build(model_name)), x, y, work, lr, loss_fn, clock)

        common.measure("pytorch", threads, model_name, once,
                       f"PyTorch {torch.__version__}, {torch.__config__.parallel_info().splitlines()[-1].strip()}: "
                       f"{common.blas_in_use()}")


if __name__ == "__main__":
    main()

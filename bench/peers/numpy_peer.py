"""Hand-written NumPy peer: the benchmark's three models, float32, forward and backward by hand, Adam.
Usage: python3 numpy_peer.py THREADS [mlp] [cnn] [tiny]   (THREADS is a label: OPENBLAS_NUM_THREADS, set by the
caller before NumPy loads, is what sets the BLAS threads). Like the other contestants, the first layer does not
compute the gradient of its input (nobody needs it), and every step computes the batch loss for the epoch's mean, as
NotebookKit's History does."""
import sys

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

import common


class Dense:
    def __init__(self, rng, n_in, n_out, he=True):
        scale = np.sqrt(2.0 / n_in) if he else np.sqrt(2.0 / (n_in + n_out))
        self.W = (rng.standard_normal((n_in, n_out)) * scale).astype(np.float32)
        self.b = np.zeros(n_out, np.float32)
        self.params = [self.W, self.b]

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, dz, need_input_gradient=True):
        self.grads = [self.x.T @ dz, dz.sum(axis=0)]
        return dz @ self.W.T if need_input_gradient else None


class ReLU:
    params = []

    def forward(self, z):
        self.mask = z > 0
        return z * self.mask

    def backward(self, da, need_input_gradient=True):
        self.grads = []
        return da * self.mask


class Conv3x3:
    """Valid 3×3 convolution on NHWC images: im2col + one matrix product."""

    def __init__(self, rng, channels, filters):
        fan_in = 9 * channels
        self.W = (rng.standard_normal((fan_in, filters)) * np.sqrt(2.0 / fan_in)).astype(np.float32)
        self.b = np.zeros(filters, np.float32)
        self.params = [self.W, self.b]

    def forward(self, x):
        n, h, w, c = x.shape
        self.shape = x.shape
        windows = sliding_window_view(x, (3, 3), axis=(1, 2))          # n, h-2, w-2, c, 3, 3
        self.cols = np.ascontiguousarray(windows).reshape(n * (h - 2) * (w - 2), c * 9)
        z = self.cols @ self.W + self.b
        return z.reshape(n, h - 2, w - 2, -1)

    def backward(self, dz, need_input_gradient=True):
        n, h, w, c = self.shape
        dz2 = dz.reshape(-1, dz.shape[-1])
        self.grads = [self.cols.T @ dz2, dz2.sum(axis=0)]
        if not need_input_gradient:
            return None
        dcols = (dz2 @ self.W.T).reshape(n, h - 2, w - 2, c, 3, 3)
        dx = np.zeros(self.shape, np.float32)
        for i in range(3):
            for j in range(3):
                dx[:, i:i + h - 2, j:j + w - 2, :] += dcols[..., i, j]
        return dx


class MaxPool2:
    params = []

    def forward(self, x):
        n, h, w, c = x.shape
        self.shape = x.shape
        h2, w2 = h // 2, w // 2
        r = x[:, :2 * h2, :2 * w2, :].reshape(n, h2, 2, w2, 2, c)
        out = r.max(axis=(2, 4))
        self.mask = r == out[:, :, None, :, None, :]
        return out

    def backward(self, dout, need_input_gradient=True):
        n, h, w, c = self.shape
        h2, w2 = h // 2, w // 2
        self.grads = []
        dr = self.mask * dout[:, :, None, :, None, :]
        dx = np.zeros(self.shape, np.float32)
        dx[:, :2 * h2, :2 * w2, :] = dr.reshape(n, 2 * h2, 2 * w2, c)
        return dx


class Flatten:
    params = []

    def forward(self, x):
        self.shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, d, need_input_gradient=True):
        self.grads = []
        return d.reshape(self.shape)


class Adam:
    def __init__(self, params, lr, beta1=0.9, beta2=0.999, eps=1e-7):
        self.params, self.lr, self.beta1, self.beta2, self.eps, self.t = params, lr, beta1, beta2, eps, 0
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]

    def step(self, grads):
        self.t += 1
        correction1 = 1 - self.beta1 ** self.t
        correction2 = 1 - self.beta2 ** self.t
        step_size = self.lr * np.sqrt(correction2) / correction1
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.beta1
            m += (1 - self.beta1) * g
            v *= self.beta2
            v += (1 - self.beta2) * (g * g)
            p -= step_size * m / (np.sqrt(v) + self.eps)


def train(layers, x, y, work, lr, output, clock, seed=0):
    rng = np.random.default_rng(seed)
    params = [p for layer in layers for p in layer.params]
    adam = Adam(params, lr)
    n, batch = x.shape[0], work["batch"]
    for _ in range(work["epochs"]):
        clock.begin()
        order = rng.permutation(n)
        loss_sum = 0.0
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            a, t = x[idx], y[idx]
            for layer in layers:
                a = layer.forward(a)
            if output == "softmax":   # fused softmax + cross-entropy: dL/dZ = (p − y) / m
                e = np.exp(a - a.max(axis=1, keepdims=True))
                p = e / e.sum(axis=1, keepdims=True)
                loss = -np.sum(t * np.log(np.maximum(p, 1e-7))) / len(idx)
            else:                     # fused sigmoid + binary cross-entropy: dL/dZ = (p − y) / m
                p = 1 / (1 + np.exp(-a))
                q = np.clip(p, 1e-7, 1 - 1e-7)
                loss = -np.sum(t * np.log(q) + (1 - t) * np.log(1 - q)) / len(idx)
            # The epoch's mean loss, as every contestant reports it (NotebookKit's History, PyTorch's loss tensor).
            loss_sum += float(loss) * len(idx)
            d = (p - t) / np.float32(len(idx))
            for i in range(len(layers) - 1, -1, -1):
                d = layers[i].backward(d, need_input_gradient=i > 0)
            adam.step([g for layer in layers for g in layer.grads])
        clock.end(loss=loss_sum / n)


def main():
    threads = int(sys.argv[1])
    for model in common.models_from_argv(sys.argv[2:]):
        work = common.WORKLOADS[model]
        if model == "mlp":
            x, y = common.fashion_train(work["samples"])

            def once(clock):
                rng = np.random.default_rng(1)
                layers = [Dense(rng, 784, 128), ReLU(), Dense(rng, 128, 64), ReLU(), Dense(rng, 64, 10, he=False)]
                train(layers, x, y, work, 1e-3, "softmax", clock)
        elif model == "cnn":
            x, y = common.fashion_train(work["samples"])
            x = x.reshape(-1, 28, 28, 1)

            def once(clock):
                rng = np.random.default_rng(1)
                layers = [Conv3x3(rng, 1, 8), ReLU(), MaxPool2(), Conv3x3(rng, 8, 16), ReLU(), MaxPool2(),
                          Flatten(), Dense(rng, 5 * 5 * 16, 10, he=False)]
                train(layers, x, y, work, 1e-3, "softmax", clock)
        else:
            x, y = common.binary_task(work["samples"])

            def once(clock):
                rng = np.random.default_rng(1)
                layers = [Dense(rng, 2, 5), ReLU(), Dense(rng, 5, 1, he=False)]
                train(layers, x, y, work, 1e-2, "sigmoid", clock)
        common.measure("numpy", threads, model, once, f"NumPy {np.__version__}: {common.blas_in_use()}")


if __name__ == "__main__":
    main()

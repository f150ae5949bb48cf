using NotebookKit.Localization;

namespace NotebookKit.Exercises;

/// <summary>Lesson 03's checks; the reference answers and the SGD inspection stay here, out of the learner's sight.</summary>
public static class Lesson03
{
    /// <summary>Exercise 1: the MSE of the lesson's p against t.</summary>
    public static CheckResult CheckMse(double mse)
    {
        double[] p = [2.5, 0.0, 2.1, 7.8], t = [3.0, -0.5, 2.0, 7.0];
        return Check.Close(mse, p.Zip(t, (a, b) => (a - b) * (a - b)).Average(),
            hint: KitText.Get("Lesson03_Mse_Hint"),
            hint2: KitText.Get("Lesson03_Mse_Hint2"), what: KitText.Get("Lesson03_Mse_What"));
    }

    /// <summary>Exercise 2: the binary cross-entropy of ŷ = 0.8 for a label y = 0.</summary>
    public static CheckResult CheckBce(double bce) =>
        Check.Close(bce, -Math.Log(1 - 0.8),
            hint: KitText.Get("Lesson03_Bce_Hint"),
            hint2: KitText.Get("Lesson03_Bce_Hint2"), what: KitText.Get("Lesson03_Bce_What"));

    /// <summary>Exercise 3: the largest learning rate for which descent on w₁² + 5w₂² converges.</summary>
    public static CheckResult CheckLargestStableEta(double etaMax) =>
        Check.Close(etaMax, 2.0 / 10.0,
            hint: KitText.Get("Lesson03_Eta_Hint"),
            hint2: KitText.Get("Lesson03_Eta_Hint2"), what: KitText.Get("Lesson03_Eta_What"));

    /// <summary>
    /// Exercise 4: runs the learner's loop on a small problem with a recording gradient and checks, one line each,
    /// the four parts of SGD: epochs × batches steps, every sample once per epoch, a new order every epoch, and the step.
    /// </summary>
    public static CheckResult[] CheckSgdLoop(MiniBatchSgdFunction sgd)
    {
        const int n = 10, batchSize = 3, epochs = 3;
        const double eta = 0.1;
        var batches = new List<int[]>();
        var gradients = new List<double[]>();
        double[] Gradient(int[] batch, double[] w)
        {
            batches.Add((int[])batch.Clone());
            // The mean of (w·xᵢ − yᵢ)·xᵢ for xᵢ = (1, i), yᵢ = i: least squares on a line, one row per sample.
            var g = new double[2];
            foreach (var i in batch)
            {
                var error = w[0] + w[1] * i - i;
                g[0] += error / batch.Length;
                g[1] += error * i / batch.Length;
            }
            gradients.Add(g);
            return g;
        }
        var w0 = new[] { 0.5, -0.5 };
        var w = sgd((double[])w0.Clone(), n, Gradient, batchSize, eta, epochs, new Random(7));

        var stepsPerEpoch = (n + batchSize - 1) / batchSize;
        var expectedSizes = Enumerable.Range(0, epochs * stepsPerEpoch).Select(k => Math.Min(batchSize, n - k % stepsPerEpoch * batchSize));
        var epochOrders = Enumerable.Range(0, epochs)
            .Select(e => batches.Skip(e * stepsPerEpoch).Take(stepsPerEpoch).SelectMany(b => b).ToArray()).ToArray();
        var everyOnce = batches.Count == epochs * stepsPerEpoch && epochOrders.All(o => o.Order().SequenceEqual(Enumerable.Range(0, n)));
        var shuffled = everyOnce && epochOrders.Distinct(new OrderComparer()).Count() == epochs
            && !epochOrders.Any(o => o.SequenceEqual(Enumerable.Range(0, n)));

        var replay = (double[])w0.Clone();
        foreach (var g in gradients)
            for (var j = 0; j < replay.Length; j++) replay[j] -= eta * g[j];

        return
        [
            Check.That(batches.Select(b => b.Length).SequenceEqual(expectedSizes),
                hint: KitText.Get("Lesson03_SgdSteps_Hint"),
                hint2: KitText.Get("Lesson03_SgdSteps_Hint2"), what: KitText.Get("Lesson03_SgdSteps_What")),
            Check.That(everyOnce, hint: KitText.Get("Lesson03_SgdEveryOnce_Hint"),
                hint2: KitText.Get("Lesson03_SgdEveryOnce_Hint2"), what: KitText.Get("Lesson03_SgdEveryOnce_What")),
            Check.That(shuffled, hint: KitText.Get("Lesson03_SgdShuffled_Hint"),
                hint2: KitText.Get("Lesson03_SgdShuffled_Hint2"), what: KitText.Get("Lesson03_SgdShuffled_What")),
            gradients.Count == 0
                ? Check.That(false, hint: KitText.Get("Lesson03_SgdNoStep_Hint"), what: KitText.Get("Lesson03_SgdUpdate_What"))
                : Check.Close(w, replay, tol: 1e-12,
                    hint: KitText.Get("Lesson03_SgdUpdate_Hint"),
                    hint2: KitText.Get("Lesson03_SgdUpdate_Hint2"), what: KitText.Get("Lesson03_SgdUpdate_What")),
        ];
    }

    private sealed class OrderComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x is not null && y is not null && x.SequenceEqual(y);
        public int GetHashCode(int[] order) => order.Aggregate(17, (h, i) => h * 31 + i);
    }
}

namespace NotebookKit.Exercises;

/// <summary>
/// The signature of lesson 03's mini-batch SGD exercise: start from <c>w0</c>, make <c>epochs</c> passes over the
/// <c>n</c> samples in a fresh random order each time, and step <c>w ← w − η·gradient(batch, w)</c> once per batch.
/// </summary>
public delegate double[] MiniBatchSgdFunction(double[] w0, int n, Func<int[], double[], double[]> gradient, int batchSize, double eta, int epochs, Random rng);

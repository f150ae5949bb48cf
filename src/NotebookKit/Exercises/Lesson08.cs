using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Exercises;

/// <summary>
/// The checks of lesson 08 (generalization): the L2 penalty, the learner's dropout forward and backward against
/// the library's <see cref="Dropout{T}"/> with the same mask, and the horizontal flip — references kept here.
/// </summary>
public static class Lesson08
{
    /// <summary>Exercise 1: λ/2·‖W‖² of the lesson's 2×2 matrix with λ = 0.01.</summary>
    public static CheckResult CheckL2Penalty(double penalty, Matrix<double> W, double lambda = 0.01)
    {
        ArgumentNullException.ThrowIfNull(W);
        return Check.Close(penalty, lambda / 2 * W.Enumerate().Sum(w => w * w), hint: "square every weight and add them up, then multiply by λ/2",
            what: "L2 penalty", hint2: "λ/2, not λ: the ½ makes the gradient exactly λ·W");
    }

    /// <summary>
    /// Exercise 2: the learner's inverted dropout, forward then backward, against the library's Dropout layer on
    /// a 6×10 batch: the library draws the mask, the learner's functions receive it (1 = kept, 0 = dropped).
    /// </summary>
    public static CheckResult[] CheckDropout(Func<Matrix<double>, Matrix<double>, double, Matrix<double>> forward,
        Func<Matrix<double>, Matrix<double>, double, Matrix<double>> backward)
    {
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(backward);
        const double p = 0.4;
        var random = new Random(8);
        var layer = new Dropout<double>(p);
        layer.Build(new Shape(10), seed: 3);
        // Inputs away from 0, so a zero in the output can only be a dropped unit.
        var A = Matrix<double>.Build.Dense(6, 10, (_, _) => (0.5 + random.NextDouble()) * (random.Next(2) * 2 - 1));
        var dA = Matrix<double>.Build.Dense(6, 10, (_, _) => random.NextDouble() * 2 - 1);
        var libraryOut = layer.Forward(A, training: true).Clone();
        var libraryGradient = layer.Backward(dA).Clone();
        var mask = libraryOut.Map(v => v == 0 ? 0.0 : 1.0);
        var results = new List<CheckResult>();

        const string forwardWhat = "dropout forward = the library's Dropout with the same mask";
        const string forwardHint = "keep A where the mask is 1, zero elsewhere — then make up for the dropped units";
        const string forwardHint2 = "divide the kept values by 1 − p, so the expected activation stays A";
        if (!LearnerCode.TryRun(() => forward(A.Clone(), mask.Clone(), p), out var ours, out string error))
            results.Add(LearnerCode.Threw(forwardWhat, error, forwardHint, forwardHint2));
        else
            results.Add(Check.Matrix(ours, libraryOut, tol: 1e-12, hint: forwardHint, what: forwardWhat, hint2: forwardHint2));

        const string backwardWhat = "dropout backward = the library's Dropout with the same mask";
        const string backwardHint = "the forward pass multiplies each unit by a constant: the gradient is multiplied by the same constant";
        const string backwardHint2 = "dL/dX = dL/dA ⊙ mask / (1 − p): dropped units pass no gradient";
        if (!LearnerCode.TryRun(() => backward(dA.Clone(), mask.Clone(), p), out var ourGradient, out error))
            results.Add(LearnerCode.Threw(backwardWhat, error, backwardHint, backwardHint2));
        else
            results.Add(Check.Matrix(ourGradient, libraryGradient, tol: 1e-12, hint: backwardHint, what: backwardWhat, hint2: backwardHint2));
        return [.. results];
    }

    /// <summary>Exercise 3: the horizontal flip of an 8×8 image stored as 64 values, row after row.</summary>
    public static CheckResult CheckFlip(Func<float[], float[]> flip)
    {
        ArgumentNullException.ThrowIfNull(flip);
        const string what = "horizontal flip";
        const string hint = "row r stays row r; column c comes from column 7 − c";
        const string hint2 = "pixel (r, c) is at index 8·r + c";
        var probe = Enumerable.Range(0, 64).Select(p => (float)p).ToArray();
        if (!LearnerCode.TryRun(() => flip((float[])probe.Clone()), out var flipped, out string error))
            return LearnerCode.Threw(what, error, hint, hint2);
        return Check.Close(flipped?.Select(v => (double)v).ToArray(), Enumerable.Range(0, 64).Select(p => (double)(p / 8 * 8 + 7 - p % 8)).ToArray(),
            hint: hint, what: what, hint2: hint2);
    }
}

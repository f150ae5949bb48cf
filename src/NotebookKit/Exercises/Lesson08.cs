using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Localization;

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
        return Check.Close(penalty, lambda / 2 * W.Enumerate().Sum(w => w * w), hint: KitText.Get("Lesson08_L2_Hint"),
            what: KitText.Get("Lesson08_L2_What"), hint2: KitText.Get("Lesson08_L2_Hint2"));
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

        string forwardWhat = KitText.Get("Lesson08_DropoutForward_What");
        string forwardHint = KitText.Get("Lesson08_DropoutForward_Hint");
        string forwardHint2 = KitText.Get("Lesson08_DropoutForward_Hint2");
        if (!LearnerCode.TryRun(() => forward(A.Clone(), mask.Clone(), p), out var ours, out string error))
            results.Add(LearnerCode.Threw(forwardWhat, error, forwardHint, forwardHint2));
        else
            results.Add(Check.Matrix(ours, libraryOut, tol: 1e-12, hint: forwardHint, what: forwardWhat, hint2: forwardHint2));

        string backwardWhat = KitText.Get("Lesson08_DropoutBackward_What");
        string backwardHint = KitText.Get("Lesson08_DropoutBackward_Hint");
        string backwardHint2 = KitText.Get("Lesson08_DropoutBackward_Hint2");
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
        string what = KitText.Get("Lesson08_Flip_What");
        string hint = KitText.Get("Lesson08_Flip_Hint");
        string hint2 = KitText.Get("Lesson08_Flip_Hint2");
        var probe = Enumerable.Range(0, 64).Select(p => (float)p).ToArray();
        if (!LearnerCode.TryRun(() => flip((float[])probe.Clone()), out var flipped, out string error))
            return LearnerCode.Threw(what, error, hint, hint2);
        return Check.Close(flipped?.Select(v => (double)v).ToArray(), Enumerable.Range(0, 64).Select(p => (double)(p / 8 * 8 + 7 - p % 8)).ToArray(),
            hint: hint, what: what, hint2: hint2);
    }
}

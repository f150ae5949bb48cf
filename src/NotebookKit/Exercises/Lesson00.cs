using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Localization;

namespace NotebookKit.Exercises;

/// <summary>Lesson 00's checks. The reference answers are computed here, out of the learner's sight.</summary>
public static class Lesson00
{
    private static readonly double[] U = [1.0, -2.0, 0.5];
    private static readonly double[] V = [4.0, 1.0, 2.0];

    /// <summary>Exercise 1: the dot product of the lesson's u and v.</summary>
    public static CheckResult CheckDot(double dot) =>
        Check.Close(dot, U.Zip(V, (a, b) => a * b).Sum(),
            hint: KitText.Get("Lesson00_Dot_Hint"),
            hint2: KitText.Get("Lesson00_Dot_Hint2"), what: KitText.Get("Lesson00_Dot_What"));

    /// <summary>Exercise 2: the 3×2 matrix whose row i is (i, i²).</summary>
    public static CheckResult CheckFeatures(Matrix<double>? features) =>
        Check.Matrix(features, Matrix<double>.Build.Dense(3, 2, (i, j) => Math.Pow(i, j + 1)),
            hint: KitText.Get("Lesson00_Features_Hint"),
            hint2: KitText.Get("Lesson00_Features_Hint2"), what: KitText.Get("Lesson00_Features_What"));
}

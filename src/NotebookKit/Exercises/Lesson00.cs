using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>Lesson 00's checks. The reference answers are computed here, out of the learner's sight.</summary>
public static class Lesson00
{
    private static readonly double[] U = [1.0, -2.0, 0.5];
    private static readonly double[] V = [4.0, 1.0, 2.0];

    /// <summary>Exercise 1: the dot product of the lesson's u and v.</summary>
    public static CheckResult CheckDot(double dot) =>
        Check.Close(dot, U.Zip(V, (a, b) => a * b).Sum(),
            hint: "multiply the vectors entry by entry, then add the products",
            hint2: "a loop over i adding u[i] * v[i] does it; so does u.DotProduct(v)", what: "u · v");

    /// <summary>Exercise 2: the 3×2 matrix whose row i is (i, i²).</summary>
    public static CheckResult CheckFeatures(Matrix<double>? features) =>
        Check.Matrix(features, Matrix<double>.Build.Dense(3, 2, (i, j) => Math.Pow(i, j + 1)),
            hint: "three rows (samples), two columns (features); row i holds i, then i squared",
            hint2: "the function (i, j) => … gets the row i and the column j: return i when j is 0, i·i when j is 1", what: "features");
}

using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Localization;

namespace NotebookKit.Exercises;

/// <summary>Lesson 04's checks. The Dense backward is judged by a gradient check (central differences), not by a reference backward.</summary>
public static class Lesson04
{
    /// <summary>Exercise 1: dZ = dA ⊙ σ′ for the lesson's sigmoid outputs A and upstream dA.</summary>
    public static CheckResult CheckSigmoidDz(Matrix<double>? dZ)
    {
        var a = Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, 0.9 }, { 0.5, 0.7 } });
        var dA = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -2.0 }, { 0.5, 3.0 } });
        return Check.Matrix(dZ, dA.PointwiseMultiply(a.PointwiseMultiply(1 - a)),
            hint: KitText.Get("Lesson04_SigmoidDz_Hint"),
            hint2: KitText.Get("Lesson04_SigmoidDz_Hint2"), what: "dZ");
    }

    /// <summary>Exercise 2: the learner's central difference on x³ at 2 and sin at 1.</summary>
    public static CheckResult[] CheckNumericDerivative(Func<Func<double, double>, double, double, double> numericDerivative) =>
    [
        Check.Close(numericDerivative(x => x * x * x, 2.0, 1e-5), 3 * 2.0 * 2.0, tol: 1e-7,
            hint: KitText.Get("Lesson04_NumericCube_Hint"),
            hint2: KitText.Get("Lesson04_NumericCube_Hint2"), what: KitText.Get("Lesson04_NumericCube_What")),
        Check.Close(numericDerivative(Math.Sin, 1.0, 1e-5), Math.Cos(1.0), tol: 1e-8, hint: KitText.Get("Lesson04_NumericSin_Hint"), what: KitText.Get("Lesson04_NumericSin_What")),
    ];

    /// <summary>
    /// Exercise 3: the learner's backward of a tanh Dense layer, verified against central differences of the loss
    /// L = Σ A ⊙ R (so dL/dA = R) with respect to every input, weight and bias.
    /// </summary>
    public static CheckResult[] CheckDenseBackward(DenseBackwardFunction backward)
    {
        var rng = new Random(404);
        Matrix<double> Random(int rows, int cols) => Matrix<double>.Build.Dense(rows, cols, (_, _) => rng.NextDouble() * 2 - 1);
        Matrix<double> x = Random(4, 3), w = Random(3, 2), b = Random(1, 2), r = Random(4, 2);
        Matrix<double> Forward(Matrix<double> xx, Matrix<double> ww, Matrix<double> bb) =>
            (xx * ww + Matrix<double>.Build.Dense(xx.RowCount, bb.ColumnCount, (_, j) => bb[0, j])).Map(Math.Tanh);
        double Loss(Matrix<double> xx, Matrix<double> ww, Matrix<double> bb) => Forward(xx, ww, bb).PointwiseMultiply(r).Enumerate().Sum();

        Matrix<double> Numeric(Matrix<double> target)
        {
            const double h = 1e-5;
            return Matrix<double>.Build.Dense(target.RowCount, target.ColumnCount, (i, j) =>
            {
                var keep = target[i, j];
                target[i, j] = keep + h; var up = Loss(x, w, b);
                target[i, j] = keep - h; var down = Loss(x, w, b);
                target[i, j] = keep;
                return (up - down) / (2 * h);
            });
        }

        var (dX, dW, db) = backward(x.Clone(), w.Clone(), Forward(x, w, b), r.Clone());
        return
        [
            Check.Matrix(dW, Numeric(w), tol: 1e-7,
                hint: KitText.Get("Lesson04_DenseW_Hint"),
                hint2: KitText.Get("Lesson04_DenseW_Hint2"), what: KitText.Get("Lesson04_DenseW_What")),
            Check.Matrix(db, Numeric(b), tol: 1e-7,
                hint: KitText.Get("Lesson04_DenseB_Hint"),
                hint2: KitText.Get("Lesson04_DenseB_Hint2"), what: KitText.Get("Lesson04_DenseB_What")),
            Check.Matrix(dX, Numeric(x), tol: 1e-7,
                hint: KitText.Get("Lesson04_DenseX_Hint"),
                hint2: KitText.Get("Lesson04_DenseX_Hint2"), what: KitText.Get("Lesson04_DenseX_What")),
        ];
    }
}

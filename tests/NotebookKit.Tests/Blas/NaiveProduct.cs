using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Tests.Blas;

/// <summary>The textbook triple loop, in double, as the reference every product is compared with.</summary>
internal static class NaiveProduct
{
    public static double[,] Of<T>(Matrix<T> a, Matrix<T> b, bool transposeA = false, bool transposeB = false)
        where T : struct, IEquatable<T>, IFormattable
    {
        int m = transposeA ? a.ColumnCount : a.RowCount;
        int k = transposeA ? a.RowCount : a.ColumnCount;
        int n = transposeB ? b.RowCount : b.ColumnCount;
        var c = new double[m, n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                {
                    double aip = Convert.ToDouble(transposeA ? a[p, i] : a[i, p]);
                    double bpj = Convert.ToDouble(transposeB ? b[j, p] : b[p, j]);
                    sum += aip * bpj;
                }
                c[i, j] = sum;
            }
        }
        return c;
    }

    public static void AssertClose<T>(double[,] expected, Matrix<T> actual, double tolerance)
        where T : struct, IEquatable<T>, IFormattable
    {
        Assert.Equal(expected.GetLength(0), actual.RowCount);
        Assert.Equal(expected.GetLength(1), actual.ColumnCount);
        for (int i = 0; i < actual.RowCount; i++)
        {
            for (int j = 0; j < actual.ColumnCount; j++)
            {
                double e = expected[i, j];
                double got = Convert.ToDouble(actual[i, j]);
                double error = Math.Abs(got - e) / Math.Max(1.0, Math.Abs(e));
                Assert.True(error <= tolerance, $"[{i},{j}]: expected {e}, got {got} (relative error {error:G3})");
            }
        }
    }
}

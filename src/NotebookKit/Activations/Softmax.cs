using System.Buffers;
using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Activations;

/// <summary>
/// softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z) over each row (subtracting the row's max changes nothing
/// mathematically and keeps e^x from overflowing). Its Jacobian is ∂aᵢ/∂zⱼ = aᵢ(δᵢⱼ − aⱼ), so
/// dL/dzᵢ = aᵢ (dL/daᵢ − Σⱼ dL/daⱼ aⱼ). With categorical cross-entropy the model skips this and uses ŷ − y.
/// </summary>
/// <remarks>
/// On one number, <see cref="Apply(double)"/> is the two-class softmax of (z, 0) — e^z / (e^z + 1), the sigmoid —
/// which is what a plot of f(z) can honestly show for a function of a whole row.
/// </remarks>
public sealed class Softmax : Activation
{
    public override string Name => "Softmax";

    public override double Apply(double z) => Activations.Sigmoid.Of(z);

    public override double Derivative(double z)
    {
        double s = Activations.Sigmoid.Of(z);
        return s * (1 - s);
    }

    public override void Forward<T>(Matrix<T> Z, Matrix<T> A)
    {
        int n = Z.RowCount, k = Z.ColumnCount;
        T[] z = Data(Z), a = Data(A);
        T[] rented = ArrayPool<T>.Shared.Rent(2 * n);
        Span<T> rowMax = rented.AsSpan(0, n), rowSum = rented.AsSpan(n, n);
        // Column-major: column j is z[j*n .. j*n+n), so walk columns and keep one running value per row.
        z.AsSpan(0, n).CopyTo(rowMax);
        for (int j = 1; j < k; j++)
        {
            ReadOnlySpan<T> col = z.AsSpan(j * n, n);
            for (int i = 0; i < n; i++) rowMax[i] = T.Max(rowMax[i], col[i]);
        }
        rowSum.Clear();
        for (int j = 0; j < k; j++)
        {
            ReadOnlySpan<T> zc = z.AsSpan(j * n, n);
            Span<T> ac = a.AsSpan(j * n, n);
            for (int i = 0; i < n; i++)
            {
                ac[i] = T.Exp(zc[i] - rowMax[i]);
                rowSum[i] += ac[i];
            }
        }
        for (int j = 0; j < k; j++)
        {
            Span<T> ac = a.AsSpan(j * n, n);
            for (int i = 0; i < n; i++) ac[i] /= rowSum[i];
        }
        ArrayPool<T>.Shared.Return(rented);
    }

    // dL/dZᵢ = Aᵢ ⊙ (dL/dAᵢ − Σⱼ dL/dAⱼ Aⱼ)   per row, (n×k) → n×k
    public override void Backward<T>(Matrix<T> Z, Matrix<T> A, Matrix<T> dA, Matrix<T> dZ)
    {
        int n = A.RowCount, k = A.ColumnCount;
        T[] a = Data(A), da = Data(dA), dz = Data(dZ);
        T[] rented = ArrayPool<T>.Shared.Rent(n);
        Span<T> dot = rented.AsSpan(0, n);
        dot.Clear();
        for (int j = 0; j < k; j++)
            for (int i = 0; i < n; i++) dot[i] += da[j * n + i] * a[j * n + i];
        for (int j = 0; j < k; j++)
            for (int i = 0; i < n; i++) dz[j * n + i] = a[j * n + i] * (da[j * n + i] - dot[i]);
        ArrayPool<T>.Shared.Return(rented);
    }
}

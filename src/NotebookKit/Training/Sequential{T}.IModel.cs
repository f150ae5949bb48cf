using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Training;

// IModel is implemented explicitly: a Sequential<T>'s own GetWeights/Predict keep their typed T signatures,
// and callbacks reach any Sequential<T> through the one non-generic view.
public partial class Sequential<T> : IModel
{
    IReadOnlyList<string> IModel.DescribeLayers() => layers.Select(l => l.Describe()).ToList();

    IReadOnlyList<Array> IModel.GetWeights() => GetWeights();

    void IModel.SetWeights(IReadOnlyList<Array> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        SetWeights(weights.Select((w, i) => w as T[] ?? throw new ArgumentException(
            $"Weight array {i} is {w?.GetType().Name ?? "null"}; this model computes in {typeof(T).Name}, so it needs {typeof(T).Name}[].",
            nameof(weights))).ToList());
    }

    Matrix<float> IModel.Predict(Matrix<float> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X is Matrix<T> native && Predict(native) is Matrix<float> same) return same;
        var converted = Matrix<T>.Build.Dense(X.RowCount, X.ColumnCount, (i, j) => T.CreateChecked(X[i, j]));
        var output = Predict(converted);
        return Matrix<float>.Build.Dense(output.RowCount, output.ColumnCount, (i, j) => float.CreateChecked(output[i, j]));
    }
}

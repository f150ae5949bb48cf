using System.Reflection;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// <c>Matrix&lt;T&gt;</c>: a table shaded by value (blue negative, red positive, the exact number on hover),
/// its shape in the caption, the middle of big ones elided; aligned text for text/plain.
/// </summary>
internal sealed class MatrixFormatter : IObjectFormatter
{
    private static readonly MethodInfo Typed = typeof(MatrixFormatter).GetMethod(nameof(FormatTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public Type Type => typeof(Matrix<>);

    public MimeBundle Format(object value, FormatContext context)
    {
        Type t = value.GetType();
        while (!(t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Matrix<>))) t = t.BaseType!;
        return (MimeBundle)Typed.MakeGenericMethod(t.GetGenericArguments()[0]).Invoke(null, [value])!;
    }

    private static MimeBundle FormatTyped<T>(Matrix<T> m) where T : struct, IEquatable<T>, IFormattable
    {
        var grid = new ShadedGrid
        {
            Rows = m.RowCount,
            Columns = m.ColumnCount,
            Value = (i, j) => Numbers.ToDouble(m.At(i, j)),
            Exact = (i, j) => Numbers.Exact(m.At(i, j)),
            Caption = $"Matrix<{TypeNames.Of(typeof(T))}> {m.RowCount}×{m.ColumnCount}",
        };
        return new MimeBundle(grid.ToText()).With(MimeTypes.Html, grid.ToHtml());
    }
}

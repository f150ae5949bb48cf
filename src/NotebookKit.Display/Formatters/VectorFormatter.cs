using System.Reflection;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Display.Formatters;

/// <summary><c>Vector&lt;T&gt;</c>: one shaded row (elided in the middle when long), its length in the caption.</summary>
internal sealed class VectorFormatter : IObjectFormatter
{
    private static readonly MethodInfo Typed = typeof(VectorFormatter).GetMethod(nameof(FormatTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public Type Type => typeof(Vector<>);

    public MimeBundle Format(object value, FormatContext context)
    {
        Type t = value.GetType();
        while (!(t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Vector<>))) t = t.BaseType!;
        return (MimeBundle)Typed.MakeGenericMethod(t.GetGenericArguments()[0]).Invoke(null, [value])!;
    }

    private static MimeBundle FormatTyped<T>(Vector<T> v) where T : struct, IEquatable<T>, IFormattable
    {
        var grid = new ShadedGrid
        {
            Rows = 1,
            Columns = v.Count,
            Value = (_, j) => Numbers.ToDouble(v.At(j)),
            Exact = (_, j) => Numbers.Exact(v.At(j)),
            Caption = $"Vector<{TypeNames.Of(typeof(T))}> ({v.Count})",
            RowLabel = _ => "",
            MaxColumns = 20,
        };
        return new MimeBundle(grid.ToText()).With(MimeTypes.Html, grid.ToHtml());
    }
}

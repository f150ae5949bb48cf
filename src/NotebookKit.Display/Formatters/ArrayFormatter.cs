namespace NotebookKit.Display.Formatters;

/// <summary>
/// Arrays: a numeric <c>T[,]</c> renders as a shaded grid (not flattened, as Polyglot did); every other array
/// is a sequence.
/// </summary>
internal sealed class ArrayFormatter : IFallbackFormatter
{
    public Type Type => typeof(Array);

    public MimeBundle Format(object value, FormatContext context)
    {
        var array = (Array)value;
        Type element = array.GetType().GetElementType()!;
        bool numeric = element.IsPrimitive && element != typeof(bool) && element != typeof(char);
        if (array.Rank != 2 || !numeric)
            return SequenceFormatter.Table(array, context.ListExpansionLimit, TypeNames.Of(array.GetType()));
        var grid = new ShadedGrid
        {
            Rows = array.GetLength(0),
            Columns = array.GetLength(1),
            Value = (i, j) => Convert.ToDouble(array.GetValue(i, j), System.Globalization.CultureInfo.InvariantCulture),
            Exact = (i, j) => ValueText.Describe(array.GetValue(i, j)),
            Caption = $"{TypeNames.Of(element)}[{array.GetLength(0)}, {array.GetLength(1)}]",
        };
        return new MimeBundle(grid.ToText()).With(MimeTypes.Html, grid.ToHtml());
    }
}

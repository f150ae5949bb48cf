namespace NotebookKit.Display.Formatters;

/// <summary>A <see cref="TableView{T}"/>: the sequence table with the view's own row cap.</summary>
internal sealed class TableViewFormatter : ObjectFormatter<ITableView>
{
    protected override MimeBundle Format(ITableView value, FormatContext context) =>
        SequenceFormatter.Table(value.Rows, value.MaxRows, "Table");
}

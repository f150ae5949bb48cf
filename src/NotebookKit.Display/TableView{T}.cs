using System.Collections;

namespace NotebookKit.Display;

/// <summary>Rows shown as a table (one column per property), with its own row cap: <c>rows.ToTable()</c>.</summary>
public sealed class TableView<T> : ITableView
{
    public TableView(IEnumerable<T> rows, int maxRows = 100)
    {
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        MaxRows = maxRows > 0 ? maxRows : throw new ArgumentOutOfRangeException(nameof(maxRows), maxRows, "maxRows must be positive.");
    }

    public IEnumerable<T> Rows { get; }

    public int MaxRows { get; }

    IEnumerable ITableView.Rows => Rows;
}

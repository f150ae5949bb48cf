using System.Collections;

namespace NotebookKit.Display;

/// <summary>What the table formatter reads from any <see cref="TableView{T}"/>, whatever its row type.</summary>
public interface ITableView
{
    IEnumerable Rows { get; }

    int MaxRows { get; }
}

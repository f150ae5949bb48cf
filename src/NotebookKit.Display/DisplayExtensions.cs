using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookKit.Display;

/// <summary>
/// <c>x.Display()</c> through the kit, beside the real package's <c>System.DisplayExtensions</c>.
/// </summary>
/// <remarks>
/// Generic on purpose: for any static type but <c>object</c> the generic form is the better overload, so a cell
/// that sees both <c>using System;</c> and <c>using NotebookKit.Display;</c> gets no CS0121 ambiguity, and the
/// value goes through the kit's formatters (which include the notebook's <c>Formatter.Register</c>
/// registrations). The real <c>Display(this object)</c>, <c>DisplayAs</c> and <c>DisplayTable</c> reach the same
/// sink through <see cref="PolyglotDisplays"/>.
/// </remarks>
public static class DisplayExtensions
{
    /// <summary>Shows the value as a new output; see <see cref="NotebookGlobals.display"/>.</summary>
    public static DisplayHandle Display<T>(this T value, params string[] mimeTypes) => NotebookGlobals.display(value, mimeTypes);

    /// <summary>A table of the rows to return from a cell or pass to <c>display</c>.</summary>
    public static TableView<T> ToTable<T>(this IEnumerable<T> rows, int maxRows = 100) => new(rows, maxRows);
}

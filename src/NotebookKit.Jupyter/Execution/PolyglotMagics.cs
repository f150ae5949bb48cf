using System.Net;
using System.Text;
using Microsoft.CodeAnalysis.Scripting;
using NotebookKit.Display;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The outputs of Polyglot's non-C# parts and information magics, as display_data: <c>#!markdown</c>,
/// <c>#!html</c>, <c>#!javascript</c>, <c>#!value --mime-type</c>, <c>#!who</c>/<c>#!whos</c>, <c>#!lsmagic</c>, <c>#!about</c>.
/// </summary>
internal static class PolyglotMagics
{
    public static void Show(CellPart.Show part) => NotebookGlobals.display(part.Kind switch
    {
        "markdown" => NotebookGlobals.Markdown(part.Content),
        "html" => NotebookGlobals.HTML(part.Content),
        // As dotnet-interactive sent it: a script element, which classic Notebook, Lab and VS Code run when trusted.
        _ => new MimeBundle(part.Content).With(MimeTypes.Html, $"<script type=\"text/javascript\">\n{part.Content}\n</script>"),
    });

    public static void ShowValue(CellPart.Value part)
    {
        if (part.MimeType is { } mime)
            NotebookGlobals.display(mime == MimeTypes.PlainText ? new MimeBundle(part.Content) : new MimeBundle(part.Content).With(mime, part.Content));
    }

    public static void Info(string magic, IEnumerable<ScriptVariable> variables)
    {
        switch (magic)
        {
            case "#!who":
                var names = Latest(variables).Select(v => v.Name).ToList();
                NotebookGlobals.display(new MimeBundle(names.Count == 0 ? "No variables." : string.Join("\t", names)));
                break;
            case "#!whos":
                NotebookGlobals.display(Table(["Variable", "Type", "Value"], Latest(variables).Select(v => new[] { v.Name, TypeName(v.Type), ValueText(v) }).ToList()));
                break;
            case "#!lsmagic":
                NotebookGlobals.display(new MimeBundle("Magic commands: " + string.Join("  ", CellMagics.Supported)
                    + "\nDirectives: #r \"path.dll\"  #r \"nuget: Id, Version\"  #load \"file.csx\"\nOther languages (#!fsharp, #!pwsh, #!sql, #!kql, #!mermaid…) are not run: this kernel runs C#."));
                break;
            case "#!about":
                NotebookGlobals.display(About());
                break;
        }
    }

    /// <summary>The newest variable of each name (a cell may redeclare one), without the kernel's own.</summary>
    private static IEnumerable<ScriptVariable> Latest(IEnumerable<ScriptVariable> variables) =>
        variables.Reverse().DistinctBy(v => v.Name).Reverse().Where(v => !v.Name.StartsWith("__", StringComparison.Ordinal));

    /// <summary>C#-style names: <c>List&lt;int&gt;</c>, not <c>List`1</c>.</summary>
    private static string TypeName(Type type) =>
        type.IsGenericType
            ? $"{type.Name.Split('`')[0]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
            : type.IsArray ? TypeName(type.GetElementType()!) + "[]" : type.Name;

    private static string ValueText(ScriptVariable variable)
    {
        try
        {
            var text = FormatterRegistry.Default.Format(variable.Value, sink: null).PlainText.ReplaceLineEndings(" ");
            return text.Length <= 80 ? text : text[..79] + "…";
        }
        catch (Exception e)
        {
            return $"(could not format: {e.Message})";
        }
    }

    private static MimeBundle About()
    {
        string Version(Type type) => type.Assembly.GetName().Version?.ToString() ?? "?";
        var rows = new List<string[]>
        {
            new[] { "NotebookKit", Version(typeof(PolyglotMagics)) },
            new[] { ".NET", Environment.Version.ToString() },
            new[] { "C# compiler (Roslyn)", Version(typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation)) },
            new[] { "Microsoft.DotNet.Interactive.Formatting", Version(typeof(Microsoft.DotNet.Interactive.Formatting.Formatter)) },
            new[] { "Language", "C# (this kernel runs C# cells; #!markdown, #!html, #!javascript are shown as they are)" },
        };
        return Table(["Component", "Version"], rows);
    }

    private static MimeBundle Table(string[] headers, IReadOnlyList<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
            text.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var h in headers) html.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return new MimeBundle(text.ToString().TrimEnd()).With(MimeTypes.Html, html.ToString());
    }
}

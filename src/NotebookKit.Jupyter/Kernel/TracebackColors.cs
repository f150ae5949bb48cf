using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>
/// Colours a traceback the way ipykernel does, so an error looks like an error in JupyterLab, classic Notebook
/// and VS Code: the exception type red (<c>ESC[0;31m</c>), where it happened in the cell green (<c>ESC[0;32m</c>),
/// a method the cell declared cyan. Only the traceback is coloured; ename and evalue stay plain text, as in ipykernel.
/// </summary>
internal static partial class TracebackColors
{
    private const string Red = "\u001b[0;31m", Green = "\u001b[0;32m", Cyan = "\u001b[0;36m", Reset = "\u001b[0m";

    public static ExecutionError Apply(ExecutionError error) => error with { Traceback = error.Traceback.Select(line => Line(line, error.Name)).ToList() };

    private static string Line(string line, string name)
    {
        if (line.Contains('\u001b'))
            return line;
        if (Diagnostic().Match(line) is { Success: true } diagnostic)
            return $"{Green}{diagnostic.Groups["where"].Value}{Reset}: {Red}{diagnostic.Groups["what"].Value}{Reset}:{line[diagnostic.Length..]}";
        if (CellFrame().Match(line) is { Success: true } frame)
        {
            var method = frame.Groups["method"].Value;
            return $"{frame.Groups["indent"].Value}at {(method.Length > 0 ? $"{Cyan}{method}{Reset} in " : "")}{Green}{frame.Groups["where"].Value}{Reset}";
        }
        // The header, "System.ArgumentException: message" (or " ---> Inner: message"): the type in red.
        if (Header().Match(line) is { Success: true } header && (header.Groups["type"].Value.EndsWith(name, StringComparison.Ordinal) || header.Groups["arrow"].Success))
            return $"{header.Groups["arrow"].Value}{Red}{header.Groups["type"].Value}{Reset}{line[header.Length..]}";
        return line;
    }

    // (3,9): error CS0103: …
    [GeneratedRegex(@"^(?<where>\(\d+,\d+\)): (?<what>error [A-Z]+\d+):")]
    private static partial Regex Diagnostic();

    // "   at cell, line 2" or "   at Divide in cell, line 1"
    [GeneratedRegex(@"^(?<indent>\s*)at (?:(?<method>[^\s]+) in )?(?<where>cell(?:, line \d+)?)$")]
    private static partial Regex CellFrame();

    [GeneratedRegex(@"^(?<arrow> ---> )?(?<type>[A-Za-z_][\w.`]*)(?=: )")]
    private static partial Regex Header();
}

using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Turns a cell's exception or diagnostics into what a student reads: the exception type and message,
/// then only the frames that matter — library frames down to the cell, and the cell's own lines as
/// "in cell, line N" — without Roslyn's submission machinery.
/// </summary>
internal static class ExceptionFormatter
{
    public static ExecutionError Compilation(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(Describe)
            .ToList();
        if (lines.Count == 0)
            lines.Add("The cell did not compile.");
        return new ExecutionError("CompilationError", lines[0], lines);
    }

    /// <summary><c>(3,9): error CS0103: The name 'w' does not exist in the current context</c>, positions relative to the cell.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var where = diagnostic.Location.IsInSource ? $"({position.Line + 1},{position.Character + 1}): " : "";
        return $"{where}{severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static ExecutionError Interrupted() =>
        new("OperationCanceledException", "The cell was interrupted.", ["OperationCanceledException: The cell was interrupted."]);

    /// <summary>
    /// The kernel's own code failed while running a cell (a NotebookKit bug, not the learner's): say so, name what
    /// failed and keep the whole stack, so the cell shows something readable to report instead of nothing.
    /// </summary>
    public static ExecutionError KernelFailure(Exception exception, string what)
    {
        while (exception is TargetInvocationException or AggregateException { InnerExceptions.Count: 1 } && exception.InnerException is { } inner)
            exception = inner;
        var type = exception.GetType();
        var value = $"NotebookKit failed while {what}: {exception.Message}";
        var traceback = new List<string> { $"{type.FullName}: {value}" };
        traceback.AddRange((exception.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()));
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
            traceback.Add($" ---> {inner.GetType().FullName}: {inner.Message}");
        traceback.Add("This is a fault in the kernel, not in your code. Please report it with this text; the session goes on.");
        return new ExecutionError(type.Name, value, traceback);
    }

    /// <param name="cellLine">The line of a cell frame's IL offset, for cells emitted without a PDB (see <see cref="CellLines"/>).</param>
    public static ExecutionError Runtime(Exception exception, Func<MethodBase, int, int>? cellLine = null)
    {
        while (exception is TargetInvocationException { InnerException: { } inner })
            exception = inner;
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
            exception = aggregate.InnerExceptions[0];
        var type = exception.GetType();
        var traceback = new List<string> { $"{type.FullName}: {exception.Message}" };
        traceback.AddRange(UserFrames(exception, cellLine));
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
            traceback.Add($" ---> {inner.GetType().FullName}: {inner.Message}");
        return new ExecutionError(type.Name, exception.Message, traceback);
    }

    private static IEnumerable<string> UserFrames(Exception exception, Func<MethodBase, int, int>? cellLine)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames();
        var lastCellFrame = Array.FindLastIndex(frames, IsCellFrame);
        // Frames below the last cell frame are the scripting engine calling the cell: noise to a student.
        var kept = lastCellFrame >= 0 ? frames.Take(lastCellFrame + 1) : frames;
        foreach (var frame in kept)
        {
            var method = frame.GetMethod();
            if (method is null)
                continue;
            if (IsCellFrame(frame))
            {
                var line = frame.GetFileLineNumber() is > 0 and var known ? known : cellLine?.Invoke(method, frame.GetILOffset()) ?? 0;
                var name = CellMethodName(method);
                var where = name.Length > 0 ? $"{name} in cell" : "cell";
                yield return line > 0 ? $"   at {where}, line {line}" : $"   at {where}";
            }
            else if (!IsHidden(method))
            {
                var builder = new StringBuilder("   at ");
                builder.Append(method.DeclaringType?.FullName?.Replace('+', '.')).Append('.').Append(method.Name).Append('(');
                builder.AppendJoin(", ", method.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name)).Append(')');
                if (frame.GetFileName() is { Length: > 0 } file)
                    builder.Append($" in {Path.GetFileName(file)}, line {frame.GetFileLineNumber()}");
                yield return builder.ToString();
            }
        }
    }

    private static bool IsCellFrame(StackFrame frame) =>
        frame.GetMethod()?.DeclaringType is { } type && OutermostType(type).Name.StartsWith("Submission#", StringComparison.Ordinal);

    private static bool IsHidden(MethodBase method) =>
        method.DeclaringType?.Namespace is { } ns && (ns.StartsWith("System.Runtime.CompilerServices", StringComparison.Ordinal)
                                                       || ns.StartsWith("System.Runtime.ExceptionServices", StringComparison.Ordinal));

    /// <summary>The cell body itself has no name worth showing; a method or lambda the cell declared does.</summary>
    private static string CellMethodName(MethodBase method)
    {
        var type = method.DeclaringType!;
        if (type.Name.StartsWith("<<Initialize>>", StringComparison.Ordinal) || method.Name == "<Initialize>")
            return "";
        var name = method.Name == "MoveNext" && type.Name.StartsWith('<') ? type.Name[1..type.Name.IndexOf('>')] : method.Name;
        return name.StartsWith('<') ? "" : name;
    }

    private static Type OutermostType(Type type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type;
    }
}

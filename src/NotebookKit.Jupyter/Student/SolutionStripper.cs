using System.Text;
using System.Text.RegularExpressions;

namespace NotebookKit.Jupyter.Student;

/// <summary>
/// Turns a reference cell's source into the learner's: every block from <c>// BEGIN SOLUTION</c> to
/// <c>// END SOLUTION</c> becomes a <c>// YOUR CODE HERE</c> line, followed by the stub the BEGIN line
/// declares, e.g. <c>// BEGIN SOLUTION (stub: double answer = 0;)</c> → <c>double answer = 0;</c>.
/// </summary>
/// <remarks>
/// The stub is what keeps the learner's cell compiling: a solution that declares a variable the
/// check reads must declare it in the stub too, with a value the check reports as ✗. Lines keep the
/// BEGIN line's indentation, so a stub inside a method body stays readable. The transform is pure
/// and stable: a source without markers comes back unchanged, so stripping twice equals stripping once.
/// </remarks>
public static partial class SolutionStripper
{
    /// <summary>The line a learner finds where the answer was.</summary>
    public const string YourCodeHere = "// YOUR CODE HERE";

    [GeneratedRegex(@"^(?<indent>[ \t]*)//\s*BEGIN SOLUTION(?:\s*\(stub:\s*(?<stub>.*)\))?\s*$")]
    private static partial Regex BeginLine();

    [GeneratedRegex(@"^[ \t]*//\s*END SOLUTION\s*$")]
    private static partial Regex EndLine();

    /// <summary>True when <paramref name="source"/> holds at least one solution block.</summary>
    public static bool HasSolution(string source) => source.Contains("BEGIN SOLUTION", StringComparison.Ordinal);

    /// <summary>
    /// Replaces each solution block in <paramref name="source"/>. <paramref name="where"/> names the
    /// cell in error messages (e.g. <c>03-loss.ipynb: cell 12</c>).
    /// </summary>
    /// <exception cref="FormatException">A BEGIN without END, an END without BEGIN, a nested BEGIN, or a malformed BEGIN line.</exception>
    public static string Strip(string source, string where)
    {
        if (!HasSolution(source) && !source.Contains("END SOLUTION", StringComparison.Ordinal))
            return source;

        var lines = source.Split('\n');
        var output = new StringBuilder(source.Length);
        var openedAt = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNumber = i + 1;
            if (line.Contains("BEGIN SOLUTION", StringComparison.Ordinal))
            {
                if (openedAt >= 0)
                    throw new FormatException($"{where}: line {lineNumber}: BEGIN SOLUTION inside the block opened at line {openedAt}; close it with // END SOLUTION first.");
                var begin = BeginLine().Match(line);
                if (!begin.Success)
                    throw new FormatException($"{where}: line {lineNumber}: malformed solution marker \"{line.Trim()}\"; write // BEGIN SOLUTION or // BEGIN SOLUTION (stub: <code>).");
                openedAt = lineNumber;
                var indent = begin.Groups["indent"].Value;
                Append(output, indent + YourCodeHere);
                var stub = begin.Groups["stub"].Value.Trim();
                if (stub.Length > 0)
                    Append(output, indent + stub);
            }
            else if (line.Contains("END SOLUTION", StringComparison.Ordinal))
            {
                if (!EndLine().IsMatch(line))
                    throw new FormatException($"{where}: line {lineNumber}: malformed solution marker \"{line.Trim()}\"; write // END SOLUTION on its own line.");
                if (openedAt < 0)
                    throw new FormatException($"{where}: line {lineNumber}: END SOLUTION without a BEGIN SOLUTION before it.");
                openedAt = -1;
            }
            else if (openedAt < 0)
            {
                Append(output, lines[i]);
            }
        }
        if (openedAt >= 0)
            throw new FormatException($"{where}: line {openedAt}: BEGIN SOLUTION is never closed; add // END SOLUTION.");

        // Every line was appended with a trailing '\n'; the source had one fewer separator than lines.
        output.Length -= 1;
        return output.ToString();
    }

    private static void Append(StringBuilder output, string line) => output.Append(line).Append('\n');
}

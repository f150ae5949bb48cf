using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// A code cell with what a translation may change masked out: the text of string literals (titles, labels,
/// messages, hints) becomes <see cref="String"/> and the text of comments becomes <see cref="Comment"/>. A
/// translated cell is the same code exactly when its mask equals the English cell's mask, character for character.
/// </summary>
/// <remarks>
/// Read with Roslyn as a script, token by token, so a literal is a literal (not a quote inside a comment or a
/// <c>#r "nuget: …"</c> directive, which stay as they are). Kept exactly: every other token (identifiers,
/// numbers, char literals, the holes and format specifiers of interpolated strings), line breaks, indentation,
/// preprocessor directives, and the solution markers (<c>// BEGIN SOLUTION (stub: …)</c>, <c>// END SOLUTION</c>,
/// <c>// YOUR CODE HERE</c>). The spaces before a comment may differ (Chinese text realigns trailing comments).
/// </remarks>
public static partial class CodeMask
{
    public const string String = "‹s›";
    public const string Comment = "‹c›";

    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Preview);

    public static string Of(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source.ReplaceLineEndings("\n"), Script).GetRoot();
        var masked = new StringBuilder(source.Length);
        foreach (var token in root.DescendantTokens())
        {
            var previous = token.GetPreviousToken();
            var lineStart = previous == default || previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
            AppendTrivia(masked, token.LeadingTrivia, lineStart);
            masked.Append(IsTranslatable(token) ? String : token.Text);
            AppendTrivia(masked, token.TrailingTrivia, lineStart: false);
        }
        return masked.ToString();
    }

    /// <summary>True for a solution marker: the line the teacher/learner split reads, never translated.</summary>
    public static bool IsSolutionMarker(string comment) => Marker().IsMatch(comment);

    private static bool IsTranslatable(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken => true,
        // The text between an interpolated string's holes, not a hole's format specifier ({x:F4}).
        SyntaxKind.InterpolatedStringTextToken => token.Parent.IsKind(SyntaxKind.InterpolatedStringText),
        _ => false,
    };

    /// <param name="lineStart">Whether the list starts at the beginning of a line (its first whitespace is indentation).</param>
    private static void AppendTrivia(StringBuilder masked, SyntaxTriviaList trivia, bool lineStart)
    {
        for (var i = 0; i < trivia.Count; i++)
        {
            var item = trivia[i];
            var beforeComment = i + 1 < trivia.Count && IsComment(trivia[i + 1]);
            if (item.IsKind(SyntaxKind.WhitespaceTrivia) && beforeComment && !(i == 0 ? lineStart : trivia[i - 1].IsKind(SyntaxKind.EndOfLineTrivia)))
                masked.Append(' ');
            else if (item.IsKind(SyntaxKind.SingleLineCommentTrivia))
                masked.Append(IsSolutionMarker(item.ToString()) ? item.ToString().TrimEnd() : "//" + Comment);
            else if (IsComment(item))
                masked.Append("/*" + Comment + "*/" + new string('\n', item.ToFullString().Count(c => c == '\n')));
            else
                masked.Append(item.ToFullString());
        }
    }

    private static bool IsComment(SyntaxTrivia trivia) => trivia.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
        or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia;

    [GeneratedRegex(@"^//\s*(BEGIN SOLUTION\b.*|END SOLUTION\s*|YOUR CODE HERE\s*)$")]
    private static partial Regex Marker();
}

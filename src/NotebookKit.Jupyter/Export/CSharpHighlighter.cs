using System.Net;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Highlights C# at export time from Roslyn's syntax tree (script kind, as cells are parsed), so the handout
/// needs no highlighting script. Classes: k keyword, s string, n number, c comment, p directive, t PascalCase
/// name (types and methods, by C# convention — the tree alone cannot tell them apart, and that is enough).
/// </summary>
internal static class CSharpHighlighter
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private static readonly HashSet<string> ContextualKeywords =
        ["var", "dynamic", "async", "await", "nameof", "record", "init", "get", "set", "value", "yield", "when", "with", "and", "or", "not", "required", "file", "scoped"];

    public static string ToHtml(string code)
    {
        var classes = new char[code.Length];
        var root = CSharpSyntaxTree.ParseText(code, Options).GetRoot();

        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            var cls = trivia.Kind() switch
            {
                SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                    or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia => 'c',
                _ when trivia.IsDirective => 'p',
                _ => '\0',
            };
            Mark(classes, trivia.Span, cls);
        }
        foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
        {
            var kind = token.Kind();
            var cls = kind switch
            {
                SyntaxKind.NumericLiteralToken => 'n',
                SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringStartToken
                    or SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedStringTextToken
                    or SyntaxKind.InterpolatedVerbatimStringStartToken or SyntaxKind.SingleLineRawStringLiteralToken
                    or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.InterpolatedSingleLineRawStringStartToken
                    or SyntaxKind.InterpolatedMultiLineRawStringStartToken or SyntaxKind.InterpolatedRawStringEndToken
                    or SyntaxKind.Utf8StringLiteralToken => 's',
                SyntaxKind.IdentifierToken when ContextualKeywords.Contains(token.Text) => 'k',
                SyntaxKind.IdentifierToken when token.Text.Length > 0 && char.IsUpper(token.Text[0]) => 't',
                _ when SyntaxFacts.IsKeywordKind(kind) => 'k',
                _ => '\0',
            };
            if (cls != '\0' && !(token.Parent?.IsStructuredTrivia == true && cls == 'k'))
                Mark(classes, token.Span, cls);
        }
        return Render(code, classes);
    }

    private static void Mark(char[] classes, Microsoft.CodeAnalysis.Text.TextSpan span, char cls)
    {
        if (cls == '\0')
            return;
        for (var i = span.Start; i < span.End && i < classes.Length; i++)
            classes[i] = cls;
    }

    private static string Render(string code, char[] classes)
    {
        var sb = new StringBuilder(code.Length * 2);
        var i = 0;
        while (i < code.Length)
        {
            var j = i;
            while (j < code.Length && classes[j] == classes[i])
                j++;
            var text = WebUtility.HtmlEncode(code[i..j]);
            if (classes[i] == '\0')
                sb.Append(text);
            else
                sb.Append("<span class=\"").Append(classes[i]).Append("\">").Append(text).Append("</span>");
            i = j;
        }
        return sb.ToString();
    }
}

using System.Text.RegularExpressions;

namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// Finds English left in the prose of a Chinese lesson. Code spans, code blocks, math, HTML tags and link targets
/// are set aside first (they are the same in every language); in what is left, a line of English words with no
/// Chinese, a run of <see cref="LongestEnglishRun"/> English words, or a cell with fewer Chinese characters than
/// English words (weighed as two characters each, about what a word takes in Chinese) is untranslated. English terms in parentheses after their Chinese name — 梯度下降（gradient descent）— pass.
/// </summary>
public static partial class ProseCheck
{
    /// <summary>The most consecutive English words a sentence may hold (a term with its abbreviation, a product name).</summary>
    public const int LongestEnglishRun = 7;

    /// <summary>The least share of Chinese in a cell of more than a few words: characters ÷ (characters + 2 × English words).</summary>
    public const double LeastChineseShare = 0.5;

    /// <summary>The problems in one markdown cell, each naming its line; empty when the cell reads as Chinese.</summary>
    public static IReadOnlyList<string> Untranslated(string markdown)
    {
        var problems = new List<string>();
        var prose = Prose(markdown);
        var lines = prose.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var words = EnglishWord().Matches(line).Count;
            if (words >= 4 && !Chinese().IsMatch(line))
                problems.Add($"line {i + 1}: English line: \"{Shorten(line)}\"");
            else if (EnglishRun().Match(line) is { Success: true } run)
                problems.Add($"line {i + 1}: {LongestEnglishRun + 1}+ English words in a row: \"{Shorten(run.Value)}\"");
        }
        var share = ChineseShare(prose);
        if (Chinese().Matches(prose).Count + EnglishWord().Matches(prose).Count > 20 && share < LeastChineseShare)
            problems.Add($"only {share:P0} of the prose is Chinese (at least {LeastChineseShare:P0} expected)");
        return problems;
    }

    /// <summary>Chinese characters ÷ (Chinese characters + 2 × English words) in the prose, or 1 when there is neither.</summary>
    public static double ChineseShare(string prose)
    {
        var cjk = Chinese().Matches(prose).Count;
        var words = EnglishWord().Matches(prose).Count;
        return cjk + words == 0 ? 1 : (double)cjk / (cjk + 2 * words);
    }

    /// <summary>The markdown with code, math, tags, link targets and URLs blanked (line breaks kept, so line numbers hold).</summary>
    public static string Prose(string markdown)
    {
        var text = markdown.ReplaceLineEndings("\n");
        foreach (var pattern in new[] { FencedCode(), DisplayMath(), BracketMath(), InlineCode(), InlineMath(), ParenMath(), Tag(), LinkTarget(), Url() })
            text = pattern.Replace(text, m => m.Value.Contains('\n') ? new string('\n', m.Value.Count(c => c == '\n')) : " ");
        return text;
    }

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 80 ? trimmed : trimmed[..77] + "…";
    }

    [GeneratedRegex(@"^(```|~~~).*?^\1[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"\$\$.*?\$\$", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();

    [GeneratedRegex(@"\\\[.*?\\\]", RegexOptions.Singleline)]
    private static partial Regex BracketMath();

    [GeneratedRegex(@"(`+).+?\1", RegexOptions.Singleline)]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\$[^$\n]+\$")]
    private static partial Regex InlineMath();

    [GeneratedRegex(@"\\\(.*?\\\)", RegexOptions.Singleline)]
    private static partial Regex ParenMath();

    [GeneratedRegex(@"<[^>\n]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\]\([^)\n]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*(?:[ \t,;:.!?/]+[A-Za-z][A-Za-z'’\-]*){7,}")]
    private static partial Regex EnglishRun();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}]")]
    private static partial Regex Chinese();
}

using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// What a course's README says about it, for the handouts' course map: the title (its first heading), the
/// introduction (the paragraph after it) and, from the first table whose rows link lessons
/// (<c>| 01 | [The brain](01-brain.ipynb) | what you do | exercises |</c>), each lesson's "what you do" and
/// "exercises" cells — the two columns after the link, as Markdown.
/// </summary>
public sealed partial record CourseMap(string? Title, string? Introduction, IReadOnlyDictionary<string, CourseMapRow> Rows)
{
    public static readonly CourseMap Empty = new(null, null, new Dictionary<string, CourseMapRow>());

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>
    /// The map for lessons in <paramref name="lessonFolder"/> written in <paramref name="language"/>: the first of
    /// README.&lt;language&gt;.md beside the lessons, the same file in the parent folder when the lessons sit in a
    /// folder named after their language (notebooks/zh-CN → notebooks/README.zh-CN.md), then README.md (English only).
    /// </summary>
    public static CourseMap Find(string lessonFolder, string language) =>
        Candidates(lessonFolder, language).FirstOrDefault(File.Exists) is { } file ? Parse(File.ReadAllText(file)) : Empty;

    /// <summary>Where <see cref="Find"/> looks, in order.</summary>
    public static IReadOnlyList<string> Candidates(string lessonFolder, string language)
    {
        var folder = Path.GetFullPath(lessonFolder);
        var candidates = new List<string> { Path.Combine(folder, $"README.{language}.md") };
        if (string.Equals(Path.GetFileName(folder), language, StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(folder) is { } parent)
            candidates.Add(Path.Combine(parent, $"README.{language}.md"));
        if (language == KitLanguage.English)
            candidates.Add(Path.Combine(folder, "README.md"));
        return candidates;
    }

    /// <summary>The map of each language among <paramref name="sources"/>, found beside its first lesson.</summary>
    public static IReadOnlyDictionary<string, CourseMap> ForSources(IEnumerable<HandoutSource> sources) =>
        sources.GroupBy(s => Translation.LessonLanguage.Of(s.Notebook))
            .ToDictionary(g => g.Key, g => Find(Path.GetDirectoryName(Path.GetFullPath(g.First().Path))!, g.Key), StringComparer.Ordinal);

    public static CourseMap Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var title = heading?.Inline is { } inline ? Text(markdown, inline) : null;
        var introduction = heading is null ? null
            : document.Skip(document.IndexOf(heading) + 1).TakeWhile(b => b is not HeadingBlock).OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph
                ? Source(markdown, paragraph).Trim() : null;

        var rows = new Dictionary<string, CourseMapRow>(StringComparer.Ordinal);
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
            {
                var cells = row.OfType<TableCell>().ToList();
                var linkColumn = cells.FindIndex(c => c.Descendants<LinkInline>().Any(l => LessonLink().IsMatch(l.Url ?? "")));
                if (linkColumn < 0)
                    continue;
                var url = cells[linkColumn].Descendants<LinkInline>().First(l => LessonLink().IsMatch(l.Url ?? "")).Url!;
                var stem = Path.GetFileNameWithoutExtension(url.Split('/').Last());
                string? Cell(int offset) => linkColumn + offset < cells.Count ? Source(markdown, cells[linkColumn + offset]).Trim() : null;
                rows[stem] = new CourseMapRow(Cell(1), Cell(2));
            }
            if (rows.Count > 0)
                break;
        }
        return new CourseMap(title, introduction, rows);
    }

    private static string Source(string markdown, Block block) => markdown.Substring(block.Span.Start, block.Span.Length);

    private static string Text(string markdown, ContainerInline inline) =>
        inline.FirstChild is null ? "" : markdown.Substring(inline.FirstChild.Span.Start, inline.LastChild!.Span.End - inline.FirstChild.Span.Start + 1).Trim();

    [GeneratedRegex(@"\.ipynb$")]
    private static partial Regex LessonLink();
}

/// <summary>One lesson's row of the course map: what the learner does and what the exercises build (Markdown).</summary>
public sealed record CourseMapRow(string? Learn, string? Build);

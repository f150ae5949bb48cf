using System.Net;
using System.Text;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Writes a set of notebooks as HTML handouts into one folder: <c>NN-slug.html</c> per notebook, in file-name
/// order with previous/next links, plus an <c>index.html</c> for the course when there is more than one.
/// </summary>
public static class HandoutExporter
{
    public const string IndexFileName = "index.html";

    /// <summary>Returns the lesson pages written (the index, when written, is not in the list).</summary>
    public static IReadOnlyList<string> WriteHtml(IReadOnlyList<HandoutSource> sources, string outputDirectory, string? courseTitle = null)
    {
        Directory.CreateDirectory(outputDirectory);
        var ordered = sources.OrderBy(s => Path.GetFileName(s.Path), StringComparer.Ordinal).ToList();
        var links = ordered.Select(s => new HandoutLink(HtmlName(s.Path), s.Notebook.Title ?? Path.GetFileNameWithoutExtension(s.Path))).ToList();
        var withIndex = ordered.Count > 1;
        var index = withIndex ? new HandoutLink(IndexFileName, courseTitle ?? DefaultCourseTitle(ordered)) : null;

        var written = new List<string>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var navigation = new HandoutNavigation(i > 0 ? links[i - 1] : null, i + 1 < links.Count ? links[i + 1] : null, index);
            var html = HandoutPage.Render(ordered[i].Notebook, links[i].Title, navigation);
            var path = Path.Combine(outputDirectory, links[i].Href);
            AtomicWrite(path, html);
            written.Add(path);
        }
        if (index is not null)
            AtomicWrite(Path.Combine(outputDirectory, IndexFileName), IndexPage(index.Title, links));
        return written;
    }

    public static string HtmlName(string notebookPath) => Path.GetFileNameWithoutExtension(notebookPath) + ".html";

    private static string DefaultCourseTitle(IReadOnlyList<HandoutSource> sources)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(sources[0].Path)) ?? "");
        return string.IsNullOrEmpty(folder) || folder == "notebooks" ? "Course" : folder;
    }

    private static string IndexPage(string title, IReadOnlyList<HandoutLink> lessons)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>{HandoutStyle.Css}</style>\n</head>\n<body>\n<main class=\"course\">\n")
            .Append($"<h1>{WebUtility.HtmlEncode(title)}</h1>\n<ol class=\"lessons\">\n");
        foreach (var lesson in lessons)
            sb.Append($"<li><a href=\"{WebUtility.HtmlEncode(lesson.Href)}\">{WebUtility.HtmlEncode(lesson.Title)}</a></li>\n");
        return sb.Append("</ol>\n</main>\n</body>\n</html>\n").ToString();
    }

    private static void AtomicWrite(string path, string html) => Notebooks.AtomicFile.WriteAllText(path, html);
}

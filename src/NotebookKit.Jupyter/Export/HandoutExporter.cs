using NotebookKit.Jupyter.Translation;
using NotebookKit.Localization;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Writes a set of notebooks as HTML handouts into one folder: <c>NN-slug.html</c> per notebook, in file-name
/// order with previous/next links, plus an <c>index.html</c> course map when there is more than one.
/// </summary>
/// <remarks>
/// Notebooks in several languages (notebook metadata <c>"lang"</c>, English when absent) make one site with one
/// edition per language: English in the folder itself, each other language in a sub-folder named after it
/// (<c>zh-CN/</c>), each edition with its own index. A lesson links to the same lesson — same file name — in
/// every other edition written in the same call, and each index to the other indexes.
/// </remarks>
public static class HandoutExporter
{
    public const string IndexFileName = "index.html";

    /// <summary>Returns the lesson pages written (the indexes, when written, are not in the list).</summary>
    /// <param name="courseMaps">The course map of each language; by default the README beside the lessons (<see cref="CourseMap.Find"/>).</param>
    public static IReadOnlyList<string> WriteHtml(IReadOnlyList<HandoutSource> sources, string outputDirectory, string? courseTitle = null,
        IReadOnlyDictionary<string, CourseMap>? courseMaps = null)
    {
        var editions = sources.GroupBy(s => LessonLanguage.Of(s.Notebook))
            .OrderBy(g => g.Key == KitLanguage.English ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new Edition(g.Key, i == 0 ? "" : g.Key, g.OrderBy(s => Path.GetFileName(s.Path), StringComparer.Ordinal).ToList()))
            .ToList();

        courseMaps ??= CourseMap.ForSources(sources);
        var written = new List<string>();
        foreach (var edition in editions)
        {
            var folder = Path.Combine(outputDirectory, edition.Folder);
            Directory.CreateDirectory(folder);
            var map = courseMaps.GetValueOrDefault(edition.Language) ?? CourseMap.Empty;
            var links = edition.Sources.Select(s => new HandoutLink(HtmlName(s.Path), s.Notebook.Title ?? Path.GetFileNameWithoutExtension(s.Path))).ToList();
            var withIndex = edition.Sources.Count > 1;
            var index = withIndex ? new HandoutLink(IndexFileName, courseTitle ?? map.Title ?? DefaultCourseTitle(edition)) : null;
            for (var i = 0; i < edition.Sources.Count; i++)
            {
                var alternates = editions.Where(e => e != edition && e.Has(links[i].Href))
                    .Select(e => new HandoutAlternate(e.Language, edition.PathTo(e, links[i].Href))).ToList();
                var navigation = new HandoutNavigation(i > 0 ? links[i - 1] : null, i + 1 < links.Count ? links[i + 1] : null, index, alternates);
                var html = HandoutPage.Render(edition.Sources[i].Notebook, links[i].Title, navigation);
                var path = Path.Combine(folder, links[i].Href);
                Notebooks.AtomicFile.WriteAllText(path, html);
                written.Add(path);
            }
            if (index is null)
                continue;
            var lessons = edition.Sources.Select((s, i) => new CourseIndexPage.Lesson(links[i], LessonSummary.Of(s.Notebook), map.Rows.GetValueOrDefault(Path.GetFileNameWithoutExtension(s.Path)))).ToList();
            var indexAlternates = editions.Where(e => e != edition && e.Sources.Count > 1).Select(e => new HandoutAlternate(e.Language, edition.PathTo(e, IndexFileName))).ToList();
            Notebooks.AtomicFile.WriteAllText(Path.Combine(folder, IndexFileName),
                CourseIndexPage.Render(edition.Language, index.Title, courseTitle is null ? map.Introduction : null, lessons, indexAlternates));
        }
        return written;
    }

    /// <summary>
    /// Prints the handouts <see cref="WriteHtml"/> would write to PDF in <paramref name="outputDirectory"/> (a
    /// translation's in its sub-folder, as its pages) and returns the PDFs. The HTML pages go to a temp folder, so
    /// only PDFs land in the output. Needs Chromium (<see cref="PdfPrinter.FindChromium"/>).
    /// </summary>
    public static IReadOnlyList<string> WritePdf(IReadOnlyList<HandoutSource> sources, string outputDirectory)
    {
        var temp = Directory.CreateTempSubdirectory("nbkit-pdf-");
        try
        {
            var pages = WriteHtml(sources, temp.FullName);
            var jobs = pages.Select(p => (p, Path.Combine(outputDirectory, Path.ChangeExtension(Path.GetRelativePath(temp.FullName, p), ".pdf")))).ToList();
            PdfPrinter.Print(jobs);
            return jobs.Select(j => j.Item2).ToList();
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    public static string HtmlName(string notebookPath) => Path.GetFileNameWithoutExtension(notebookPath) + ".html";

    /// <summary>The folder edition <paramref name="language"/> is written to, relative to the output folder ("" for the first).</summary>
    public static string EditionFolder(IEnumerable<string> languages, string language)
    {
        var first = languages.Distinct().OrderBy(l => l == KitLanguage.English ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).First();
        return language == first ? "" : language;
    }

    private static string DefaultCourseTitle(Edition edition)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(edition.Sources[0].Path)) ?? "");
        return string.IsNullOrEmpty(folder) || folder == "notebooks" || folder == edition.Language ? KitText.Get("Handout_Course", edition.Language) : folder;
    }

    /// <summary>One language's lessons and the sub-folder (relative to the output folder) they are written to.</summary>
    private sealed record Edition(string Language, string Folder, IReadOnlyList<HandoutSource> Sources)
    {
        public bool Has(string page) => Sources.Any(s => HtmlName(s.Path) == page);

        /// <summary>The relative link from a page of this edition to <paramref name="page"/> of <paramref name="other"/>.</summary>
        public string PathTo(Edition other, string page)
        {
            var up = Folder.Length == 0 ? "" : string.Concat(Enumerable.Repeat("../", Folder.Split('/').Length));
            return up + (other.Folder.Length == 0 ? "" : other.Folder + "/") + page;
        }
    }
}

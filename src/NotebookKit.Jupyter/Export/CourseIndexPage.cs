using System.Net;
using System.Text;
using Markdig;
using NotebookKit.Localization;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// The course's <c>index.html</c>: a course map — title and introduction, then one row per lesson with what the
/// learner will learn, what the exercises build and an estimated time — in the lessons' language, with links to
/// the course in its other languages.
/// </summary>
internal static class CourseIndexPage
{
    public sealed record Lesson(HandoutLink Link, LessonSummary Summary, CourseMapRow? Row);

    public static string Render(string language, string title, string? introduction, IReadOnlyList<Lesson> lessons, IReadOnlyList<HandoutAlternate> alternates)
    {
        string T(string key) => KitText.Get(key, language);
        string Encode(string text) => WebUtility.HtmlEncode(text);

        var sb = new StringBuilder("<!DOCTYPE html>\n")
            .Append($"<html lang=\"{Encode(language)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"NotebookKit\">\n");
        foreach (var alternate in alternates)
            sb.Append($"<link rel=\"alternate\" hreflang=\"{Encode(alternate.Language)}\" href=\"{Encode(alternate.Href)}\">\n");
        sb.Append($"<title>{Encode(title)}</title>\n<style>{HandoutStyle.Css}</style>\n</head>\n<body>\n<main class=\"course\">\n");
        if (alternates.Count > 0)
            sb.Append("<nav class=\"languages\">").Append(string.Join(" · ", alternates.Select(a =>
                $"<a hreflang=\"{Encode(a.Language)}\" lang=\"{Encode(a.Language)}\" href=\"{Encode(a.Href)}\">{Encode(KitText.Get("Handout_OtherLanguage", a.Language))}</a>"))).Append("</nav>\n");
        sb.Append($"<h1>{Encode(title)}</h1>\n");
        if (!string.IsNullOrWhiteSpace(introduction))
            sb.Append("<div class=\"intro\">").Append(Inline(introduction)).Append("</div>\n");

        sb.Append("<table class=\"course-map\">\n<thead><tr>")
            .Append($"<th>{Encode(T("Handout_Lesson"))}</th><th>{Encode(T("Handout_Learn"))}</th><th>{Encode(T("Handout_Build"))}</th><th>{Encode(T("Handout_Time"))}</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var lesson in lessons)
        {
            var learn = lesson.Row?.Learn is { Length: > 0 } row ? Inline(row) : Encode(lesson.Summary.FirstGoal ?? "");
            var build = lesson.Row?.Build is { Length: > 0 } exercises ? Inline(exercises)
                : lesson.Summary.Exercises > 0 ? Encode(Format(T(lesson.Summary.Exercises == 1 ? "Handout_Exercises_One" : "Handout_Exercises"), lesson.Summary.Exercises)) : "";
            sb.Append($"<tr><td class=\"lesson\"><a href=\"{Encode(lesson.Link.Href)}\">{Encode(lesson.Link.Title)}</a></td>")
                .Append($"<td>{learn}</td><td>{build}</td>")
                .Append($"<td class=\"time\">{Encode(Format(T("Handout_Minutes"), lesson.Summary.Minutes))}</td></tr>\n");
        }
        var hours = lessons.Sum(l => l.Summary.Minutes) / 60.0;
        sb.Append("</tbody>\n</table>\n")
            .Append($"<p class=\"course-total\">{Encode(Format(T("Handout_TotalTime"), lessons.Count, Math.Round(hours * 2) / 2))}</p>\n")
            .Append($"<p class=\"note\">{Encode(T("Handout_TimeNote"))}</p>\n");
        return sb.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static string Format(string text, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args);

    /// <summary>A README cell or paragraph as inline HTML (code spans, emphasis, links), without the wrapping paragraph.</summary>
    private static string Inline(string markdown)
    {
        var html = Markdown.ToHtml(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 1, StringComparison.Ordinal) < 0
            ? html[3..^4] : html;
    }
}

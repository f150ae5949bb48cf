using System.Globalization;

namespace NotebookKit;

/// <summary>
/// The language of the text the kit prints (<see cref="Localization.KitText"/>): check messages, progress lines,
/// chart titles. A translated lesson chooses it in its first code cell — <c>KitLanguage.Use("zh-CN");</c> — so
/// the choice is visible, travels with the notebook and works in every Jupyter front end.
/// </summary>
/// <remarks>
/// Without an explicit choice: the <c>NOTEBOOKKIT_LANG</c> environment variable, then the UI culture of the host
/// (only where the host has real cultures; under <c>InvariantGlobalization</c> it is always invariant), then English.
/// </remarks>
public static class KitLanguage
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-CN";
    public const string EnvironmentVariable = "NOTEBOOKKIT_LANG";

    /// <summary>The languages the kit's text is translated into.</summary>
    public static IReadOnlyList<string> Supported { get; } = [English, SimplifiedChinese];

    private static volatile string? _chosen;

    /// <summary>The language the kit prints in now: one of <see cref="Supported"/>.</summary>
    public static string Current =>
        _chosen
        ?? Normalize(Environment.GetEnvironmentVariable(EnvironmentVariable))
        ?? Normalize(CultureInfo.CurrentUICulture.Name)
        ?? English;

    /// <summary>Prints the kit's text in <paramref name="language"/> from now on, for the whole process (every cell).</summary>
    /// <param name="language">A language tag: "en", "zh-CN" (also "zh", "zh-Hans", "zh_CN").</param>
    /// <exception cref="ArgumentException">The kit has no translation for the language.</exception>
    public static void Use(string language) =>
        _chosen = Normalize(language)
            ?? throw new ArgumentException($"The kit's text is not translated into '{language}'; choose one of: {string.Join(", ", Supported)}.", nameof(language));

    /// <summary>Forgets the explicit choice (tests).</summary>
    internal static void Reset() => _chosen = null;

    /// <summary>Maps a language tag onto a supported language, or null: en-* → en; zh, zh-CN, zh-SG, zh-Hans* → zh-CN.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var parts = tag.Trim().Replace('_', '-').Split('.', '@')[0].Split('-');
        var primary = parts[0].ToLowerInvariant();
        if (primary == "en")
            return English;
        if (primary != "zh")
            return null;
        var rest = parts.Skip(1).Select(p => p.ToLowerInvariant()).ToList();
        if (rest.Contains("hant") || rest.Contains("tw") || rest.Contains("hk") || rest.Contains("mo"))
            return null;   // Traditional Chinese is a different translation
        return SimplifiedChinese;
    }
}

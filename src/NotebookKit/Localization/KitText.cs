using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace NotebookKit.Localization;

/// <summary>
/// The text the kit itself prints for learners (progress lines, chart titles, table headers, check messages), in
/// the language <see cref="KitLanguage.Current"/> names. The strings live in <c>Localization/KitText.resx</c>
/// (English, the neutral table) and <c>KitText.&lt;lang&gt;.resx</c> (one per translation), edited with any resx tool.
/// </summary>
/// <remarks>
/// Every table is embedded in this assembly rather than a satellite assembly, and looked up by language name, not
/// through <see cref="CultureInfo"/>: the kit runs under <c>InvariantGlobalization</c>, where .NET refuses to create
/// any culture but the invariant one (<c>new CultureInfo("zh-CN")</c> throws), so a ResourceManager keyed by culture
/// could never reach the Chinese table. A key missing from a translation falls back to English.
/// </remarks>
public static class KitText
{
    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, string>>> Tables = new(Load);

    /// <summary>The text for <paramref name="key"/> in the current language.</summary>
    /// <exception cref="KeyNotFoundException">No table, not even English, has the key (a bug in the kit).</exception>
    public static string Get(string key) => Get(key, KitLanguage.Current);

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/> (a name from <see cref="KitLanguage.Supported"/>).</summary>
    public static string Get(string key, string language)
    {
        var tables = Tables.Value;
        if (tables.TryGetValue(language, out var table) && table.TryGetValue(key, out var text))
            return text;
        return tables[KitLanguage.English].TryGetValue(key, out var english)
            ? english
            : throw new KeyNotFoundException($"KitText has no string '{key}' (Localization/KitText.resx)");
    }

    /// <summary><see cref="string.Format(IFormatProvider, string, object[])"/> of the key's text, invariant number formatting.</summary>
    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>The keys of one language's table (tests compare the tables with each other).</summary>
    public static IReadOnlyCollection<string> Keys(string language) => Tables.Value[language].Keys;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load() =>
        KitLanguage.Supported.ToFrozenDictionary(language => language, ReadTable, StringComparer.Ordinal);

    private static FrozenDictionary<string, string> ReadTable(string language)
    {
        var name = language == KitLanguage.English ? "NotebookKit.Localization.KitText.resources" : $"NotebookKit.Localization.KitText.{language}.resources";
        using var stream = typeof(KitText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing from NotebookKit (see NotebookKit.csproj)");
        using var reader = new ResourceReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in reader)
            table[(string)entry.Key] = (string)entry.Value!;
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

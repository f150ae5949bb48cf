using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookKit.Display.Compatibility;

/// <summary>
/// The notebook's own <c>Formatter.Register&lt;T&gt;(…)</c> calls (the real package's user formatters), read live
/// so <c>Formatter.ResetToDefault()</c> takes effect at once. The package keeps them newest first.
/// </summary>
internal static class PolyglotRegistrations
{
    public static IEnumerable<(Type Type, string MimeType, Func<object, TextWriter, bool> Write, int Recency)> Current()
    {
        var recency = 0;
        foreach (var formatter in Formatter.RegisteredFormatters(includeDefaults: false))
        {
            var registered = formatter;
            yield return (registered.Type ?? typeof(object), registered.MimeType, (value, writer) =>
            {
                using var context = new Microsoft.DotNet.Interactive.Formatting.FormatContext(writer);
                return registered.Format(value, context);
            }, recency--);
        }
    }
}

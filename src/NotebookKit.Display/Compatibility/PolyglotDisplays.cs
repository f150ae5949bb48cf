using System.Collections.Concurrent;
using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookKit.Display.Compatibility;

/// <summary>
/// Where the real package's displays land: <c>x.Display()</c> on an <c>object</c>, <c>"…".DisplayAs(mime)</c>,
/// <c>rows.DisplayTable()</c> and <c>DisplayedValue.Update</c> raise Formatting's displayed-value event; this
/// sends each to the current notebook's sink, formatted by the kit (so the kit's formatters and the notebook's
/// <c>Formatter.Register</c> registrations answer, not the package's default HTML).
/// </summary>
internal static class PolyglotDisplays
{
    private static int _installed;
    private static readonly ConcurrentDictionary<string, byte> Shown = new();

    /// <summary>Subscribes once per process; outside a notebook the package's own console fallback still runs.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
            Formatter.SubscribeToDisplayedValues(Publish);
    }

    internal static void Publish(DisplayedValue shown)
    {
        if (shown is DisplayHandle handle)
        {
            handle.Republish();
            return;
        }
        if (DisplaySession.Current is not { } sink)
        {
            Formatter.WriteToConsole(shown);
            return;
        }
        var bundle = BundleOf(shown, sink);
        // The package returns a different DisplayedValue from the one it raises, so an update may name an id
        // never shown: it becomes a new output that later updates replace.
        if (shown.IsUpdated && Shown.ContainsKey(shown.DisplayId))
            sink.Update(bundle, shown.DisplayId);
        else
        {
            Shown.TryAdd(shown.DisplayId, 0);
            sink.Display(bundle, shown.DisplayId);
        }
    }

    private static MimeBundle BundleOf(DisplayedValue shown, IDisplaySink sink)
    {
        // DisplayAs: the string is the content of the one mime the caller named.
        if (shown.Value is string content && shown.FormattedValues is [{ } only] && only.Value == content && only.MimeType != MimeTypes.PlainText)
            return MimeBundleOf(only.MimeType, content);
        var asked = shown.FormattedValues.Select(v => v.MimeType).ToArray();
        var defaults = Formatter.GetPreferredMimeTypesFor(shown.Value?.GetType());
        var mimeTypes = asked.ToHashSet().SetEquals(defaults) ? [] : asked;
        return NotebookGlobals.Render(FormatterRegistry.Default, shown.Value, sink, mimeTypes);
    }

    internal static MimeBundle MimeBundleOf(string mimeType, string content) =>
        mimeType == MimeTypes.PlainText ? new MimeBundle(content)
            : new MimeBundle(mimeType == MimeTypes.Html ? Rendering.Html.StripTags(content) : content)
                .With(mimeType, MimeTypes.IsJson(mimeType) ? System.Text.Json.Nodes.JsonNode.Parse(content)! : (object)content);
}

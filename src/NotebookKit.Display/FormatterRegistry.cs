using System.Text.Json.Nodes;
using NotebookKit.Display.Formatters;

namespace NotebookKit.Display;

/// <summary>
/// Turns any object into a <see cref="MimeBundle"/>. The interpreter (Execution) asks <see cref="Default"/>.
/// </summary>
/// <remarks>
/// Two kinds of registration, as in .NET Interactive: whole-bundle formatters (<see cref="IObjectFormatter"/>)
/// and per-mime writers (<c>Register(type, mime, writer)</c>). For each object the most specific bundle
/// formatter makes the bundle; per-mime writers at least as specific replace their mime in it. Ties go to the
/// most recent registration, so a user's registration overrides the kit's. It is an instance (not global
/// state) so tests can use their own registry in parallel.
/// </remarks>
public sealed class FormatterRegistry
{
    private readonly object _gate = new();
    private readonly List<Entry> _bundles = [];
    private readonly List<MimeEntry> _mimes = [];
    private readonly List<(Type Type, string[] Mimes)> _preferred = [];
    private int _kitCount;
    private long _sequence;
    private int _listExpansionLimit = 20;

    /// <summary>
    /// The registry a notebook's cells use. It also reads the notebook's registrations on the real Polyglot
    /// <c>Microsoft.DotNet.Interactive.Formatting.Formatter</c> (and its <c>ListExpansionLimit</c>).
    /// </summary>
    public static FormatterRegistry Default { get; } = new(readsPolyglotFormatter: true);

    /// <summary>A registry holding the kit's formatters (matrices, models, charts, tables, any object).</summary>
    public FormatterRegistry() : this(readsPolyglotFormatter: false)
    {
    }

    private FormatterRegistry(bool readsPolyglotFormatter)
    {
        ReadsPolyglotFormatter = readsPolyglotFormatter;
        foreach (var formatter in KitFormatters.All()) Add(formatter);
        _kitCount = _bundles.Count;
    }

    /// <summary>Whether the static Polyglot <c>Formatter</c>'s user registrations take part (global state: Default only).</summary>
    private bool ReadsPolyglotFormatter { get; }

    /// <summary>Rows of a sequence shown before "…" (Polyglot's <c>ListExpansionLimit</c>).</summary>
    public int ListExpansionLimit
    {
        get => ReadsPolyglotFormatter ? Microsoft.DotNet.Interactive.Formatting.Formatter.ListExpansionLimit : _listExpansionLimit;
        set
        {
            if (ReadsPolyglotFormatter) Microsoft.DotNet.Interactive.Formatting.Formatter.ListExpansionLimit = value;
            else _listExpansionLimit = value;
        }
    }

    /// <summary>Adds a whole-bundle formatter; it wins over earlier ones for the same type.</summary>
    public void Register(IObjectFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Add(formatter);
    }

    /// <summary>Adds a writer of one mime type for <paramref name="type"/> (class, interface or open generic).</summary>
    public void Register(Type type, string mimeType, Action<object, TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(write);
        CheckMime(mimeType);
        lock (_gate) _mimes.Add(new MimeEntry(type, mimeType, (o, w) => { write(o, w); return true; }, ++_sequence));
    }

    public void Register<T>(string mimeType, Func<T, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Register(typeof(T), mimeType, (o, w) => w.Write(format((T)o)));
    }

    public void Register<T>(string mimeType, Action<T, TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Register(typeof(T), mimeType, (o, w) => write((T)o, w));
    }

    /// <summary>Keeps only these mime types (plus text/plain) for objects of <paramref name="type"/>.</summary>
    public void SetPreferredMimeTypes(Type type, params string[] mimeTypes)
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var m in mimeTypes) CheckMime(m);
        lock (_gate) _preferred.Add((type, mimeTypes));
    }

    /// <summary>Forgets every registration made after construction: back to the kit's formatters.</summary>
    public void ResetToDefault()
    {
        lock (_gate)
        {
            _bundles.RemoveRange(_kitCount, _bundles.Count - _kitCount);
            _mimes.Clear();
            _preferred.Clear();
            ListExpansionLimit = 20;
        }
    }

    /// <summary>The bundle for <paramref name="value"/>, for the sink of the code running now (<see cref="DisplaySession.Current"/>, if any).</summary>
    public MimeBundle Format(object? value) => Format(value, DisplaySession.Current);

    /// <summary>The bundle for <paramref name="value"/> as it will be shown through <paramref name="sink"/>.</summary>
    public MimeBundle Format(object? value, IDisplaySink? sink)
    {
        if (value is null) return new MimeBundle("null");
        var context = new FormatContext(this, sink);
        Type type = value.GetType();
        Entry[] bundles;
        MimeEntry[] mimes;
        (Type, string[])[] preferred;
        lock (_gate)
        {
            bundles = [.. _bundles];
            mimes = [.. _mimes];
            preferred = [.. _preferred];
        }
        if (ReadsPolyglotFormatter)
            mimes = [.. mimes, .. PolyglotRegistrations.Current().Select(r => new MimeEntry(r.Type, r.MimeType, r.Write, long.MaxValue / 2 + r.Recency))];

        var best = Best(bundles, e => e.Formatter.Type, e => e.Sequence, type)!;
        int bestRank = TypeSpecificity.Rank(best.Formatter.Type, type)!.Value;
        // A type that names its own formatters ([TypeFormatterSource]) shows as its library meant, not as a property table.
        var formatter = best.Formatter is IFallbackFormatter && PolyglotTypeFormatter.HasFormatterSource(type)
            ? new PolyglotTypeFormatter(type)
            : best.Formatter;
        MimeBundle bundle = Run(formatter, value, context);

        var overrides = mimes
            .Select(m => (Entry: m, Rank: TypeSpecificity.Rank(m.Type, type)))
            .Where(m => m.Rank is int r && r <= bestRank)
            .GroupBy(m => m.Entry.MimeType)
            .Select(g => g.OrderBy(m => m.Rank).ThenByDescending(m => m.Entry.Sequence).First().Entry)
            .ToList();
        if (overrides.Count > 0)
            bundle = ApplyOverrides(bundle, overrides, value, dropRich: formatter is IFallbackFormatter);

        var keep = Best(preferred, p => p.Item1, _ => 0, type);
        return keep.Item2 is null ? bundle : Filter(bundle, keep.Item2);
    }

    private void Add(IObjectFormatter formatter)
    {
        lock (_gate) _bundles.Add(new Entry(formatter, ++_sequence));
    }

    private static T? Best<T>(IEnumerable<T> items, Func<T, Type> typeOf, Func<T, long> sequence, Type actual) =>
        items.Select(i => (Item: i, Rank: TypeSpecificity.Rank(typeOf(i), actual)))
            .Where(i => i.Rank is not null)
            .OrderBy(i => i.Rank)
            .ThenByDescending(i => sequence(i.Item))
            .Select(i => i.Item)
            .FirstOrDefault();

    private static MimeBundle Run(IObjectFormatter formatter, object value, FormatContext context)
    {
        try
        {
            return formatter.Format(value, context);
        }
        catch (Exception e)
        {
            // A broken formatter must not hide the value: show its text and say which formatter failed.
            string text = SafeToString(value);
            string note = $"{formatter.GetType().Name} could not format {TypeNames.Of(value.GetType())}: {e.Message}";
            return new MimeBundle(text).With(MimeTypes.Html,
                $"<pre>{Html.Encode(text)}</pre><p style=\"color:#b00\">{Html.Encode(note)}</p>");
        }
    }

    private static MimeBundle ApplyOverrides(MimeBundle bundle, List<MimeEntry> overrides, object value, bool dropRich)
    {
        var data = new Dictionary<string, object>();
        foreach (var (mime, content) in bundle)
            if (!dropRich || mime == MimeTypes.PlainText) data[mime] = content;
        foreach (var o in overrides)
        {
            using var writer = new StringWriter();
            if (!o.Write(value, writer)) continue; // a Polyglot formatter may decline a value
            string text = writer.ToString();
            data[o.MimeType] = MimeTypes.IsJson(o.MimeType) ? JsonNode.Parse(text)! : (object)text;
        }
        return new MimeBundle(data);
    }

    private static MimeBundle Filter(MimeBundle bundle, string[] keep) =>
        new(bundle.Where(kv => kv.Key == MimeTypes.PlainText || keep.Contains(kv.Key)));

    private static string SafeToString(object value)
    {
        try { return value.ToString() ?? ""; }
        catch (Exception e) { return $"{TypeNames.Of(value.GetType())} (ToString failed: {e.Message})"; }
    }

    private static void CheckMime(string mimeType)
    {
        if (string.IsNullOrWhiteSpace(mimeType) || mimeType.IndexOf('/') <= 0)
            throw new ArgumentException($"'{mimeType}' is not a mime type (expected type/subtype, e.g. text/html).", nameof(mimeType));
    }

    private sealed record Entry(IObjectFormatter Formatter, long Sequence);

    private sealed record MimeEntry(Type Type, string MimeType, Func<object, TextWriter, bool> Write, long Sequence);
}

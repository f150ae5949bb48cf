using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookKit.Display;

/// <summary>
/// One output on the page that can be replaced in place (<c>update_display_data</c>): what <c>display(x)</c>
/// returns. It is Polyglot's <see cref="DisplayedValue"/>, so code typed against the real package keeps working;
/// its <see cref="DisplayedValue.DisplayId"/> is the output's <c>transient.display_id</c>. Outside a notebook,
/// <see cref="Update"/> prints the new value's text instead.
/// </summary>
public sealed class DisplayHandle : DisplayedValue
{
    private readonly IDisplaySink? _sink;
    private readonly FormatterRegistry _registry;
    private readonly string[] _mimeTypes;

    internal DisplayHandle(object? value, MimeBundle shown, IDisplaySink? sink, FormatterRegistry registry, string[] mimeTypes)
        : base(value!, [new FormattedValue(MimeTypes.PlainText, shown.PlainText)])
    {
        _sink = sink;
        _registry = registry;
        _mimeTypes = mimeTypes;
    }

    /// <summary>Replaces the output with <paramref name="value"/>, formatted like <c>display</c> does.</summary>
    public new void Update(object? value)
    {
        var bundle = NotebookGlobals.Render(_registry, value, _sink, _mimeTypes);
        if (_sink is null) Console.Out.WriteLine(bundle.PlainText);
        else _sink.Update(bundle, DisplayId);
    }

    /// <summary>Called when code holding a plain <see cref="DisplayedValue"/> reference updated it.</summary>
    internal void Republish() => Update(Value);

    /// <summary>Empty, so a cell ending in <c>display(x)</c> adds nothing after the display itself.</summary>
    public override string ToString() => "";
}

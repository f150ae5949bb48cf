namespace NotebookKit.Display;

/// <summary>
/// One output on the page that can be replaced in place (<c>update_display_data</c>): what <c>display(x)</c>
/// returns. Outside a notebook, <see cref="Update"/> prints the new value's text instead.
/// </summary>
public sealed class DisplayHandle
{
    private readonly IDisplaySink? _sink;
    private readonly FormatterRegistry _registry;
    private readonly string[] _mimeTypes;

    internal DisplayHandle(string displayId, IDisplaySink? sink, FormatterRegistry registry, string[] mimeTypes)
    {
        DisplayId = displayId;
        _sink = sink;
        _registry = registry;
        _mimeTypes = mimeTypes;
    }

    /// <summary>The <c>transient.display_id</c> shared by the output and its updates.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the output with <paramref name="value"/>, formatted like <c>display</c> does.</summary>
    public void Update(object? value)
    {
        var bundle = NotebookGlobals.Render(_registry, value, _sink, _mimeTypes);
        if (_sink is null) Console.Out.WriteLine(bundle.PlainText);
        else _sink.Update(bundle, DisplayId);
    }

    /// <summary>Empty, so a cell ending in <c>display(x)</c> adds nothing after the display itself.</summary>
    public override string ToString() => "";
}

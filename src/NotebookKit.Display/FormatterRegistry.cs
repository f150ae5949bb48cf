namespace NotebookKit.Display;

/// <summary>Turns any object into a <see cref="MimeBundle"/>. The kernel asks <see cref="Default"/>.</summary>
public sealed class FormatterRegistry
{
    /// <summary>The registry the kernel and the Polyglot-style static <c>Formatter</c> use.</summary>
    public static FormatterRegistry Default { get; } = new();

    public MimeBundle Format(object? value) => new(value?.ToString() ?? "null");
}

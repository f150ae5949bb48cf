namespace NotebookKit.Display;

/// <summary>
/// Turns objects of one type into a <see cref="MimeBundle"/> (always with <c>text/plain</c>).
/// <see cref="Type"/> may be a class, an interface or an open generic such as <c>Matrix&lt;&gt;</c>;
/// the registry picks the most specific formatter for each object.
/// </summary>
public interface IObjectFormatter
{
    /// <summary>The type this formatter handles (a class, interface or open generic definition).</summary>
    Type Type { get; }

    MimeBundle Format(object value, FormatContext context);
}

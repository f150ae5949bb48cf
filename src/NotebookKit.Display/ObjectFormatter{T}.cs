namespace NotebookKit.Display;

/// <summary>The typed way to write an <see cref="IObjectFormatter"/> for a closed type.</summary>
public abstract class ObjectFormatter<T> : IObjectFormatter
{
    public Type Type => typeof(T);

    public MimeBundle Format(object value, FormatContext context) => Format((T)value, context);

    protected abstract MimeBundle Format(T value, FormatContext context);
}

namespace NotebookKit.Display.Formatters;

/// <summary>Numbers, strings, booleans, dates, enums: text/plain only — <c>6*7</c> shows <c>42</c>, nothing more.</summary>
internal sealed class ScalarFormatter(Type type) : IObjectFormatter
{
    public static readonly Type[] Types =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
        typeof(Half), typeof(Int128), typeof(UInt128), typeof(nint), typeof(nuint), typeof(Enum),
        typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Guid),
        typeof(System.Numerics.BigInteger), typeof(System.Numerics.Complex), typeof(Type), typeof(Exception),
    ];

    public Type Type => type;

    public MimeBundle Format(object value, FormatContext context) => new(ValueText.Describe(value));
}

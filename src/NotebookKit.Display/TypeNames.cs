using System.Text;

namespace NotebookKit.Display;

/// <summary>Type names as a C# reader writes them: <c>List&lt;int&gt;</c>, <c>double[,]</c>, not <c>List`1</c>.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(short)] = "short", [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte", [typeof(uint)] = "uint", [typeof(ulong)] = "ulong", [typeof(ushort)] = "ushort",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(string)] = "string", [typeof(object)] = "object",
    };

    public static string Of(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword)) return keyword;
        if (type.IsArray) return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        if (Nullable.GetUnderlyingType(type) is { } inner) return Of(inner) + "?";
        if (IsAnonymous(type)) return "anonymous";
        if (IsValueTuple(type)) return "(" + string.Join(", ", type.GetGenericArguments().Select(Of)) + ")";
        // A lazy LINQ query is an internal iterator (ListSelectIterator<…>, WhereEnumerableIterator<…>): the
        // reader wrote a query over items, so it is named by what it yields, as Polyglot did.
        if (!type.IsVisible && LazySequenceItem(type) is { } item) return $"IEnumerable<{Of(item)}>";
        string name = type.Name;
        // Cells compile to Submission#N classes; a learner's type is just its own name.
        int tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (!type.IsGenericType) return name;
        var sb = new StringBuilder(name).Append('<');
        sb.AppendJoin(", ", type.GetGenericArguments().Select(Of));
        return sb.Append('>').ToString();
    }

    private static bool IsValueTuple(Type type) =>
        type.IsGenericType && type.IsValueType && type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true;

    private static Type? LazySequenceItem(Type type) =>
        type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
            ? type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            : null;

    public static bool IsAnonymous(Type type) =>
        type.Name.Contains("AnonymousType", StringComparison.Ordinal) && type.Name.StartsWith("<>", StringComparison.Ordinal);
}

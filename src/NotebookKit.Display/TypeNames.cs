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
        string name = type.Name;
        // Cells compile to Submission#N classes; a learner's type is just its own name.
        int tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (!type.IsGenericType) return name;
        var sb = new StringBuilder(name).Append('<');
        sb.AppendJoin(", ", type.GetGenericArguments().Select(Of));
        return sb.Append('>').ToString();
    }

    public static bool IsAnonymous(Type type) =>
        type.Name.Contains("AnonymousType", StringComparison.Ordinal) && type.Name.StartsWith("<>", StringComparison.Ordinal);
}

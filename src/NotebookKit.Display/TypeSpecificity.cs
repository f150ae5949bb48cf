namespace NotebookKit.Display;

/// <summary>
/// How closely a registered type fits an object's runtime type: lower is more specific. A class in the
/// runtime type's base chain scores 2·depth; an interface scores as the most basic class that still implements
/// it (2·depth + 1), so <c>string</c> beats <c>IEnumerable</c>, which beats <c>object</c>.
/// Open generic definitions (<c>Matrix&lt;&gt;</c>) match any of their constructions.
/// </summary>
internal static class TypeSpecificity
{
    public static int? Rank(Type registered, Type actual)
    {
        int depth = 0;
        for (Type? t = actual; t is not null; t = t.BaseType, depth++)
            if (Same(registered, t)) return 2 * depth;

        if (!registered.IsInterface) return null;
        int? deepest = null;
        depth = 0;
        for (Type? t = actual; t is not null; t = t.BaseType, depth++)
            if (Implements(t, registered)) deepest = depth;
        return deepest is int d ? 2 * d + 1 : null;
    }

    private static bool Same(Type registered, Type t) =>
        registered == t || (registered.IsGenericTypeDefinition && t.IsGenericType && t.GetGenericTypeDefinition() == registered);

    private static bool Implements(Type t, Type face) => t.GetInterfaces().Any(i => Same(face, i));
}

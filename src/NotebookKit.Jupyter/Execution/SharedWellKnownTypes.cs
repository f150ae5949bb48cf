using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Hands a cell the framework types and members its predecessor already looked up for the code the compiler writes
/// around every cell (<c>Task</c>, the async builder, <c>CompilerGeneratedAttribute</c>, ...). Each one is searched
/// for by name in all ~180 referenced assemblies, once per compilation: ~15% of the cell thread's CPU for a warm
/// <c>1 + 1</c> (perf, bench/kernel/README.md). Between two cells that share one reference binding the answers
/// cannot differ: they are the same symbols of the same assemblies.
/// </summary>
/// <remarks>
/// Only after <see cref="SharedReferenceBinding"/> gave the cell its predecessor's binding, and only what was found:
/// a type the references lack stays unknown (the compiler's placeholder for it belongs to the compilation that asked),
/// as does a member of one, so the cell looks those up itself. A submission cannot declare a top-level type, so no
/// cell's own source could have answered differently. If a Roslyn update renames the fields, every cell looks
/// everything up as before (a test pins them).
/// </remarks>
internal static class SharedWellKnownTypes
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

    internal static readonly FieldInfo? TypesField = ArrayField("_lazyWellKnownTypes");

    internal static readonly FieldInfo? MembersField = ArrayField("_lazyWellKnownTypeMembers");

    private static readonly Type? ErrorType = typeof(CSharpCompilation).Assembly.GetType("Microsoft.CodeAnalysis.CSharp.Symbols.ErrorTypeSymbol");

    /// <summary>The compiler's "not looked up yet" mark in the members array.</summary>
    internal static readonly object? NotLookedUp = ErrorType?.GetField("UnknownResultType", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(null);

    /// <summary>Call right after the cell got <paramref name="previous"/>'s reference binding, before it is bound.</summary>
    public static void Apply(CSharpCompilation cell, CSharpCompilation previous)
    {
        if (TypesField is null || MembersField is null || ErrorType is null || NotLookedUp is null)
            return;
        if (TypesField.GetValue(cell) is null && TypesField.GetValue(previous) is Array types)
            TypesField.SetValue(cell, Found(types, missing: null));
        if (MembersField.GetValue(cell) is null && MembersField.GetValue(previous) is Array members)
            MembersField.SetValue(cell, Found(members, missing: NotLookedUp));
    }

    /// <summary>A copy (the predecessor may still fill its own) holding only what was found; the rest reads as not looked up.</summary>
    private static Array Found(Array answers, object? missing)
    {
        // The arrays hold symbols (NamedTypeSymbol[], Symbol[]): as object[] their ~1,300 slots are read directly.
        var copy = (object?[])answers.Clone();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is not { } answer || ErrorType!.IsInstanceOfType(answer))
                copy[i] = missing;
        }
        return copy;
    }

    private static FieldInfo? ArrayField(string name) =>
        typeof(CSharpCompilation).GetField(name, Instance) is { FieldType.IsArray: true } field ? field : null;
}

using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Hands a cell the usings of the cells before it as they were bound, instead of binding every namespace again in
/// the cell's own compilation. Roslyn rebuilds each imported namespace (the prelude's ~20, and any a cell added)
/// by merging it across all ~180 referenced assemblies, for every cell, whether the cell names anything in it or
/// not: ~7% of a warm <c>1 + 1</c> on the cell thread (perf), and what a lookup through a using then finds there is
/// built again too. Its own source calls the re-binding avoidable when the references have not changed
/// (dotnet/roslyn#5517): only then, after <see cref="SharedReferenceBinding"/>, does a cell get them shared.
/// </summary>
/// <remarks>
/// What Roslyn does for a submission (<c>CSharpCompilation.ExpandPreviousSubmissionImports</c>), except that the
/// namespaces are kept: the predecessor's inherited imports and its own, concatenated, with aliases still moved
/// to the new submission by Roslyn itself. Not for a cell with usings of its own (see <see cref="Apply"/>). A namespace merged over the same assemblies has the same members
/// (a submission cannot declare a namespace), and types, which Roslyn never re-binds, are kept as before. If a
/// Roslyn update renames what this reaches, cells re-bind as before (a test pins every member).
/// </remarks>
internal static class SharedImports
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public;

    internal static readonly FieldInfo? InheritedField =
        typeof(CSharpCompilation).GetField("_lazyPreviousSubmissionImports", Instance) is { FieldType.Name: "Imports" } field ? field : null;

    private static readonly Type? Imports = InheritedField?.FieldType;

    private static readonly MethodInfo? Inherited = typeof(CSharpCompilation).GetMethod("GetPreviousSubmissionImports", Instance, Type.EmptyTypes);
    private static readonly MethodInfo? Own = typeof(CSharpCompilation).GetMethod("GetSubmissionImports", Instance, Type.EmptyTypes);
    private static readonly MethodInfo? MoveToSubmission = Imports?.GetMethod("ExpandPreviousSubmissionImports", Static, [Imports, typeof(CSharpCompilation)]);
    private static readonly MethodInfo? Create = Imports?.GetMethod("Create", Static);
    private static readonly MethodInfo? Concat = Imports is null ? null : Imports.GetMethod("Concat", Instance, [Imports]);
    private static readonly FieldInfo? Aliases = Imports?.GetField("UsingAliases", Instance);
    private static readonly FieldInfo? Usings = Imports?.GetField("Usings", Instance);
    private static readonly FieldInfo? Externs = Imports?.GetField("ExternAliases", Instance);
    private static readonly object? NoUsings = Usings?.FieldType.GetField("Empty", Static)?.GetValue(null);

    /// <summary>True when every member this reaches exists (a test pins it).</summary>
    internal static bool Available =>
        InheritedField is not null && Inherited is not null && Own is not null && MoveToSubmission is not null && Create is { } create
        && create.GetParameters().Length == 3 && Concat is not null && Aliases is not null && Usings is not null && Externs is not null && NoUsings is not null;

    /// <summary>Call right after the cell got <paramref name="previous"/>'s reference binding, before it is bound.</summary>
    public static void Apply(CSharpCompilation cell, CSharpCompilation previous)
    {
        // A cell's own usings are bound in its own compilation, and Roslyn tells an inherited namespace from one the
        // cell imports again only by the symbol: the same namespace, bound twice, made every type in it ambiguous
        // (CS0104). Such a cell binds everything in its compilation, as before, and the cells after it inherit that.
        if (!Available || InheritedField!.GetValue(cell) is not null || cell.SyntaxTrees.Any(HasUsings))
            return;
        var inherited = Concat!.Invoke(Kept(Inherited!.Invoke(previous, null)!, cell), [Kept(Own!.Invoke(previous, null)!, cell)]);
        InheritedField.SetValue(cell, inherited);
    }

    private static bool HasUsings(SyntaxTree tree) => tree.GetRoot() is CompilationUnitSyntax { Usings.Count: > 0 };

    /// <summary>The imports with their namespaces as bound, their aliases moved to the cell's submission by Roslyn.</summary>
    private static object Kept(object imports, CSharpCompilation cell)
    {
        var aliasesOnly = Create!.Invoke(null, [Aliases!.GetValue(imports), NoUsings, Externs!.GetValue(imports)])!;
        var moved = MoveToSubmission!.Invoke(null, [aliasesOnly, cell])!;
        return Create.Invoke(null, [Aliases.GetValue(moved), Usings!.GetValue(imports), Externs.GetValue(moved)])!;
    }
}

using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Lets a cell's compilation reuse the reference binding of the cell before it. Every submission inherits the ~180
/// framework and kit references of the first, and Roslyn bound them all again for each one: the symbols are cached,
/// but matching every assembly's references against the others was ~40% of what a warm <c>1 + 1</c> allocated
/// (213 of ~500 KB) and about a quarter of its compile. Shared, it is a copy of a finished binding (~7 KB).
/// </summary>
/// <remarks>
/// Roslyn reuses a binding across compilations whose references are the same (its own
/// <c>WithScriptCompilationInfo</c>: "reference binding doesn't depend on previous submission"), but not across a
/// change of assembly name, and the scripting API gives every submission a new one; the name only matters there for
/// InternalsVisibleTo and circular references, which a submission's generated name never meets. So the cell's
/// unbound reference manager is replaced, before anything reads it, by a copy of its predecessor's bound one carrying
/// the cell's own name. Only when a full binding would give the same assemblies: the cell brings no reference of
/// its own (no options references, no <c>#r</c>, no <c>#load</c> that might hold one) and its predecessor's binding
/// holds no <c>#r</c> (a cell after an <c>#r</c> binds in full once). If a Roslyn update renames the fields, cells
/// bind in full as before (a test pins them so that never goes unnoticed).
/// </remarks>
internal static class SharedReferenceBinding
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    internal static readonly FieldInfo? ManagerField = typeof(CSharpCompilation).GetField("_referenceManager", Instance);

    internal static readonly FieldInfo? NameField =
        ManagerField?.FieldType.BaseType?.GetField("SimpleAssemblyName", Instance) is { } field && field.FieldType == typeof(string) ? field : null;

    private static readonly MethodInfo Copy = typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>Call on a cell's compilation right after it is made, before it is bound, compiled or run; true when it now shares its predecessor's binding.</summary>
    public static bool Apply(Compilation compilation)
    {
        if (ManagerField is null || NameField is null
            || compilation is not CSharpCompilation { ScriptCompilationInfo.PreviousScriptCompilation: { } previous } cell
            || !cell.ExternalReferences.IsEmpty
            || cell.SyntaxTrees.Any(AddsReferences)
            // Binds the predecessor, if it is not bound yet; its own #r would be in the copy's directive references.
            || !previous.DirectiveReferences.IsEmpty)
            return false;
        var own = ManagerField.GetValue(cell);
        var bound = ManagerField.GetValue(previous);
        if (own is null || bound is null || own.GetType() != bound.GetType())
            return false;
        var shared = Copy.Invoke(bound, null)!;
        NameField.SetValue(shared, NameField.GetValue(own));
        ManagerField.SetValue(cell, shared);
        return true;
    }

    private static bool AddsReferences(SyntaxTree tree) =>
        tree.GetRoot() is CompilationUnitSyntax root && (root.GetReferenceDirectives().Count > 0 || root.GetLoadDirectives().Count > 0);
}

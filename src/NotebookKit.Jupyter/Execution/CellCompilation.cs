using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// What every cell's script gets between <c>ContinueWith</c> and its compile: a build on the asking thread
/// (<see cref="SequentialBuild"/>), its predecessor's reference binding (<see cref="SharedReferenceBinding"/>) and,
/// with it, the framework types the predecessor looked up in those references (<see cref="SharedWellKnownTypes"/>)
/// and the usings of the cells before it as they were bound (<see cref="SharedImports"/>). Each only fills in what
/// the scripting API made lazily, so they must come before anything compiles or runs the script.
/// </summary>
internal static class CellCompilation
{
    public static Script<T> Prepare<T>(Script<T> script)
    {
        SequentialBuild.Apply(script);
        // The compilation the script now holds: the sequential one, when the swap happened.
        if (script.GetCompilation() is CSharpCompilation { ScriptCompilationInfo.PreviousScriptCompilation: CSharpCompilation previous } cell
            && SharedReferenceBinding.Apply(cell))
        {
            SharedWellKnownTypes.Apply(cell, previous);
            SharedImports.Apply(cell, previous);
        }
        return script;
    }
}

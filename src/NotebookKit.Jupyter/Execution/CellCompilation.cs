using Microsoft.CodeAnalysis.Scripting;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// What every cell's script gets between <c>ContinueWith</c> and its compile: a build on the asking thread
/// (<see cref="SequentialBuild"/>) and its predecessor's reference binding (<see cref="SharedReferenceBinding"/>).
/// Both only swap what the scripting API made lazily, so they must come before anything compiles or runs it.
/// </summary>
internal static class CellCompilation
{
    public static Script<T> Prepare<T>(Script<T> script)
    {
        SequentialBuild.Apply(script);
        // The compilation the script now holds: the sequential one, when the swap happened.
        SharedReferenceBinding.Apply(script.GetCompilation());
        return script;
    }
}

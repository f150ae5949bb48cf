using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// Whether a notebook is C#, read from its metadata as Jupyter front ends read it: the kernelspec (name and
/// language) first, then language_info. NotebookKit's own kernelspec, Polyglot's <c>.net-csharp</c> and the
/// languages <c>C#</c>/<c>csharp</c> count as C#; a notebook that declares nothing is taken as C#.
/// </summary>
public static class NotebookLanguage
{
    private static readonly HashSet<string> CSharpKernels = new(StringComparer.OrdinalIgnoreCase) { Kernel.KernelIdentity.KernelName, ".net-csharp", "csharp" };
    private static readonly HashSet<string> CSharpLanguages = new(StringComparer.OrdinalIgnoreCase) { "C#", "csharp", "c-sharp" };

    /// <summary>True for a kernelspec name the NotebookKit kernel stands in for (what <c>--kernel</c> accepts).</summary>
    public static bool IsCSharpKernel(string name) => CSharpKernels.Contains(name);

    /// <summary>Null when the notebook is C# (or says nothing); otherwise why it is not, naming what it declares.</summary>
    public static string? WhyNotCSharp(Notebook notebook)
    {
        var spec = notebook.Metadata["kernelspec"] as JsonObject;
        var name = Text(spec?["name"]);
        var language = Text(spec?["language"]) ?? Text((notebook.Metadata["language_info"] as JsonObject)?["name"]);
        if (name is not null && CSharpKernels.Contains(name))
            return null;
        if (language is not null && CSharpLanguages.Contains(language))
            return null;
        if (name is null && language is null)
            return null;
        var display = Text(spec?["display_name"]);
        var declared = name is null ? $"language '{language}'"
            : $"kernelspec '{name}'{(display is not null ? $" ({display})" : "")}{(language is not null ? $", language '{language}'" : "")}";
        return $"its {declared} is not C#, and NotebookKit only runs C#. Run it with its own kernel " +
               $"(jupyter nbconvert --execute), or pass --kernel {Kernel.KernelIdentity.KernelName} to run its cells as C# anyway.";
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}

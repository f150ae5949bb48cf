using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Roslyn's resolver for <c>#r</c>, taught one more form: <c>#r "nuget: …"</c> resolves to the DLLs the
/// restorer put in its cache (restored before the cell compiles). Paths and names go to Roslyn's own resolver.
/// </summary>
internal sealed class NuGetMetadataResolver(MetadataReferenceResolver inner, ConcurrentDictionary<string, IReadOnlyList<string>> restored)
    : MetadataReferenceResolver
{
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (!reference.TrimStart().StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            return inner.ResolveReference(reference, baseFilePath, properties);
        return restored.TryGetValue(NuGetReference.Key(reference), out var paths)
            ? paths.Select(p => MetadataReference.CreateFromFile(p, properties)).ToImmutableArray()
            : ImmutableArray<PortableExecutableReference>.Empty;
    }

    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => inner.GetHashCode();
}

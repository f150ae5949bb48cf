namespace NotebookKit.Jupyter.Execution;

/// <summary>A <c>#r "nuget: Id, Version"</c> directive; <see cref="Reference"/> is the text between the quotes.</summary>
internal sealed record NuGetReference(string Id, string? Version, string Reference)
{
    /// <summary>How the metadata resolver recognises the directive: spacing and case do not matter.</summary>
    public static string Key(string reference) =>
        new string(reference.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
}

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// What a <see cref="ClearJob"/> did: why it cleared nothing (a path that is no notebook or folder), or each
/// notebook's result in order.
/// </summary>
public sealed record ClearOutcome(string? Refusal, IReadOnlyList<ClearedNotebook> Notebooks)
{
    /// <summary>True when every notebook named was cleared or had nothing to clear.</summary>
    public bool Succeeded => Refusal is null && Notebooks.All(n => n.Error is null);
}

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// What a <see cref="ConvertJob"/> did: why it wrote nothing (<see cref="Refusal"/>: a missing or malformed
/// notebook, a file it would replace unasked, two notebooks with one target), or the files it wrote in order and,
/// when a write failed part-way, why (<see cref="Failure"/>; the files before it stay written, none is half-written).
/// </summary>
public sealed record ConvertOutcome(string? Refusal, IReadOnlyList<ConvertedNotebook> Written, string? Failure)
{
    public bool Succeeded => Refusal is null && Failure is null;
}

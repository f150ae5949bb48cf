namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// What a use case that writes one file per notebook did (<c>student</c>, <c>translate start</c>): why it wrote
/// nothing (<see cref="Refusal"/>), or the files it wrote in order and, when it stopped part-way, why
/// (<see cref="Failure"/>; the files before it stay written, none is half-written).
/// </summary>
public sealed record WriteOutcome(string? Refusal, IReadOnlyList<string> Written, string? Failure)
{
    public bool Succeeded => Refusal is null && Failure is null;
}

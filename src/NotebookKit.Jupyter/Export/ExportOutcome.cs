namespace NotebookKit.Jupyter.Export;

/// <summary>
/// What an <see cref="ExportJob"/> did: why it wrote nothing (<see cref="Refusal"/> and its message), or the
/// handout files it wrote in order and, when one folder's handouts failed part-way, why (<see cref="Failure"/>).
/// </summary>
public sealed record ExportOutcome(ExportRefusal Refusal, string? RefusalMessage, IReadOnlyList<string> Written, string? Failure)
{
    public bool Succeeded => Refusal == ExportRefusal.None && Failure is null;
}

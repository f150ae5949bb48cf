namespace NotebookKit.Tests.Blas;

/// <summary>
/// The BLAS tests switch MathNet's process-wide provider and count native calls, so they run alone,
/// never beside another test class that multiplies matrices.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BlasCollection
{
    public const string Name = "BLAS provider (process-wide)";
}

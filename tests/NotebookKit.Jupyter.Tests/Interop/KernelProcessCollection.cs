namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>
/// Tests that start real kernel processes run one after another: the machine has two cores, and kernels
/// started side by side would only slow each other down.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelProcessCollection
{
    public const string Name = "Kernel processes";
}

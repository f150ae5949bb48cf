using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>One warmed Roslyn interpreter shared by the in-process kernel tests (warming it is the slow part).</summary>
public sealed class InterpreterFixture
{
    public CSharpInterpreter Interpreter { get; } = new(nugetCache: Path.Combine(Path.GetTempPath(), "notebookkit-test-nuget"));
}

/// <summary>The shared interpreter sends the process's Console to the running cell's port, so its tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessKernelCollection : ICollectionFixture<InterpreterFixture>
{
    public const string Name = "In-process kernel";
}

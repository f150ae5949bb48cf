namespace NotebookKit.Jupyter.Runner;

/// <summary>The kernel process exited (crashed, was killed, ran out of memory) while the runner needed it.</summary>
public sealed class KernelDiedException(string message) : Exception(message);

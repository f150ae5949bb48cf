namespace NotebookKit.Jupyter.Execution;

/// <summary>A <c>#r "nuget: …"</c> package that the dotnet CLI could not restore; the message says why.</summary>
public sealed class NuGetRestoreException(string message) : Exception(message);

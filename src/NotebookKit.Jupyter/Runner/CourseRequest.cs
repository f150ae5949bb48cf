namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// What `notebookkit course` is asked to do: the reference lessons (files or folders, one language or several), the
/// site's folder, whether handouts show the reference solutions (<see cref="Teacher"/>) or the learner's stubs, and
/// whether they are printed to PDF too.
/// </summary>
public sealed record CourseRequest(IReadOnlyList<string> Lessons, string OutputDir, bool Teacher, bool Pdf, RunOptions Options);

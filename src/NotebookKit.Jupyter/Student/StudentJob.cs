using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Student;

/// <summary>
/// The `student` use case: the learner's version of each reference notebook (solutions replaced by stubs, outputs
/// cleared) into one folder. A folder stands for its notebooks; every notebook is converted before the first is
/// written (<see cref="StudentNotebook.WriteAll"/>), so a malformed one leaves the folder as it was.
/// </summary>
public static class StudentJob
{
    public static WriteOutcome Run(IReadOnlyList<string> paths, string outputDir)
    {
        try
        {
            return new WriteOutcome(null, StudentNotebook.WriteAll(NotebookPaths.Expand(paths), outputDir), null);
        }
        catch (Exception e) when (e is IOException or FormatException or NotebookFormatException or UnauthorizedAccessException)
        {
            return new WriteOutcome(null, [], e.Message);
        }
    }
}

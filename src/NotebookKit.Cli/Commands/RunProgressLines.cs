using NotebookKit.Jupyter.Runner;

namespace NotebookKit.Cli.Commands;

/// <summary>A run's progress as plain lines, one per cell: for logs, pipes and CI.</summary>
internal sealed class RunProgressLines(TextWriter stdout) : IRunObserver
{
    public IProgress<RunProgress> Starting(string path, int codeCells) =>
        new InOrderProgress(p => stdout.WriteLine(p.Cell == 0
            ? $"{p.Notebook}: starting kernel ({p.CodeCells} code cells)"
            : $"{p.Notebook}: cell {p.Cell} of {p.CodeCells} ({p.Elapsed.TotalSeconds:0.0} s)"));

    // Nothing to close: each notebook's "ok"/failure line comes with the summary RunCommand.Report prints at the end.
    public void Finished(NotebookRunResult result)
    {
    }
}

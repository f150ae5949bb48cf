using NotebookKit.Jupyter.Runner;
using Spectre.Console;

namespace NotebookKit.Cli.Commands;

/// <summary>A run's progress in a terminal: one live bar per notebook, ending in ok or failed.</summary>
internal sealed class RunProgressBars(ProgressContext context) : IRunObserver
{
    private ProgressTask? task;
    private string name = "";

    public IProgress<RunProgress> Starting(string path, int codeCells)
    {
        name = Markup.Escape(Path.GetFileName(path));
        var bar = task = context.AddTask($"{name}: starting kernel", maxValue: Math.Max(1, codeCells));
        return new InOrderProgress(p =>
        {
            bar.MaxValue = Math.Max(1, p.CodeCells);
            bar.Value = Math.Max(0, p.Cell - 1);
            bar.Description = p.Cell == 0 ? $"{name}: starting kernel" : $"{name}: cell {p.Cell} of {p.CodeCells}";
        });
    }

    public void Finished(NotebookRunResult result)
    {
        if (task is null)
            return;
        task.Value = task.MaxValue;
        task.Description = result.Succeeded ? $"{name}: [green]ok[/]" : $"{name}: [red]failed[/]";
        task.StopTask();
    }
}

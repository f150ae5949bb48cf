using NotebookKit.Jupyter.Runner;

namespace NotebookKit.Cli.Commands;

/// <summary>Progress&lt;T&gt; posts to the thread pool; reports must be shown in order, so call the handler directly.</summary>
internal sealed class InOrderProgress(Action<RunProgress> report) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => report(value);
}

using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;

namespace NotebookKit.Jupyter.Tests.Runner;

public sealed class NotebookRunnerTests
{
    private static Notebook Lesson(params string[] sources)
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# Lesson"));
        foreach (var source in sources)
            notebook.Cells.Add(NotebookCell.CreateCode(source));
        return notebook;
    }

    private static NotebookRunner Runner(ScriptedKernel kernel, RunOptions? options = null) =>
        new((_, _) => Task.FromResult<IKernelSession>(kernel), options ?? new RunOptions());

    [Fact]
    public async Task Runs_code_cells_in_order_skips_blank_ones_and_leaves_the_source_untouched()
    {
        var kernel = new ScriptedKernel();
        var source = Lesson("a", "  \n", "b");

        var result = await Runner(kernel).RunAsync("lesson1.ipynb", source);

        Assert.True(result.Succeeded);
        Assert.Equal(["a", "b"], kernel.Executed);
        Assert.Equal([1, null, 2], result.Executed.Cells.Skip(1).Select(c => c.ExecutionCount));
        Assert.Equal("a\n", result.Executed.Cells[1].Outputs.Single().Text);
        Assert.All(source.Cells.Where(c => c.IsCode), c => Assert.Empty(c.Outputs));
        Assert.True(kernel.Disposed);
        Assert.Equal("csharp", (string?)result.Executed.Metadata["language_info"]?["name"]);
    }

    [Fact]
    public async Task A_failing_cell_stops_the_notebook_with_notebook_cell_line_and_error()
    {
        var kernel = new ScriptedKernel();

        var result = await Runner(kernel).RunAsync("/course/lesson3.ipynb", Lesson("a", "throw x", "never"));

        Assert.Equal(RunFailure.CellError, result.Failure);
        Assert.Equal("lesson3.ipynb: cell 3, line 2: InvalidOperationException: Dense(64) expected 784 inputs, got 28", result.Message);
        Assert.Equal(["a", "throw x"], kernel.Executed);
        Assert.Equal(NotebookOutput.Error, result.Executed.Cells[2].Outputs.Single().OutputType);
    }

    [Fact]
    public async Task A_failed_cell_whose_kernel_published_no_error_still_shows_the_replys_error()
    {
        var kernel = new ScriptedKernel((code, onOutput, _) =>
            Task.FromResult(new CellReply("error", 1, "NotSupportedException", "resolver broke", ["\u001b[0;31mSystem.NotSupportedException\u001b[0m: resolver broke"])));

        var result = await Runner(kernel, new RunOptions(AllowErrors: true)).RunAsync("l.ipynb", Lesson("#r \"nuget: X, 1.0\""));

        var error = Assert.Single(result.Executed.Cells[1].Outputs);
        Assert.Equal(NotebookOutput.Error, error.OutputType);
        Assert.Equal("NotSupportedException", error.ErrorName);
        Assert.Equal(["\u001b[0;31mSystem.NotSupportedException\u001b[0m: resolver broke"], error.Traceback);
    }

    [Fact]
    public async Task A_failed_cell_with_its_error_published_keeps_exactly_that_one()
    {
        var result = await Runner(new ScriptedKernel(), new RunOptions(AllowErrors: true)).RunAsync("l.ipynb", Lesson("throw 1"));

        Assert.Single(result.Executed.Cells[1].Outputs, o => o.OutputType == NotebookOutput.Error);
    }

    [Fact]
    public async Task With_allow_errors_the_run_goes_on_and_counts_the_errors()
    {
        var kernel = new ScriptedKernel();

        var result = await Runner(kernel, new RunOptions(AllowErrors: true)).RunAsync("l.ipynb", Lesson("throw 1", "b"));

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.ErrorCells);
        Assert.Equal(["throw 1", "b"], kernel.Executed);
    }

    [Fact]
    public async Task A_cell_past_its_timeout_is_said_plainly()
    {
        var kernel = new ScriptedKernel();

        var result = await Runner(kernel, new RunOptions(CellTimeout: TimeSpan.FromMilliseconds(200))).RunAsync("l.ipynb", Lesson("a", "hang", "b"));

        Assert.Equal(RunFailure.Timeout, result.Failure);
        Assert.Equal("l.ipynb: cell 3: timed out after 0.2 s (raise --timeout, or make the cell faster)", result.Message);
        Assert.True(kernel.Disposed);
    }

    [Fact]
    public async Task A_dead_kernel_is_said_plainly()
    {
        var result = await Runner(new ScriptedKernel()).RunAsync("l.ipynb", Lesson("die"));

        Assert.Equal(RunFailure.KernelDied, result.Failure);
        Assert.Equal("l.ipynb: cell 2: the kernel died while running this cell (exit code 137)", result.Message);
    }

    [Theory]
    [InlineData("(3,9): error CS0103: The name 'w' does not exist in the current context", "l.ipynb: cell 2, line 3: CompilationError: (3,9): error CS0103: The name 'w' does not exist in the current context")]
    [InlineData("no position", "l.ipynb: cell 2: CompilationError: no position")]
    [InlineData("   at cell, line 3", "l.ipynb: cell 2, line 3: CompilationError:    at cell, line 3")]
    public void Compile_errors_name_their_line(string evalue, string expected)
    {
        var reply = new CellReply("error", 1, "CompilationError", evalue, [evalue]);

        Assert.Equal(expected, NotebookRunner.Describe("l.ipynb: cell 2", reply));
    }
}

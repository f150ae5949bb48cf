using System.Reflection;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Tests.Kernel;
using NotebookKit.Training;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>
/// What a cell hands the library (its interrupt, Fit's cancellation, a live decision boundary) exists only while
/// the cell runs: each path that used to leave it behind — success, error, interrupt, the warm-up — is run here.
/// </summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class CellContextTests(InterpreterFixture fixture)
{
    private readonly CSharpInterpreter _interpreter = fixture.Interpreter;

    /// <summary>Nothing of the last cell is in force on the cell thread, where the next cell will run.</summary>
    private static void AssertNoCellContextLeft(CSharpInterpreter interpreter)
    {
        var cells = (CellThread)typeof(CSharpInterpreter).GetField("_cells", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(interpreter)!;
        Assert.Same(TrainingContext.None, cells.Run(() => TrainingContext.Current));
        Assert.Null(cells.Run(() => NotebookKit.Display.DisplaySession.Current));
        Assert.False(CellInterrupt.Token.CanBeCanceled, "CellInterrupt outlived its cell");
    }

    /// <summary>Interrupts the running cell once it has set the AppDomain flag <paramref name="flag"/> (the cell's way to say "I am blocked now").</summary>
    private static CancellationTokenSource InterruptWhen(string flag)
    {
        AppDomain.CurrentDomain.SetData(flag, null);
        var interrupt = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            while (AppDomain.CurrentDomain.GetData(flag) is null)
                await Task.Delay(10);
            interrupt.Cancel();
        });
        return interrupt;
    }

    [Fact]
    public void A_cell_sees_its_context_while_it_runs_and_hands_it_back_when_it_succeeds()
    {
        var during = _interpreter.Execute("NotebookKit.Training.TrainingContext.Current.Cancellation.CanBeCanceled");

        Assert.Equal(true, during.Value);
        AssertNoCellContextLeft(_interpreter);
    }

    [Fact]
    public void A_failing_cell_hands_its_context_back()
    {
        Assert.NotNull(_interpreter.Execute("throw new InvalidOperationException(\"boom\");").Error);

        AssertNoCellContextLeft(_interpreter);
    }

    [Fact]
    public void An_interrupted_sleep_stops_hands_its_context_back_and_the_next_cell_can_sleep()
    {
        using var interrupt = InterruptWhen("cell-context-sleep");

        var stopped = _interpreter.Execute("AppDomain.CurrentDomain.SetData(\"cell-context-sleep\", true);\nSystem.Threading.Thread.Sleep(60000);", interrupt.Token);

        Assert.Equal("OperationCanceledException", stopped.Error?.Name);
        AssertNoCellContextLeft(_interpreter);
        // A wake-up meant for the interrupted cell must not land in this one's sleeps or waits.
        var next = _interpreter.Execute("System.Threading.Thread.Sleep(20);\nnew System.Threading.ManualResetEventSlim(true).Wait();\n3");
        Assert.True(next.Error is null, string.Join("\n", next.Error?.Traceback ?? []));
        Assert.Equal(3, next.Value);
    }

    [Fact]
    public void An_interrupted_fit_hands_its_context_back_and_the_next_fit_runs()
    {
        using var interrupt = InterruptWhen("cell-context-fit");

        var stopped = _interpreter.Execute("""
            class BlockAtStart : Callback
            {
                public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch)
                {
                    AppDomain.CurrentDomain.SetData("cell-context-fit", true);
                    System.Threading.Thread.Sleep(60000);
                }
            }
            var points = Matrix<float>.Build.Dense(8, 2, (i, j) => (i + j) % 3);
            int[] classes = [0, 1, 0, 1, 0, 1, 0, 1];
            var boundaryModel = new Sequential(new Dense(2, inputs: 2, activation: Activation.Softmax));
            boundaryModel.Compile(new SGD(0.1), Loss.CategoricalCrossEntropy);
            var oneHot = Matrix<float>.Build.Dense(8, 2, (i, j) => classes[i] == j ? 1f : 0f);
            boundaryModel.Fit(points, oneHot, epochs: 5, callbacks: [new LiveDecisionBoundary(points, classes), new BlockAtStart()]);
            """, interrupt.Token);
        var next = _interpreter.Execute("boundaryModel.Fit(points, oneHot, epochs: 2, callbacks: [new LiveDecisionBoundary(points, classes)]).Epochs");

        Assert.Equal("OperationCanceledException", stopped.Error?.Name);
        Assert.True(next.Error is null, string.Join("\n", next.Error?.Traceback ?? []));
        Assert.Equal(2, next.Value);
        AssertNoCellContextLeft(_interpreter);
    }

    [Fact]
    public void Stop_pressed_before_the_first_cell_starts_stops_that_cell_only_and_never_the_warm_up()
    {
        var fresh = new CSharpInterpreter(nugetCache: Path.Combine(Path.GetTempPath(), "notebookkit-test-nuget"));
        using var pressed = new CancellationTokenSource();
        pressed.Cancel();

        var first = fresh.Execute("for (var i = 0; i < 3; i++) { }\n1 + 1", pressed.Token);
        var second = fresh.Execute("for (var i = 0; i < 3; i++) { }\n1 + 1");

        Assert.Equal("OperationCanceledException", first.Error?.Name);
        Assert.True(fresh.Ready.IsCompletedSuccessfully, "the warm-up failed");
        Assert.Equal(2, second.Value);
        AssertNoCellContextLeft(fresh);
    }

    [Fact]
    public void Stop_between_cells_does_not_reach_the_next_cell()
    {
        _interpreter.Interrupt();

        Assert.Equal(5, _interpreter.Execute("var n = 0;\nwhile (n < 5) n++;\nn").Value);
    }
}

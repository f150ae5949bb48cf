using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

/// <summary>
/// A TrainingContext is in force only for the flow that put it there: these tests run in parallel with every
/// other Fit in the suite, and none of them sees another's cancellation or progress.
/// </summary>
public class TrainingContextTests
{
    private static Sequential Model()
    {
        var model = new Sequential(new Dense(3, inputs: 2, activation: Activation.Softmax));
        model.Compile(new SGD(0.1), Loss.CategoricalCrossEntropy);
        return model;
    }

    [Fact]
    public void A_cancelled_token_stops_fit_at_the_next_batch()
    {
        var (x, y) = TestData.Blobs(60, 3, seed: 1);
        using var source = new CancellationTokenSource();
        var counter = new BatchCounter(() => source.Cancel(), cancelAfter: 2);

        using (TrainingContext.Use(new TrainingContext(source.Token)))
            Assert.Throws<OperationCanceledException>(() => Model().Fit(x, y, epochs: 10, batchSize: 10, callbacks: [counter]));

        Assert.Equal(2, counter.Batches);
    }

    [Fact]
    public void The_progress_callback_is_added_to_every_fit_and_sees_the_model_and_its_callbacks()
    {
        var (x, y) = TestData.Blobs(30, 3, seed: 1);
        var counter = new BatchCounter(() => { }, cancelAfter: int.MaxValue);
        var given = new BatchCounter(() => { }, cancelAfter: int.MaxValue);
        IModel? seen = null;
        IReadOnlyList<Callback>? alongside = null;
        var trained = Model();

        using (TrainingContext.Use(new TrainingContext(progress: (model, callbacks) =>
               {
                   (seen, alongside) = (model, callbacks);
                   return counter;
               })))
        {
            trained.Fit(x, y, epochs: 2, batchSize: 10, callbacks: [given]);
        }

        Assert.Same(trained, seen);
        Assert.Equal([given], alongside!);
        Assert.Equal(6, counter.Batches);
    }

    [Fact]
    public async Task Disposing_a_scope_puts_back_the_one_before_and_tasks_started_in_it_see_it()
    {
        using var outerSource = new CancellationTokenSource();
        var outer = new TrainingContext(outerSource.Token);
        var inner = new TrainingContext();
        TrainingContext? seenByTask = null;

        using (TrainingContext.Use(outer))
        {
            var innerScope = TrainingContext.Use(inner);
            await Task.Run(() => seenByTask = TrainingContext.Current);
            Assert.Same(inner, TrainingContext.Current);
            innerScope.Dispose();
            innerScope.Dispose(); // a second dispose must not undo the outer scope
            Assert.Same(outer, TrainingContext.Current);
        }

        Assert.Same(inner, seenByTask);
        Assert.Same(TrainingContext.None, TrainingContext.Current);
        Assert.False(TrainingContext.Current.Cancellation.CanBeCanceled);
    }

    [Fact]
    public async Task A_context_put_in_force_inside_a_task_stays_in_that_task()
    {
        using var source = new CancellationTokenSource();

        await Task.Run(() => TrainingContext.Use(new TrainingContext(source.Token))); // never disposed, on purpose

        Assert.Same(TrainingContext.None, TrainingContext.Current);
    }

    private sealed class BatchCounter(Action action, int cancelAfter) : Callback
    {
        public int Batches { get; private set; }

        public override void OnBatchEnd(int epoch, int batch, double loss)
        {
            if (++Batches == cancelAfter) action();
        }
    }
}

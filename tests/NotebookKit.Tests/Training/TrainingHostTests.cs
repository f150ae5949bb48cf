using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

/// <summary>TrainingHost is process-wide state, so these tests run alone.</summary>
[CollectionDefinition(nameof(TrainingHostTests), DisableParallelization = true)]
public sealed class TrainingHostCollection;

[Collection(nameof(TrainingHostTests))]
public class TrainingHostTests
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
        TrainingHost.Cancellation = source.Token;
        try
        {
            Assert.Throws<OperationCanceledException>(() => Model().Fit(x, y, epochs: 10, batchSize: 10, callbacks: [counter]));
        }
        finally
        {
            TrainingHost.Cancellation = CancellationToken.None;
        }
        Assert.Equal(2, counter.Batches);
    }

    [Fact]
    public void The_default_progress_callback_is_added_to_every_fit()
    {
        var (x, y) = TestData.Blobs(30, 3, seed: 1);
        var counter = new BatchCounter(() => { }, cancelAfter: int.MaxValue);
        IModel? seen = null;
        TrainingHost.DefaultProgress = model =>
        {
            seen = model;
            return counter;
        };
        var trained = Model();
        try
        {
            trained.Fit(x, y, epochs: 2, batchSize: 10);
        }
        finally
        {
            TrainingHost.DefaultProgress = null;
        }
        Assert.Same(trained, seen);
        Assert.Equal(6, counter.Batches);
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

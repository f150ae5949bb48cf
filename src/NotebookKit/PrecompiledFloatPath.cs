using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit;

/// <summary>
/// Never called: it exists so that ReadyToRun (crossgen2, src/NotebookKit.Cli/ReadyToRun.targets) precompiles the
/// <c>float</c> instantiations a learner's training runs. crossgen2 compiles every non-generic method of this
/// assembly, and a generic method over <c>float</c> only where such a method calls it; the kit's own code never calls
/// <c>Sequential&lt;float&gt;.Fit</c> (a notebook cell does), so without these calls the whole training path was
/// left to the JIT at run time (bench/README.md, fourth and fifth rounds).
/// </summary>
/// <remarks>
/// What stays with the JIT: the layers' protected overrides (<c>Dense&lt;float&gt;.ForwardCore</c>…, reached only
/// through virtual calls), the per-batch loops marked <c>AggressiveOptimization</c> (never precompiled, by design),
/// and MathNet's and the runtime's own generics over <c>float</c>. Add a call here when a lesson trains through a new
/// public method.
/// </remarks>
internal static class PrecompiledFloatPath
{
    internal static void Reach(Sequential<float> model, Layer<float> layer, Matrix<float> X, Matrix<float> y, Optimizer optimizer, Loss loss, Metric metric)
    {
        model.Compile(optimizer, loss, [metric]);
        model.Fit(X, y, validationData: (X, y), callbacks: []);
        model.Evaluate(X, y);
        model.Predict(X);
        model.Forward(X);
        model.TrainOnBatch(X, y);
        model.ComputeGradients(X, y);
        model.ComputeGradientsWithInput(X, y);
        model.Summary();
        model.GetWeights();

        layer.Forward(X, training: true);
        layer.Backward(y);

        loss.Compute(X, y);
        loss.Gradient(X, y, X);
        optimizer.Step(model.Parameters);
        ConfusionMatrix.Compute(X, y);

        // The products Dense and Conv2D make (their cores are overrides, which only a virtual call reaches).
        X.Multiply(y, X);
        X.TransposeThisAndMultiply(y, X);
        X.TransposeAndMultiply(y, X);
    }
}

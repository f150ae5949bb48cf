using System.Numerics;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// An optimizer turns gradients into parameter updates, θ ← θ − (a step computed from dL/dθ).
/// This base owns the loop — the step count t, the walk over every parameter, the per-parameter state — and each
/// optimizer writes its rule once, in <see cref="UpdateStep"/>, for one parameter's values and gradient.
/// </summary>
public abstract class Optimizer
{
    private readonly Dictionary<object, Array[]> state = new(ReferenceEqualityComparer.Instance);
    private double learningRate;

    protected Optimizer(double learningRate) => LearningRate = learningRate;

    /// <summary>The learning rate η.</summary>
    public double LearningRate
    {
        get => learningRate;
        set => learningRate = value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "The learning rate must be a positive finite number.");
    }

    /// <summary>The number of steps taken so far: t in the update rules (1 during the first step).</summary>
    public int Iterations { get; private set; }

    /// <summary>The optimizer's name, e.g. <c>Adam</c>.</summary>
    public abstract string Name { get; }

    /// <summary>True if every step should see the whole training set (plain gradient descent).</summary>
    public virtual bool FullBatch => false;

    /// <summary>How many state arrays of the parameter's size the rule keeps (velocity, moments…).</summary>
    protected virtual int SlotCount => 0;

    /// <summary>Takes one step: t ← t + 1, then <see cref="UpdateStep"/> for each parameter.</summary>
    public void Step<T>(IReadOnlyList<Parameter<T>> parameters) where T : struct, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Iterations++;
        for (int i = 0; i < parameters.Count; i++)
        {
            Parameter<T> p = parameters[i];
            UpdateStep<T>(p.ValueStorage, p.GradientStorage, SlotsFor(p), Iterations);
        }
    }

    /// <summary>Forgets the step count and all state (velocities, moments), as if new.</summary>
    public void Reset()
    {
        Iterations = 0;
        state.Clear();
    }

    /// <summary>Updates one parameter's values <paramref name="w"/> in place from its gradient <paramref name="g"/>.</summary>
    /// <param name="w">θ, updated in place.</param>
    /// <param name="g">dL/dθ.</param>
    /// <param name="slots"><see cref="SlotCount"/> arrays of θ's size, zero at first, kept between steps.</param>
    /// <param name="t">The step number, from 1.</param>
    protected abstract void UpdateStep<T>(Span<T> w, ReadOnlySpan<T> g, T[][] slots, int t) where T : struct, IFloatingPointIeee754<T>;

    public override string ToString() => $"{Name}(η={LearningRate})";

    private T[][] SlotsFor<T>(Parameter<T> p) where T : struct, IFloatingPointIeee754<T>
    {
        if (state.TryGetValue(p, out Array[]? slots)) return (T[][])slots;
        var fresh = new T[SlotCount][];
        for (int i = 0; i < fresh.Length; i++) fresh[i] = new T[p.Length];
        state[p] = fresh;
        return fresh;
    }
}

using NotebookKit.Layers;
using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

/// <summary>AdamW against a scalar reference of its rule, and the property that makes it differ from Adam + L2.</summary>
public class AdamWTests
{
    private static double[] Steps(Optimizer optimizer, double w0, IEnumerable<double> gradients)
    {
        var p = new Parameter<double>("W", 1, 1, 0);
        p.ValueStorage[0] = w0;
        var path = new List<double>();
        foreach (double g in gradients)
        {
            p.GradientStorage[0] = g;
            optimizer.Step([p]);
            path.Add(p.ValueStorage[0]);
        }
        return path.ToArray();
    }

    /// <summary>The paper's rule, one scalar, in double: θ ← θ − ηλθ − η·m̂/(√v̂ + ε).</summary>
    private static double[] Reference(double eta, double lambda, double w, IEnumerable<double> gradients)
    {
        double m = 0, v = 0;
        int t = 0;
        var path = new List<double>();
        foreach (double g in gradients)
        {
            t++;
            m = 0.9 * m + 0.1 * g;
            v = 0.999 * v + 0.001 * g * g;
            double mHat = m / (1 - Math.Pow(0.9, t)), vHat = v / (1 - Math.Pow(0.999, t));
            w = w - eta * lambda * w - eta * mHat / (Math.Sqrt(vHat) + 1e-8);
            path.Add(w);
        }
        return path.ToArray();
    }

    private static readonly double[] Gradients = [0.5, -1.0, 0.25, 2.0, -0.125, 0.0, 0.75];

    [Fact]
    public void Steps_follow_the_decoupled_rule()
    {
        var ours = Steps(new AdamW(learningRate: 0.1, weightDecay: 0.5), 1.5, Gradients);
        var reference = Reference(0.1, 0.5, 1.5, Gradients);
        for (int i = 0; i < ours.Length; i++) Assert.Equal(reference[i], ours[i], 12);
    }

    [Fact]
    public void Without_decay_it_is_adam()
    {
        Assert.Equal(Steps(new Adam(learningRate: 0.05), 1.5, Gradients), Steps(new AdamW(learningRate: 0.05, weightDecay: 0), 1.5, Gradients));
    }

    [Fact]
    public void Decay_shrinks_by_one_minus_eta_lambda_per_step_while_adam_plus_l2_moves_by_eta_whatever_lambda()
    {
        // No data gradient at all: only the decay acts.
        double[] zero = Enumerable.Repeat(0.0, 10).ToArray();
        var decoupled = Steps(new AdamW(learningRate: 0.01, weightDecay: 0.1), 2.0, zero);
        Assert.Equal(2.0 * Math.Pow(1 - 0.01 * 0.1, 10), decoupled[^1], 12);

        // L2 in the loss instead: the gradient is λθ, and Adam normalises it to a step of ≈ η, so λ drops out.
        foreach (double lambda in new[] { 0.1, 10.0 })
        {
            var p = new Parameter<double>("W", 1, 1, 0);
            p.ValueStorage[0] = 2.0;
            var adam = new Adam(learningRate: 0.01);
            for (int k = 0; k < 10; k++)
            {
                p.GradientStorage[0] = lambda * p.ValueStorage[0];
                adam.Step([p]);
            }
            Assert.Equal(2.0 - 10 * 0.01, p.ValueStorage[0], 3);
        }
    }

    [Fact]
    public void Float_steps_agree_with_double_steps()
    {
        var pd = new Parameter<double>("W", 1, 9, 0);
        var pf = new Parameter<float>("W", 1, 9, 0);
        var (ad, af) = (new AdamW(0.1, 0.2), new AdamW(0.1, 0.2));
        for (int i = 0; i < 9; i++) pd.ValueStorage[i] = pf.ValueStorage[i] = 1 - i / 4f;
        for (int step = 0; step < 5; step++)
        {
            for (int i = 0; i < 9; i++) pd.GradientStorage[i] = pf.GradientStorage[i] = 0.3f * (i - step);
            ad.Step([pd]);
            af.Step([pf]);
        }
        for (int i = 0; i < 9; i++) Assert.Equal(pd.ValueStorage[i], pf.ValueStorage[i], 4);
    }

    [Fact]
    public void Bad_weight_decay_is_rejected_by_name()
    {
        Assert.Equal("weightDecay", Assert.Throws<ArgumentOutOfRangeException>(() => new AdamW(weightDecay: -1)).ParamName);
        Assert.Equal("weightDecay", Assert.Throws<ArgumentOutOfRangeException>(() => new AdamW(weightDecay: double.NaN)).ParamName);
    }
}

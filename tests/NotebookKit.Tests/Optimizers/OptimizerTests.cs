using NotebookKit.Layers;
using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

/// <summary>The first two steps of each optimizer on one weight w₀ = 1 with gradients g₁ = 0.5, g₂ = −1, computed by hand.</summary>
public class OptimizerTests
{
    private static double[] TwoSteps(Optimizer optimizer)
    {
        var p = new Parameter<double>("W", 1, 1, 0);
        p.ValueStorage[0] = 1;
        var steps = new List<double>();
        foreach (double g in new[] { 0.5, -1.0 })
        {
            p.GradientStorage[0] = g;
            optimizer.Step([p]);
            steps.Add(p.ValueStorage[0]);
        }
        return steps.ToArray();
    }

    [Fact]
    public void Sgd_steps_against_the_gradient()
    {
        // w₁ = 1 − 0.1·0.5 = 0.95;  w₂ = 0.95 − 0.1·(−1) = 1.05
        var w = TwoSteps(new SGD(learningRate: 0.1));
        Assert.Equal(0.95, w[0], 12);
        Assert.Equal(1.05, w[1], 12);
    }

    [Fact]
    public void Gradient_descent_takes_the_same_step_and_is_full_batch()
    {
        var optimizer = new GradientDescent(learningRate: 0.1);
        var w = TwoSteps(optimizer);
        Assert.Equal(0.95, w[0], 12);
        Assert.Equal(1.05, w[1], 12);
        Assert.True(optimizer.FullBatch);
    }

    [Fact]
    public void Momentum_accumulates_velocity()
    {
        // v₁ = −0.1·0.5 = −0.05, w₁ = 0.95;  v₂ = 0.9·(−0.05) − 0.1·(−1) = 0.055, w₂ = 1.005
        var w = TwoSteps(new Momentum(learningRate: 0.1, beta: 0.9));
        Assert.Equal(0.95, w[0], 12);
        Assert.Equal(1.005, w[1], 12);
    }

    [Fact]
    public void Nesterov_looks_ahead_along_the_velocity()
    {
        // v₁ = −0.05, w₁ = 1 + 0.9·(−0.05) − 0.05 = 0.905;  v₂ = 0.055, w₂ = 0.905 + 0.9·0.055 + 0.1 = 1.0545
        var w = TwoSteps(new Momentum(learningRate: 0.1, beta: 0.9, nesterov: true));
        Assert.Equal(0.905, w[0], 12);
        Assert.Equal(1.0545, w[1], 12);
    }

    [Fact]
    public void Rmsprop_scales_by_the_running_rms()
    {
        // s₁ = 0.1·0.25 = 0.025, w₁ = 1 − 0.01·0.5/(√0.025 + 1e−7) = 0.968377243…
        // s₂ = 0.9·0.025 + 0.1·1 = 0.1225, w₂ = w₁ + 0.01/(0.35 + 1e−7) = 0.996948663…
        var w = TwoSteps(new RMSprop(learningRate: 0.01, rho: 0.9, epsilon: 1e-7));
        Assert.Equal(0.9683772433983036, w[0], 12);
        Assert.Equal(0.9969486638064692, w[1], 12);
    }

    [Fact]
    public void Adam_corrects_the_bias_of_its_moments()
    {
        // t=1: m = 0.05, v = 0.00025, m̂ = 0.5, v̂ = 0.25, w₁ = 1 − 0.1·0.5/(0.5 + 1e−8) = 0.900000002
        // t=2: m = 0.045 − 0.1 = −0.055, v = 0.00024975 + 0.001 = 0.00124975,
        //      m̂ = −0.055/0.19 = −0.289473…, v̂ = 0.00124975/0.001999 = 0.625187…, w₂ = w₁ + 0.1·0.289473/0.790688 = 0.936610354…
        var w = TwoSteps(new Adam(learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8));
        Assert.Equal(0.900000002, w[0], 12);
        Assert.Equal(0.9366103542405654, w[1], 12);
    }

    [Fact]
    public void Float_steps_agree_with_double_steps()
    {
        var pd = new Parameter<double>("W", 1, 1, 0);
        var pf = new Parameter<float>("W", 1, 1, 0);
        pd.ValueStorage[0] = pf.ValueStorage[0] = 1;
        var (ad, af) = (new Adam(0.1), new Adam(0.1));
        for (int i = 0; i < 5; i++)
        {
            pd.GradientStorage[0] = pf.GradientStorage[0] = 0.3f * (i - 2);
            ad.Step([pd]);
            af.Step([pf]);
        }
        Assert.Equal(pd.ValueStorage[0], pf.ValueStorage[0], 4);
    }

    [Fact]
    public void Reset_forgets_state()
    {
        var optimizer = new Adam(0.1);
        var first = TwoSteps(optimizer);
        optimizer.Reset();
        Assert.Equal(0, optimizer.Iterations);
        Assert.Equal(first, TwoSteps(optimizer));
    }

    [Fact]
    public void Bad_hyperparameters_are_rejected_by_name()
    {
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new SGD(-1)).ParamName);
        Assert.Equal("beta1", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(beta1: 1)).ParamName);
        Assert.Equal("rho", Assert.Throws<ArgumentOutOfRangeException>(() => new RMSprop(rho: -0.1)).ParamName);
    }
}

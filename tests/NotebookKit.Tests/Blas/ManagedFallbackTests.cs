using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;
using NotebookKit.Blas;

namespace NotebookKit.Tests.Blas;

[Collection(BlasCollection.Name)]
public sealed class ManagedFallbackTests : IDisposable
{
    // Leave the process with the backend its environment asks for.
    public void Dispose() => BlasRuntime.Install(Environment.GetEnvironmentVariable(BlasRuntime.EnvironmentVariable));

    [Theory]
    [InlineData("managed")]
    [InlineData(" Managed ")]
    public void Environment_setting_managed_forces_the_managed_provider(string setting)
    {
        BlasRuntime.Install(setting);

        Assert.Equal("managed", BlasRuntime.Backend);
        Assert.False(BlasRuntime.IsOpenBlas);
        Assert.Contains("NOTEBOOKKIT_BLAS", BlasRuntime.ManagedReason);
        Assert.IsType<ManagedLinearAlgebraProvider>(LinearAlgebraControl.Provider);
        Assert.Equal(1, BlasRuntime.Threads);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("openblas")]
    public void Other_settings_pick_OpenBLAS_when_it_is_installed(string? setting)
    {
        BlasRuntime.UseManaged();
        BlasRuntime.Install(setting);

        Assert.True(BlasRuntime.IsOpenBlas, BlasRuntime.ManagedReason);
        Assert.Null(BlasRuntime.ManagedReason);
    }

    [Fact]
    public void Managed_path_computes_the_same_products_without_calling_OpenBLAS()
    {
        BlasRuntime.UseManaged();
        var random = new Random(11);
        var a = Matrix<float>.Build.Dense(37, 53, (_, _) => (float)(random.NextDouble() - 0.5));
        var b = Matrix<float>.Build.Dense(53, 29, (_, _) => (float)(random.NextDouble() - 0.5));
        long before = OpenBlasProvider.NativeCalls;

        NaiveProduct.AssertClose(NaiveProduct.Of(a, b), a * b, 1e-5);
        NaiveProduct.AssertClose(NaiveProduct.Of(a, b.Transpose(), transposeB: true), a.TransposeAndMultiply(b.Transpose()), 1e-5);
        NaiveProduct.AssertClose(NaiveProduct.Of(a.Transpose(), b, transposeA: true), a.Transpose().TransposeThisAndMultiply(b), 1e-5);

        Assert.Equal(before, OpenBlasProvider.NativeCalls);
        Assert.StartsWith("managed MathNet", BlasRuntime.Describe());
    }

    [Fact]
    public void Installing_twice_keeps_the_first_choice()
    {
        BlasRuntime.UseManaged();
        BlasRuntime.EnsureInstalled();
        Assert.Equal("managed", BlasRuntime.Backend);
    }
}

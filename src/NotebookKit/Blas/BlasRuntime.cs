using System.Runtime.CompilerServices;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace NotebookKit.Blas;

/// <summary>
/// Chooses who computes NotebookKit's matrix products: OpenBLAS (<c>libopenblas.so.0</c>, Debian
/// <c>libopenblas0-pthread</c>) when it is installed, MathNet's managed code otherwise.
/// </summary>
/// <remarks>
/// Installed once, automatically, when the NotebookKit assembly loads; <see cref="EnsureInstalled"/> is
/// idempotent and safe to call from any entry point. Set <c>NOTEBOOKKIT_BLAS=managed</c> to force the
/// managed path (slower, always available); <c>NOTEBOOKKIT_BLAS=openblas</c> or unset means "OpenBLAS if present".
/// The choice is process-wide because MathNet's provider is (<see cref="LinearAlgebraControl.Provider"/>).
/// </remarks>
public static class BlasRuntime
{
    /// <summary>The environment variable read by <see cref="EnsureInstalled"/>.</summary>
    public const string EnvironmentVariable = "NOTEBOOKKIT_BLAS";

    private const string ManagedName = "managed";

    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>"OpenBLAS (libopenblas.so.0)" or "managed".</summary>
    public static string Backend { get; private set; } = ManagedName;

    /// <summary>True when products go to OpenBLAS.</summary>
    public static bool IsOpenBlas => Backend != ManagedName;

    /// <summary>Why the managed path runs (library missing, forced by the environment), or null on OpenBLAS.</summary>
    public static string? ManagedReason { get; private set; } = "not installed yet";

    /// <summary>
    /// The number of threads OpenBLAS uses (OPENBLAS_NUM_THREADS or the core count by default);
    /// 1 on the managed path. Setting it is ignored on the managed path.
    /// </summary>
    public static int Threads
    {
        get => IsOpenBlas ? OpenBlasNative.GetThreadCount() : 1;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            if (IsOpenBlas)
            {
                OpenBlasNative.SetThreadCount(value);
            }
        }
    }

#pragma warning disable CA2255 // Deliberate: products must be fast from the first NotebookKit call, with nothing to remember.
    [ModuleInitializer]
    internal static void InstallOnLoad() => EnsureInstalled();
#pragma warning restore CA2255

    /// <summary>Installs the backend chosen by <see cref="EnvironmentVariable"/> once; later calls do nothing.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }
            Install(Environment.GetEnvironmentVariable(EnvironmentVariable));
        }
    }

    /// <summary>Installs the backend a <see cref="EnvironmentVariable"/> value asks for.</summary>
    internal static void Install(string? setting)
    {
        if (string.Equals(setting?.Trim(), ManagedName, StringComparison.OrdinalIgnoreCase))
        {
            UseManaged($"{EnvironmentVariable}={setting}");
        }
        else
        {
            UseOpenBlas();
        }
    }

    /// <summary>Routes products to OpenBLAS if it loads; returns false (and stays managed) if it does not.</summary>
    public static bool UseOpenBlas()
    {
        lock (Gate)
        {
            installed = true;
            if (!OpenBlasNative.TryLoad(out var problem) || !ProducesCorrectProduct(out problem))
            {
                UseManaged(problem!);
                return false;
            }
            LinearAlgebraControl.Provider = OpenBlasProvider.Instance;
            Backend = $"OpenBLAS ({OpenBlasNative.Library})";
            ManagedReason = null;
            return true;
        }
    }

    /// <summary>Routes every product to MathNet's managed code.</summary>
    public static void UseManaged() => UseManaged("chosen by the program");

    /// <summary>One line for reports: backend, OpenBLAS build and kernel, threads.</summary>
    public static string Describe() => IsOpenBlas
        ? $"{Backend}: {OpenBlasNative.Config()}, core {OpenBlasNative.CoreName()}, {Threads} thread(s)"
        : $"managed MathNet ({ManagedReason})";

    private static void UseManaged(string reason)
    {
        lock (Gate)
        {
            installed = true;
            LinearAlgebraControl.Provider = ManagedLinearAlgebraProvider.Instance;
            Backend = ManagedName;
            ManagedReason = reason;
        }
    }

    // A library that loads but computes garbage (a broken or foreign build) must not be used.
    private static bool ProducesCorrectProduct(out string? problem)
    {
        const int n = 24; // above OpenBlasProvider.SmallProductFlops, so BLAS really runs
        var a = new float[n * n];
        var b = new float[n * n];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = i % 7 - 3;
            b[i] = i % 5 - 2;
        }
        var fromBlas = new float[n * n];
        var expected = new float[n * n];
        try
        {
            OpenBlasNative.Sgemm(Transpose.DontTranspose, Transpose.DontTranspose, n, n, n, 1f, a, n, b, n, 0f, fromBlas, n);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            problem = $"{OpenBlasNative.Library} failed to run: {e.Message}";
            return false;
        }
        ManagedLinearAlgebraProvider.Instance.MatrixMultiply(a, n, n, b, n, n, expected);
        problem = fromBlas.AsSpan().SequenceEqual(expected)
            ? null
            : $"{OpenBlasNative.Library} returned a wrong product in its self-test";
        return problem is null;
    }
}

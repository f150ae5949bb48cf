using NotebookKit.Localization;

namespace NotebookKit.Exercises;

/// <summary>
/// Runs a learner's function for a lesson checker. A stub or a half-written function may throw; the check then
/// reports ✗ with what was thrown, and the notebook goes on — a learner's notebook always runs to the end.
/// </summary>
internal static class LearnerCode
{
    public static bool TryRun<T>(Func<T> code, out T? result, out string error)
    {
        try
        {
            result = code();
            error = "";
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = default;
            error = KitText.Format("LearnerCode_Threw", ex.GetType().Name, ex.Message);
            return false;
        }
    }

    /// <summary>A ✗ for a function that threw, with the exception's message before the hint.</summary>
    public static CheckResult Threw(string what, string error, string hint, string hint2) =>
        Check.That(false, hint: KitText.Format("LearnerCode_ThrewHint", error, hint), what: what, hint2: hint2);

    /// <summary>A reproducible stream of gradients for optimizer checks: varied signs and scales, never all zero.</summary>
    public static double[][] Gradients(int steps, int size, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, steps)
            .Select(_ => Enumerable.Range(0, size).Select(i => (random.NextDouble() * 2 - 1) * Math.Pow(10, i % 3 - 1)).ToArray())
            .ToArray();
    }
}

using System.Runtime.InteropServices;

namespace NotebookKit.Bench;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): on a shared machine it counts
/// only this thread's work, where wall time also counts every other process's. With one BLAS thread the products
/// run on the calling thread, so it covers them too.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static double Microseconds()
    {
        if (clock_gettime(ThreadCpuTimeId, out var time) != 0) throw new InvalidOperationException("clock_gettime failed");
        return time.Seconds * 1e6 + time.Nanoseconds / 1e3;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}

using System.Runtime.InteropServices;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>What <c>notebookkit kernel -f FILE</c> does: bind the sockets, start warming Roslyn, serve until shutdown.</summary>
public static class KernelProcess
{
    public static int Run(string connectionFile)
    {
        using var log = KernelLog.ForProcess();
        var connection = ConnectionInfo.Load(connectionFile);
        // Roslyn warms up on a thread-pool thread while the sockets bind; kernel_info is answered at once.
        if (log.DebugEnabled)
            log.Debug($"process started {System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime():HH:mm:ss.fff}; Main runs{StartUpCost()}");
        var interpreter = new CSharpInterpreter(trace: log.DebugEnabled ? step => log.Debug(step + StartUpCost()) : null);
        FirstResultWarmUp.Start(connection.Key);
        using var kernel = new JupyterKernel(new ZeroMqTransport(connection), interpreter, log);
        // interrupt_mode "signal" clients (and Ctrl+C in a terminal) send SIGINT: interrupt the cell, keep the process.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            log.Info("SIGINT: interrupting the running cell.");
            kernel.Interrupt();
        });
        kernel.Start();
        WatchParent(kernel, log);
        log.Info($"Kernel {kernel.Session} listening on {connection.Endpoint(connection.ShellPort)} (connection file {connectionFile}).");
        kernel.WaitForShutdown();
        log.Info(kernel.RestartRequested ? "Shutting down for a restart." : "Shutting down.");
        return 0;
    }

    /// <summary>What the start-up timeline needs to tell JIT from compile work: the process's CPU and the JIT's share so far.</summary>
    private static string StartUpCost() =>
        $" (cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms; jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)";

    /// <summary>
    /// jupyter_client puts its pid in JPY_PARENT_PID; when that process is gone nobody can shut this
    /// kernel down, so it shuts itself down instead of lingering (as ipykernel's ParentPoller does).
    /// </summary>
    private static void WatchParent(JupyterKernel kernel, KernelLog log)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) || pid <= 1)
            return;
        System.Diagnostics.Process parent;
        try
        {
            parent = System.Diagnostics.Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return;
        }
        var thread = new Thread(() =>
        {
            parent.WaitForExit();
            log.Info($"Parent process {pid} exited; shutting down.");
            Environment.Exit(0);
        }) { IsBackground = true, Name = "jupyter-parent-watch" };
        thread.Start();
    }
}

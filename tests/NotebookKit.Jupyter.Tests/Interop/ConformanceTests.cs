namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>
/// The official conformance suite (Debian's python3-jupyter-kernel-test, jupyter_kernel_test.KernelTests)
/// against the installed kernel, with every sample attribute filled in, so no test of it is skipped.
/// </summary>
[Collection(KernelProcessCollection.Name)]
public sealed class ConformanceTests : IDisposable
{
    private const string Suite = """
        import unittest
        import jupyter_kernel_test


        class NotebookKitKernelTests(jupyter_kernel_test.KernelTests):
            kernel_name = "notebookkit"
            language_name = "csharp"
            file_extension = ".cs"

            code_hello_world = 'Console.WriteLine("hello, world");'
            code_stderr = 'Console.Error.WriteLine("some error");'
            completion_samples = [
                {"text": "Console.WriteL", "matches": {"WriteLine"}},
                {"text": "Math.Sq", "matches": {"Sqrt"}},
            ]
            complete_code_samples = ["1", 'Console.WriteLine("hi");', "int x = 1;", "for (var i = 0; i < 3; i++) { }"]
            incomplete_code_samples = ["for (var i = 0; i < 3; i++) {", "Console.WriteLine(", "var s = new List<int> {"]
            invalid_code_samples = ["int x = ;}", "}", "Console.WriteLine(1));"]
            code_page_something = "?Math.Sqrt"
            code_generate_error = 'throw new InvalidOperationException("boom");'
            code_execute_result = [
                {"code": "6 * 7", "result": "42"},
                {"code": "Math.Max(3, 5)", "result": "5"},
                {"code": "1 + 2", "result": "3"},
            ]
            code_display_data = [
                {"code": 'NotebookKit.Display.DisplaySession.Current!.Display(new NotebookKit.Display.MimeBundle("hi").With("text/html", "<b>hi</b>"), null);',
                 "mime": "text/html"},
                {"code": 'NotebookKit.Display.DisplaySession.Current!.Display(new NotebookKit.Display.MimeBundle("hi"), "conformance");',
                 "mime": "text/plain"},
            ]
            code_history_pattern = "6 *"
            supported_history_operations = ("tail", "range", "search")
            code_inspect_sample = "Math.Sqrt"
            code_clear_output = "NotebookKit.Display.DisplaySession.Current!.Clear(false);"

            @classmethod
            def setUpClass(cls):
                super().setUpClass()
                # The suite allows 15 s per reply; on a busy machine the first cell can take longer while
                # Roslyn warms up, so wait for one cell before the timed checks begin.
                cls.kc.execute_interactive("0", timeout=180, output_hook=lambda m: None)


        if __name__ == "__main__":
            unittest.main(verbosity=2)
        """;

    private readonly InstalledKernel _kernel = new();

    [Fact]
    public void The_jupyter_kernel_test_suite_passes_with_no_test_skipped()
    {
        var (exit, stdout, stderr) = _kernel.RunPython("test_notebookkit.py", Suite);
        var report = stdout + stderr;

        Assert.True(exit == 0, $"jupyter_kernel_test failed:\n{report}");
        Assert.Matches(@"Ran 1[0-9] tests", report);
        Assert.DoesNotContain("skipped", report, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\nOK", report);
    }

    public void Dispose() => _kernel.Dispose();
}

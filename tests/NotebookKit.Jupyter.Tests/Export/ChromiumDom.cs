using System.Diagnostics;
using NotebookKit.Jupyter.Export;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>Loads a page in headless Chromium with networking off and returns the DOM after its scripts ran.</summary>
public static class ChromiumDom
{
    public static string Dump(string htmlPath)
    {
        var chromium = PdfPrinter.FindChromium() ?? throw new InvalidOperationException("the tests need chromium (Debian package chromium)");
        var profile = Directory.CreateTempSubdirectory("nbkit-test-chromium-");
        try
        {
            var info = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in PdfPrinter.HeadlessArguments(profile.FullName))
                info.ArgumentList.Add(argument);
            info.ArgumentList.Add("--virtual-time-budget=10000");
            info.ArgumentList.Add("--dump-dom");
            info.ArgumentList.Add(new Uri(htmlPath).AbsoluteUri);
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium --dump-dom did not finish");
            }
            if (stdout.Result.Length == 0)
                throw new InvalidOperationException("chromium dumped nothing: " + stderr.Result);
            return stdout.Result;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { }
        }
    }
}

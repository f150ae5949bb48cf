using System.Diagnostics;

namespace NotebookKit.Testing;

/// <summary>
/// Loads a page in headless Chromium with networking cut off (a dead proxy) and returns the DOM after its
/// scripts ran. Shared by every test project that checks what a reader's browser shows.
/// </summary>
internal static class HeadlessChromium
{
    public static string DumpDom(string htmlPath)
    {
        var profile = Directory.CreateTempSubdirectory("nbkit-test-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--proxy-server=127.0.0.1:9", $"--user-data-dir={profile}",
                "--virtual-time-budget=10000", "--dump-dom", new Uri(htmlPath).AbsoluteUri,
            })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start (Debian package chromium)");
            var stderr = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish on {htmlPath}");
            }
            if (dom.Length == 0)
                throw new InvalidOperationException($"chromium printed no DOM for {htmlPath}: {stderr.Result}");
            return dom;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }
}

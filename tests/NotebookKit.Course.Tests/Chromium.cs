using System.Diagnostics;

namespace NotebookKit.Course.Tests;

/// <summary>Headless Chromium with networking cut off (a dead proxy), returning the DOM after scripts ran.</summary>
internal static class Chromium
{
    public static string DumpDom(string htmlPath)
    {
        var profile = Directory.CreateTempSubdirectory("nk-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--proxy-server=127.0.0.1:9", "--no-first-run", $"--user-data-dir={profile}",
                "--virtual-time-budget=10000", "--dump-dom", new Uri(htmlPath).AbsoluteUri,
            })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
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

using System.Diagnostics;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Prints HTML handouts to PDF with headless Chromium (<c>--print-to-pdf</c>), networking off: a dead proxy
/// (127.0.0.1:9) and no background services, so a handout can never fetch anything while printing.
/// </summary>
public static class PdfPrinter
{
    public const string MissingMessage =
        "PDF export needs Chromium: install it (Debian/Ubuntu: apt install chromium) or set NOTEBOOKKIT_CHROMIUM to a Chromium or Chrome binary; HTML export works without it.";

    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>The Chromium binary to use, or null when none is installed.</summary>
    public static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("NOTEBOOKKIT_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in Candidates)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        return null;
    }

    /// <summary>The flags every headless run uses; callers add their action (--print-to-pdf, --dump-dom) and the URL.</summary>
    public static List<string> HeadlessArguments(string userDataDirectory) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-extensions",
        "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-component-update",
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", $"--user-data-dir={userDataDirectory}",
    ];

    /// <summary>Prints each (html, pdf) pair; throws <see cref="InvalidOperationException"/> with <see cref="MissingMessage"/> when Chromium is absent.</summary>
    public static void Print(IEnumerable<(string Html, string Pdf)> jobs, TimeSpan? timeout = null)
    {
        var chromium = FindChromium() ?? throw new InvalidOperationException(MissingMessage);
        foreach (var (html, pdf) in jobs)
            PrintOne(chromium, html, pdf, timeout ?? TimeSpan.FromMinutes(2));
    }

    private static void PrintOne(string chromium, string html, string pdf, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("nbkit-chromium-");
        var target = Path.GetFullPath(pdf);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp.pdf");
        try
        {
            var info = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in HeadlessArguments(profile.FullName))
                info.ArgumentList.Add(argument);
            // Plotly and KaTeX draw on load; the virtual time budget lets them finish before the page is printed.
            info.ArgumentList.Add("--virtual-time-budget=10000");
            info.ArgumentList.Add("--no-pdf-header-footer");
            info.ArgumentList.Add($"--print-to-pdf={temp}");
            info.ArgumentList.Add(new Uri(Path.GetFullPath(html)).AbsoluteUri);
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {chromium}");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Path.GetFileName(html)}: Chromium did not print the PDF within {timeout.TotalSeconds:0} s");
            }
            if (!File.Exists(temp) || new FileInfo(temp).Length == 0)
                throw new InvalidOperationException($"{Path.GetFileName(html)}: Chromium (exit {process.ExitCode}) wrote no PDF: {LastLines(stderr.Result)}");
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium's helper processes can hold the profile for a moment after exit; it is a temp folder.
            }
        }
    }

    private static string LastLines(string text) => string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
}

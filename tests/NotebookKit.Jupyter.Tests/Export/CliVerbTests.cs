using System.Diagnostics;
using NotebookKit.Cli.Commands;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

public sealed class CliVerbTests
{
    private const string Malformed = """{"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": {}, "source": "1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""";

    [Fact]
    public void Clear_verb_reports_a_malformed_file_without_touching_it_and_clears_the_rest()
    {
        using var temp = new TempFolder();
        var lesson = temp.File("01-lesson.ipynb");
        LessonNotebooks.Charts().Save(lesson);
        var bad = temp.File("lesson3.ipynb");
        File.WriteAllText(bad, Malformed);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = ClearCommand.Run([lesson, bad], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.All(Notebook.Load(lesson).Cells.Where(c => c.IsCode), c => Assert.Empty(c.Outputs));
        Assert.Equal("lesson3.ipynb: cell 1: \"outputs\" must be a list", stderr.ToString().Trim());
        Assert.Equal(Malformed, File.ReadAllText(bad));
    }

    [Fact]
    public void Pdf_export_without_chromium_says_how_to_get_it()
    {
        using var temp = new TempFolder();
        LessonNotebooks.Intro().Save(temp.File("a.ipynb"));
        var cli = Path.Combine(AppContext.BaseDirectory, "NotebookKit.Cli");
        var info = new ProcessStartInfo(cli) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("export");
        info.ArgumentList.Add(temp.File("a.ipynb"));
        info.ArgumentList.Add("--to");
        info.ArgumentList.Add("pdf");
        info.Environment["PATH"] = temp.Path;
        info.Environment["NOTEBOOKKIT_CHROMIUM"] = "";
        // The apphost finds the runtime through DOTNET_ROOT: <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll.
        info.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(3, process.ExitCode);
        Assert.Contains("PDF export needs Chromium", stderr);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.pdf"));
    }
}

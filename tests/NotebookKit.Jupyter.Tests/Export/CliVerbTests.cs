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
    public void Convert_verb_says_each_file_it_wrote()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), "#!csharp\n\n1 + 1\n");
        var stdout = new StringWriter();

        Assert.Equal(0, ConvertCommand.Run([temp.File("lesson.dib")], "ipynb", null, false, stdout, TextWriter.Null));

        Assert.Equal($"wrote {temp.File("lesson.ipynb")}", stdout.ToString().Trim());
    }

    [Fact]
    public void Translate_verbs_print_each_lesson_and_map_outcomes_to_exit_codes()
    {
        using var temp = new TempFolder();
        LessonNotebooks.Intro().Save(temp.File("01-neurons.ipynb"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        Assert.Equal(2, TranslateCommand.RunStart([temp.Path], "fr", force: false, TextWriter.Null, stderr));
        Assert.Equal(0, TranslateCommand.RunStart([temp.Path], "zh-CN", force: false, stdout, TextWriter.Null));
        Assert.Equal(1, TranslateCommand.RunStart([temp.Path], "zh-CN", force: false, TextWriter.Null, stderr));
        File.Copy(temp.File("zh-CN/01-neurons.ipynb"), temp.File("zh-CN/02-orphan.ipynb"));
        Assert.Equal(1, TranslateCommand.RunCheck([temp.File("zh-CN")], stdout, stderr));

        var lines = stdout.ToString().Trim().Split('\n');
        Assert.Equal($"wrote {temp.File("zh-CN/01-neurons.ipynb")}", lines[0]);
        Assert.Matches(@"^.*01-neurons\.ipynb: \d+ problem\(s\)$", lines[1]);
        Assert.All(lines[2..], l => Assert.StartsWith("  ", l));
        Assert.Equal(
            [$"notebookkit translate: the kit is not translated into 'fr'; choose one of: zh-CN.",
             $"notebookkit translate: {temp.File("zh-CN/01-neurons.ipynb")} exists; not replaced (--force replaces it).",
             $"{temp.File("zh-CN/02-orphan.ipynb")}: no English lesson {temp.File("02-orphan.ipynb")} to compare with"],
            stderr.ToString().Trim().Split('\n'));
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

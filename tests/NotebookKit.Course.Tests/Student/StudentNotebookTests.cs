using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookKit.Cli.Commands;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Student;

namespace NotebookKit.Course.Tests.Student;

public sealed class StudentNotebookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nk-student-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Reference = """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "id": "m1",
           "metadata": {},
           "source": [
            "# Títle — BEGIN SOLUTION stays in prose\n"
           ]
          },
          {
           "cell_type": "code",
           "execution_count": 7,
           "id": "c1",
           "metadata": {
            "tags": [
             "exercise"
            ]
           },
           "outputs": [
            {
             "name": "stdout",
             "output_type": "stream",
             "text": [
              "4\n"
             ]
            }
           ],
           "source": [
            "// BEGIN SOLUTION (stub: double answer = 0;)\n",
            "double answer = 2.0 * 2.0;\n",
            "// END SOLUTION\n",
            "Check.Close(answer, 4.0, hint: \"\\\"square\\\" it\");"
           ]
          }
         ],
         "metadata": {
          "kernelspec": {
           "display_name": "C# (NotebookKit)",
           "language": "csharp",
           "name": "notebookkit"
          },
          "zeta": 1.5
         },
         "nbformat": 4,
         "nbformat_minor": 5
        }

        """;

    [Fact]
    public void Learner_version_has_stubs_no_outputs_and_keeps_everything_else()
    {
        var student = JsonNode.Parse(StudentNotebook.Convert(Reference, "ref.ipynb"))!;
        var code = student["cells"]![1]!;
        Assert.Equal(
            ["// YOUR CODE HERE\n", "double answer = 0;\n", "Check.Close(answer, 4.0, hint: \"\\\"square\\\" it\");"],
            code["source"]!.AsArray().Select(n => (string)n!).ToArray());
        Assert.Empty(code["outputs"]!.AsArray());
        Assert.Null(code["execution_count"]);
        Assert.Equal("exercise", (string)code["metadata"]!["tags"]![0]!);
        Assert.Equal("# Títle — BEGIN SOLUTION stays in prose\n", (string)student["cells"]![0]!["source"]![0]!);
        Assert.Equal(1.5, (double)student["metadata"]!["zeta"]!);
    }

    [Fact]
    public void Output_is_in_nbformat_style_and_regenerating_changes_nothing()
    {
        var once = StudentNotebook.Convert(Reference, "ref.ipynb");
        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",", once);
        Assert.Contains("\"execution_count\": null,", once);
        Assert.Contains("\"outputs\": [],", once);
        Assert.EndsWith("\"nbformat_minor\": 5\n}\n", once);
        Assert.Equal(once, StudentNotebook.Convert(once, "ref.ipynb"));
        Assert.Equal(once, StudentNotebook.Convert(Reference, "ref.ipynb"));
    }

    [Fact]
    public void A_notebook_nbformat_wrote_without_solutions_comes_back_byte_for_byte()
    {
        var path = Path.Combine(_folder, "nbformat.ipynb");
        var script = """
            import nbformat, sys
            nb = nbformat.v4.new_notebook()
            nb.metadata["kernelspec"] = {"name": "notebookkit", "display_name": "C# (NotebookKit)", "language": "csharp"}
            nb.cells = [nbformat.v4.new_markdown_cell("# Ünïcode — and \"quotes\"\n\n$\\sigma(z)$\ttab"),
                        nbformat.v4.new_code_cell("var x = 1;\nConsole.WriteLine(\"a\\\\b\");\n")]
            nbformat.write(nb, sys.argv[1])
            """;
        var python = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-c", script, path]) { RedirectStandardError = true })!;
        var stderr = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"python3-nbformat could not write the fixture: {stderr}");

        var original = File.ReadAllText(path);
        Assert.Equal(original, StudentNotebook.Convert(original, "nbformat.ipynb"));
    }

    [Fact]
    public void Errors_name_the_notebook_and_the_cell()
    {
        var broken = Reference.Replace("\"// END SOLUTION\\n\",", "");
        var error = Assert.Throws<FormatException>(() => StudentNotebook.Convert(broken, "ref.ipynb"));
        Assert.StartsWith("ref.ipynb: cell 2 (id c1): line 1: BEGIN SOLUTION is never closed", error.Message);
        Assert.StartsWith("x.ipynb", Assert.Throws<NotebookFormatException>(() => StudentNotebook.Convert("{", "x.ipynb")).Message);
    }

    [Fact]
    public void Command_writes_each_notebook_of_a_folder_and_refuses_to_overwrite_the_reference()
    {
        var lessons = Directory.CreateDirectory(Path.Combine(_folder, "lessons")).FullName;
        File.WriteAllText(Path.Combine(lessons, "01-a.ipynb"), Reference);
        File.WriteAllText(Path.Combine(lessons, "02-b.ipynb"), Reference);
        var output = Path.Combine(_folder, "student");

        var exit = StudentCommand.Create().Parse(["student", lessons, "--output-dir", output]).Invoke();

        Assert.Equal(0, exit);
        Assert.Equal(["01-a.ipynb", "02-b.ipynb"], Directory.GetFiles(output).Select(f => Path.GetFileName(f)!).Order().ToArray());
        Assert.Contains("// YOUR CODE HERE", File.ReadAllText(Path.Combine(output, "01-a.ipynb")));
        Assert.Equal(1, StudentCommand.Create().Parse(["student", lessons, "--output-dir", lessons]).Invoke());
        Assert.Equal(Reference, File.ReadAllText(Path.Combine(lessons, "01-a.ipynb")));
    }
}

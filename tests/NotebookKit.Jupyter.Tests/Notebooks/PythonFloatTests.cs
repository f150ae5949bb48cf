using System.Globalization;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Notebooks;

public sealed class PythonFloatTests
{
    [Fact]
    public void Doubles_are_formatted_like_python_repr()
    {
        var random = new Random(7);
        var values = new List<double> { 1e16, 1e15, 1e-4, 1e-5, 0.1, 123.456, 5e-324, double.MaxValue, -2.5, 1e22, 9007199254740993 };
        for (var i = 0; i < 500; i++)
            values.Add((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)));
        var input = string.Join("\n", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("in.txt"), input);

        var python = DebianPython.Run(["-c", "import sys\nfor l in open(sys.argv[1]): print(repr(float(l)))", temp.File("in.txt")])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(python, values.Select(PythonFloat.Format));
    }
}

using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Kernel;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>
/// Polyglot notebooks' C# through the kernel: dotnet-interactive's default usings, the real
/// Microsoft.DotNet.Interactive.Formatting API (PocketView, Display(), Formatter.Register) with no ambiguity.
/// </summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class PolyglotFormattingTests(InterpreterFixture fixture) : InProcessKernelTest(fixture)
{
    [Fact]
    public void Dotnet_interactives_default_usings_resolve()
    {
        var iopub = Run("IEnumerable e = new ArrayList { 1, 2 };\nIEnumerator it = e.GetEnumerator();\nIList l = new List<int>();\nEncoding.UTF8.GetByteCount(\"é\") + new StringBuilder(\"ab\").Length");

        Assert.Equal("4", Data(iopub, MessageTypes.ExecuteResult)["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Display_is_not_ambiguous_with_the_formatting_namespace_imported_and_honours_Register()
    {
        Run("using Microsoft.DotNet.Interactive.Formatting;\nrecord Temperature(double Degrees);\nFormatter.Register<Temperature>(t => $\"<b>{t.Degrees} °C</b>\", \"text/html\");");
        var iopub = Run("new Temperature(21).Display();");

        Assert.Equal("<b>21 °C</b>", Data(iopub, MessageTypes.DisplayData)["text/html"]!.GetValue<string>());
        var asResult = Run("new Temperature(22)");
        Assert.Equal("<b>22 °C</b>", Data(asResult, MessageTypes.ExecuteResult)["text/html"]!.GetValue<string>());
        Assert.Equal("<b>22 °C</b>", Data(Run("using System.Linq;\nnew Temperature(22).ToDisplayString(\"text/html\")"), MessageTypes.ExecuteResult)["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void PocketView_tags_render_as_html()
    {
        var iopub = Run("using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;\ndiv(span[style: \"color:green\"](\"ok\"), b(\"!\"))");

        Assert.Equal("<div><span style=\"color:green\">ok</span><b>!</b></div>", Data(iopub, MessageTypes.ExecuteResult)["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void A_cell_ending_in_Display_shows_the_value_once()
    {
        var iopub = Run("\"hello\".Display()");

        Assert.Single(iopub, m => m.MessageType == MessageTypes.DisplayData);
        Assert.DoesNotContain(iopub, m => m.MessageType == MessageTypes.ExecuteResult);
    }

    [Fact]
    public void The_kits_matrix_formatter_wins_for_a_matrix_displayed_through_the_package()
    {
        var iopub = Run("object m = Matrix<double>.Build.Dense(2, 2, 1.0);\nSystem.DisplayExtensions.Display(m);");

        Assert.StartsWith("<table", Data(iopub, MessageTypes.DisplayData)["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void FormatContext_in_a_notebook_means_the_packages_type()
    {
        Run("record Pressure(double Pascal);\nFormatter.Register<Pressure>((Pressure p, FormatContext context) => { context.Writer.Write($\"<u>{p.Pascal} Pa</u>\"); return true; }, \"text/html\");");

        Assert.Equal("<u>5 Pa</u>", Data(Run("new Pressure(5)"), MessageTypes.ExecuteResult)["text/html"]!.GetValue<string>());
    }
}

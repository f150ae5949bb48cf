using System.Reflection;
using System.Runtime.CompilerServices;

namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>
/// A cell's context is passed (or flows, scoped) from the one place that begins it, never parked in a static a host
/// sets: these checks fail, naming the member, when the library grows one again.
/// </summary>
public class AmbientStateTests
{
    private static readonly Assembly Library = typeof(NotebookKit.Layers.Dense).Assembly;
    private static readonly Assembly Display = typeof(NotebookKit.Display.MimeTypes).Assembly;

    private const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>
    /// Process-wide by nature, not a cell's context, each set by the user's own code (never by the kernel or Display):
    /// a new entry needs a reason as good as these.
    /// </summary>
    private static readonly Dictionary<string, string> ProcessWide = new()
    {
        ["NotebookKit.KitLanguage._chosen"] = "the learner's language, chosen once by a translated lesson's first cell for the whole session",
        ["NotebookKit.Blas.BlasRuntime.installed"] = "the native BLAS is loaded once per process",
        ["NotebookKit.Blas.BlasRuntime.Threads"] = "OpenBLAS's thread count is a global of the native library itself",
        ["NotebookKit.Blas.OpenBlasProvider.nativeCalls"] = "a diagnostic counter of native calls, only ever incremented",
    };

    private static IEnumerable<Type> WrittenTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.Name.Contains('<'));

    [Fact]
    public void The_library_has_no_static_field_that_can_change()
    {
        var mutable = WrittenTypes(Library)
            .SelectMany(t => t.GetFields(Statics).Select(f => (Type: t, Field: f)))
            .Where(p => !p.Field.IsInitOnly && !p.Field.IsLiteral && !p.Field.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Select(p => $"{p.Type.FullName}.{p.Field.Name}")
            .Where(name => !ProcessWide.ContainsKey(name))
            .ToList();

        Assert.True(mutable.Count == 0, "static fields anyone can reassign:\n" + string.Join("\n", mutable));
    }

    [Fact]
    public void The_library_has_no_static_property_a_host_sets()
    {
        var settable = WrittenTypes(Library)
            .SelectMany(t => t.GetProperties(Statics).Select(p => (Type: t, Property: p)))
            .Where(p => p.Property.SetMethod is { } set && !set.IsPrivate)
            .Select(p => $"{p.Type.FullName}.{p.Property.Name}")
            .Where(name => !ProcessWide.ContainsKey(name))
            .ToList();

        Assert.True(settable.Count == 0, "static properties a host can set:\n" + string.Join("\n", settable));
    }

    [Fact]
    public void Fit_reads_its_host_context_from_the_one_scoped_flow()
    {
        var training = typeof(NotebookKit.Training.TrainingContext);
        var fields = training.GetFields(Statics);

        // The only static is the flow's slot itself (readonly); the values in it are immutable.
        var slot = Assert.Single(fields, f => !f.IsDefined(typeof(CompilerGeneratedAttribute)));
        Assert.True(slot.IsInitOnly);
        Assert.Equal(typeof(AsyncLocal<NotebookKit.Training.TrainingContext?>), slot.FieldType);
        Assert.All(training.GetProperties(BindingFlags.Instance | BindingFlags.Public), p => Assert.Null(p.SetMethod));
    }

    /// <summary>
    /// A cell's display sink is the cell's, passed (or flowing, scoped) from the interpreter's cell scope, and what a
    /// page already holds (plotly.js) belongs to that page: Display keeps neither in a static. The one static allowed
    /// is the flow's own slot, as for <see cref="NotebookKit.Training.TrainingContext"/>.
    /// </summary>
    [Fact]
    public void Display_keeps_no_sink_or_page_in_a_static()
    {
        static bool Holds(Type type, Type held) =>
            held.IsAssignableFrom(type) || type.IsGenericType && type.GetGenericArguments().Any(a => Holds(a, held));

        var parked = WrittenTypes(Display)
            .SelectMany(t => t.GetFields(Statics).Select(f => (Type: t, Field: f)))
            .Where(p => Holds(p.Field.FieldType, typeof(NotebookKit.Display.IDisplaySink)) || Holds(p.Field.FieldType, typeof(NotebookKit.Display.OutputPage)))
            .Where(p => !(p.Field.IsInitOnly && p.Field.FieldType == typeof(AsyncLocal<NotebookKit.Display.IDisplaySink?>)))
            .Select(p => $"{p.Type.FullName}.{p.Field.Name} ({p.Field.FieldType.Name})")
            .ToList();
        var settable = WrittenTypes(Display)
            .SelectMany(t => t.GetProperties(Statics).Select(p => (Type: t, Property: p)))
            .Where(p => p.Property.SetMethod is { } set && !set.IsPrivate)
            .Select(p => $"{p.Type.FullName}.{p.Property.Name}")
            .ToList();

        Assert.True(parked.Count == 0, "statics holding a display sink or page:\n" + string.Join("\n", parked));
        Assert.True(settable.Count == 0, "static properties a host can set:\n" + string.Join("\n", settable));
        Assert.Single(typeof(NotebookKit.Display.DisplaySession).GetFields(Statics), f => f.FieldType == typeof(AsyncLocal<NotebookKit.Display.IDisplaySink?>));
    }

    /// <summary>
    /// Display's public types sit at its root, in the one namespace a notebook imports (see README, Layout); its folders
    /// (Formatters/, Rendering/, Compatibility/) are the namespaces of its internal machinery. Compatibility/ alone also
    /// declares the Polyglot names it imitates.
    /// </summary>
    [Fact]
    public void Display_types_live_in_the_one_namespace_a_notebook_imports()
    {
        var elsewhere = Display.GetExportedTypes()
            .Where(t => t.Namespace != "NotebookKit.Display" && !(t.Namespace ?? "").StartsWith("Microsoft.DotNet.Interactive"))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(elsewhere.Count == 0, "public Display types outside NotebookKit.Display:\n" + string.Join("\n", elsewhere));
    }
}

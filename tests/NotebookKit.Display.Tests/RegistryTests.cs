using System.Collections;
using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

public class RegistryTests
{
    private class Animal { public string Name { get; set; } = "generic"; }
    private class Dog : Animal { public int Legs { get; set; } = 4; }
    private sealed class Puppy : Dog { }

    private sealed class Tagged(Type type, string tag) : IObjectFormatter
    {
        public Type Type => type;
        public MimeBundle Format(object value, FormatContext context) => new MimeBundle(tag).With(MimeTypes.Html, $"<b>{tag}</b>");
    }

    [Fact]
    public void Every_bundle_has_text_plain_even_for_null()
    {
        var registry = new FormatterRegistry();
        foreach (var value in new object?[] { null, 42, "hi", new Dog(), new[] { 1, 2 }, new Dictionary<string, int> { ["a"] = 1 } })
            Assert.True(registry.Format(value, sink: null).ContainsKey(MimeTypes.PlainText));
    }

    [Fact]
    public void Scalars_are_text_plain_only()
    {
        var registry = new FormatterRegistry();
        var bundle = registry.Format(6 * 7, sink: null);
        Assert.Equal("42", bundle.PlainText);
        Assert.Single(bundle);
        Assert.Equal("0.1", registry.Format(0.1, sink: null).PlainText);
    }

    [Fact]
    public void The_most_specific_registered_type_wins()
    {
        var registry = new FormatterRegistry();
        registry.Register(new Tagged(typeof(Animal), "animal"));
        registry.Register(new Tagged(typeof(Puppy), "puppy"));
        registry.Register(new Tagged(typeof(Dog), "dog"));
        Assert.Equal("puppy", registry.Format(new Puppy(), sink: null).PlainText);
        Assert.Equal("dog", registry.Format(new Dog(), sink: null).PlainText);
        Assert.Equal("animal", registry.Format(new Animal(), sink: null).PlainText);
    }

    [Fact]
    public void Interfaces_rank_between_the_class_and_its_bases()
    {
        var registry = new FormatterRegistry();
        registry.Register(new Tagged(typeof(IEnumerable), "sequence"));
        registry.Register(new Tagged(typeof(object), "object"));
        Assert.Equal("sequence", registry.Format(new List<int> { 1 }, sink: null).PlainText);
        Assert.Equal("hi", registry.Format("hi", sink: null).PlainText); // string's own formatter is more specific
    }

    [Fact]
    public void Open_generic_registrations_match_their_constructions()
    {
        var registry = new FormatterRegistry();
        registry.Register(new Tagged(typeof(List<>), "list"));
        Assert.Equal("list", registry.Format(new List<string>(), sink: null).PlainText);
    }

    [Fact]
    public void A_user_mime_registration_replaces_that_mime_and_keeps_text_plain()
    {
        var registry = new FormatterRegistry();
        registry.Register<Dog>(MimeTypes.Html, d => $"<i>{d.Legs} legs</i>");
        var bundle = registry.Format(new Puppy(), sink: null);
        Assert.Equal("<i>4 legs</i>", bundle[MimeTypes.Html]);
        Assert.Contains("Legs = 4", bundle.PlainText);
    }

    [Fact]
    public void User_registration_overrides_the_kit_formatter_for_the_same_type()
    {
        var registry = new FormatterRegistry();
        var matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 2);
        Assert.Contains("<table", Dom.Html(registry.Format(matrix, sink: null)));
        registry.Register(typeof(MathNet.Numerics.LinearAlgebra.Matrix<>), MimeTypes.Html, (m, w) => w.Write("mine"));
        Assert.Equal("mine", registry.Format(matrix, sink: null)[MimeTypes.Html]);
        registry.ResetToDefault();
        Assert.Contains("<table", Dom.Html(registry.Format(matrix, sink: null)));
    }

    [Fact]
    public void A_user_text_plain_registration_drops_the_generic_property_table()
    {
        var registry = new FormatterRegistry();
        registry.Register<Dog>(MimeTypes.PlainText, d => "woof");
        var bundle = registry.Format(new Dog(), sink: null);
        Assert.Equal("woof", bundle.PlainText);
        Assert.False(bundle.ContainsKey(MimeTypes.Html));
    }

    [Fact]
    public void Registries_are_independent()
    {
        var a = new FormatterRegistry();
        var b = new FormatterRegistry();
        a.Register<Dog>(MimeTypes.PlainText, _ => "from a");
        Assert.Equal("from a", a.Format(new Dog(), sink: null).PlainText);
        Assert.NotEqual("from a", b.Format(new Dog(), sink: null).PlainText);
    }

    [Fact]
    public void A_formatter_that_throws_shows_the_value_and_names_the_failure()
    {
        var registry = new FormatterRegistry();
        registry.Register<Dog>(MimeTypes.Html, (Func<Dog, string>)(_ => throw new InvalidOperationException("boom")));
        var ex = Assert.Throws<InvalidOperationException>(() => registry.Format(new Dog(), sink: null));
        Assert.Equal("boom", ex.Message);
        registry.ResetToDefault();
        registry.Register(new Throwing());
        var bundle = registry.Format(new Dog(), sink: null);
        Assert.Contains("Throwing could not format Dog: bad", Dom.Html(bundle));
    }

    private sealed class Throwing : ObjectFormatter<Dog>
    {
        protected override MimeBundle Format(Dog value, FormatContext context) => throw new InvalidOperationException("bad");
    }

    [Fact]
    public void Bad_mime_types_are_rejected_with_a_clear_error()
    {
        var registry = new FormatterRegistry();
        var ex = Assert.Throws<ArgumentException>(() => registry.Register<Dog>("html", _ => ""));
        Assert.Contains("'html' is not a mime type", ex.Message);
    }

    [Fact]
    public void Preferred_mime_types_filter_the_bundle()
    {
        var registry = new FormatterRegistry();
        registry.SetPreferredMimeTypes(typeof(Dog), MimeTypes.PlainText);
        Assert.Single(registry.Format(new Dog(), sink: null));
    }
}

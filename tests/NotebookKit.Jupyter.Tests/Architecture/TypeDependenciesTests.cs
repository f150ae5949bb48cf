namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>The IL reader behind the layering rules: a dependency it misses is an arrow no rule can see.</summary>
public class TypeDependenciesTests
{
    [Fact]
    public void A_type_used_after_a_switch_is_seen()
    {
        // An IL `switch` carries a table of targets; misreading its length shifts every later token.
        var uses = TypeDependencies.ByNamespace(typeof(SwitchProbe.AfterSwitch).Assembly)[typeof(SwitchProbe.AfterSwitch).Namespace!];

        Assert.Contains(uses, t => t is { Namespace: "System.Text", Name: "StringBuilder" });
        Assert.Equal("3", SwitchProbe.AfterSwitch.Run(2));
    }
}

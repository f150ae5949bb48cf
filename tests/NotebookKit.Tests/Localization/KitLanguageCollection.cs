namespace NotebookKit.Tests.Localization;

/// <summary>
/// Tests that choose the kit's language (<see cref="KitLanguage.Use"/>, one choice for the whole process, as in the
/// kernel) or assert on printed text run one at a time, so one class's Chinese never lands in another's English.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KitLanguageCollection
{
    public const string Name = "KitLanguage";
}

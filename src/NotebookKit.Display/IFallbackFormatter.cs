namespace NotebookKit.Display;

/// <summary>
/// Marks the kit's catch-all formatters (any object, any sequence). When a user registers a mime for a more
/// specific type, the catch-all's rich output is dropped so the user's choice is what the notebook shows.
/// </summary>
internal interface IFallbackFormatter : IObjectFormatter;

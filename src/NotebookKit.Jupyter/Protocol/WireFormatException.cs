namespace NotebookKit.Jupyter.Protocol;

/// <summary>A multipart message that is not a valid Jupyter message (no delimiter, missing frames, bad JSON, bad signature).</summary>
public sealed class WireFormatException(string message, Exception? inner = null) : Exception(message, inner);

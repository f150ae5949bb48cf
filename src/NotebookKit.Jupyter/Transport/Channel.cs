namespace NotebookKit.Jupyter.Transport;

/// <summary>The kernel's sockets that carry messages (heartbeat only echoes bytes, so it is not one).</summary>
public enum Channel
{
    Shell,
    Control,
    Stdin,
    IOPub,
}

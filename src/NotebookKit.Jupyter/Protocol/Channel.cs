namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// The sockets that carry messages (heartbeat only echoes bytes, so it is not one). Part of the protocol, not of the
/// sockets: a request's channel decides how it is handled and where its reply goes.
/// </summary>
public enum Channel
{
    Shell,
    Control,
    Stdin,
    IOPub,
}

using System.Reflection;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>Who this kernel says it is, in kernel_info_reply and the kernelspec.</summary>
public static class KernelIdentity
{
    public const string KernelName = "notebookkit";
    public const string DisplayName = "C# (NotebookKit)";
    public const string Language = "csharp";

    public static string Version =>
        typeof(KernelIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0";

    public static LanguageInfo LanguageInfo { get; } = new(
        Name: Language,
        Version: "14.0",
        MimeType: "text/x-csharp",
        FileExtension: ".cs",
        PygmentsLexer: "csharp",
        CodeMirrorMode: "text/x-csharp",
        NbconvertExporter: "script");

    public static KernelInfoReply InfoReply() => new(
        Status: "ok",
        ProtocolVersion: MessageHeader.ProtocolVersion,
        Implementation: "notebookkit",
        ImplementationVersion: Version,
        LanguageInfo: LanguageInfo,
        Banner: $"NotebookKit {Version} — C# 14 on .NET {Environment.Version} (Roslyn scripting). display(x), HTML(...), Markdown(...) and ClearOutput() are in scope.",
        HelpLinks:
        [
            new HelpLink("C# language reference", "https://learn.microsoft.com/dotnet/csharp/"),
            new HelpLink(".NET API browser", "https://learn.microsoft.com/dotnet/api/"),
            new HelpLink("MathNet.Numerics", "https://numerics.mathdotnet.com/"),
        ]);
}

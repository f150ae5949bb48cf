using System.CommandLine;
using NotebookKit.Cli.Commands;

// Lessons, errors and progress lines may be Chinese: under a non-UTF-8 locale (LANG=en_US.ISO-8859-1, a Windows
// code page) .NET would print them as '?'. UTF-8 keeps every character; a log or CI reads it as it is.
if (Console.OutputEncoding.CodePage != 65001)
    Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var root = new RootCommand("NotebookKit: a C# learning kit for neural networks — kernel, runner, handouts.");
foreach (var command in CliCommands.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();

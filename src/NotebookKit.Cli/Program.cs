using System.CommandLine;
using NotebookKit.Cli.Commands;

var root = new RootCommand("NotebookKit: a C# learning kit for neural networks — kernel, runner, handouts.");
foreach (var command in CliCommands.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();

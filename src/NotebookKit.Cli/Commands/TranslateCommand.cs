using System.CommandLine;
using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit translate start LESSON... --lang zh-CN` writes the starting point of each translation into
/// notebooks/&lt;lang&gt;/ (the English lesson with its language declared); `notebookkit translate check
/// notebooks/zh-CN` lists every way the translations drifted from their English lessons (the test CI runs).
/// </summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var command = new Command("translate", "Start and check translations of lessons (notebooks/<lang>/NN-slug.ipynb).");
        command.Subcommands.Add(Start());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Command Start()
    {
        var paths = new Argument<string[]>("LESSON") { Description = "English lessons, or folders of them.", Arity = ArgumentArity.OneOrMore };
        var lang = new Option<string>("--lang") { Description = "The language to translate into (zh-CN).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a translation that already exists (its work is lost)." };
        var command = new Command("start", "Write notebooks/<lang>/NN-slug.ipynb from each English lesson: metadata \"lang\" and the language cell added, the rest to translate.");
        command.Arguments.Add(paths);
        command.Options.Add(lang);
        command.Options.Add(force);
        command.SetAction(parseResult => RunStart(parseResult.GetValue(paths) ?? [], parseResult.GetValue(lang), parseResult.GetValue(force), Console.Out, Console.Error));
        return command;
    }

    private static Command Check()
    {
        var paths = new Argument<string[]>("TRANSLATION") { Description = "Translated lessons, or folders of them (notebooks/zh-CN).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Compare each translated lesson with its English lesson (the folder above): same code, same cells, translated prose.");
        command.Arguments.Add(paths);
        command.SetAction(parseResult => RunCheck(parseResult.GetValue(paths) ?? [], Console.Out, Console.Error));
        return command;
    }

    /// <summary>Starts translations through <see cref="TranslateStartJob"/>: 0 all written, 1 stopped part-way, 2 no such language.</summary>
    internal static int RunStart(IReadOnlyList<string> paths, string? lang, bool force, TextWriter stdout, TextWriter stderr)
    {
        var outcome = TranslateStartJob.Run(paths, lang, force);
        if (outcome.Refusal is not null)
        {
            stderr.WriteLine($"notebookkit translate: {outcome.Refusal}");
            return 2;
        }
        foreach (var written in outcome.Written)
            stdout.WriteLine($"wrote {written}");
        if (outcome.Failure is null)
            return 0;
        stderr.WriteLine($"notebookkit translate: {outcome.Failure}");
        return 1;
    }

    /// <summary>Checks through <see cref="TranslateCheckJob"/>, one line per lesson then its problems: 0 all match, 1 drift, 2 unreadable.</summary>
    internal static int RunCheck(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var outcome = TranslateCheckJob.Run(paths);
        foreach (var lesson in outcome.Lessons)
        {
            if (!lesson.EnglishFound)
            {
                stderr.WriteLine($"{lesson.Path}: no English lesson {lesson.EnglishPath} to compare with");
                continue;
            }
            stdout.WriteLine(lesson.Problems.Count == 0 ? $"{lesson.Path}: ok" : $"{lesson.Path}: {lesson.Problems.Count} problem(s)");
            foreach (var problem in lesson.Problems)
                stdout.WriteLine("  " + problem.Replace("\n", "\n  ", StringComparison.Ordinal));
        }
        if (outcome.Failure is not null)
        {
            stderr.WriteLine($"notebookkit translate: {outcome.Failure}");
            return 2;
        }
        return outcome.Succeeded ? 0 : 1;
    }
}

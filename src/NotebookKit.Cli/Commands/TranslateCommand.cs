using System.CommandLine;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Translation;
using NotebookKit.Localization;

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
        command.SetAction(parseResult =>
        {
            var language = KitLanguage.Normalize(parseResult.GetValue(lang));
            if (language is null or KitLanguage.English)
            {
                Console.Error.WriteLine($"notebookkit translate: the kit is not translated into '{parseResult.GetValue(lang)}'; choose one of: {string.Join(", ", KitLanguage.Supported.Skip(1))}.");
                return 2;
            }
            try
            {
                foreach (var path in NotebookPaths.Expand(parseResult.GetValue(paths) ?? []))
                {
                    var target = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, language, Path.GetFileName(path));
                    if (File.Exists(target) && !parseResult.GetValue(force))
                    {
                        Console.Error.WriteLine($"notebookkit translate: {target} exists; not replaced (--force replaces it).");
                        return 1;
                    }
                    var scaffold = TranslationScaffold.Create(Notebook.Load(path), language, KitText.Get("Translate_LanguageComment", language));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    scaffold.Save(target);
                    Console.WriteLine($"wrote {target}");
                }
                return 0;
            }
            catch (Exception e) when (e is IOException or NotebookFormatException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"notebookkit translate: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command Check()
    {
        var paths = new Argument<string[]>("TRANSLATION") { Description = "Translated lessons, or folders of them (notebooks/zh-CN).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Compare each translated lesson with its English lesson (the folder above): same code, same cells, translated prose.");
        command.Arguments.Add(paths);
        command.SetAction(parseResult =>
        {
            try
            {
                var failed = 0;
                foreach (var path in NotebookPaths.Expand(parseResult.GetValue(paths) ?? []))
                {
                    var translated = Notebook.Load(path);
                    var language = LessonLanguage.Of(translated);
                    var englishPath = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!, Path.GetFileName(path));
                    if (!File.Exists(englishPath))
                    {
                        Console.Error.WriteLine($"{path}: no English lesson {englishPath} to compare with");
                        failed++;
                        continue;
                    }
                    var problems = TranslationCheck.Compare(Notebook.Load(englishPath), translated, language);
                    Console.WriteLine(problems.Count == 0 ? $"{path}: ok" : $"{path}: {problems.Count} problem(s)");
                    foreach (var problem in problems)
                        Console.WriteLine("  " + problem.Replace("\n", "\n  ", StringComparison.Ordinal));
                    failed += problems.Count > 0 ? 1 : 0;
                }
                return failed == 0 ? 0 : 1;
            }
            catch (Exception e) when (e is IOException or NotebookFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"notebookkit translate: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}

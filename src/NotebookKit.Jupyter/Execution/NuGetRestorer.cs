using System.Diagnostics;
using System.Security;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Restores a <c>#r "nuget: Id, Version"</c> package through the dotnet CLI: a throwaway class library
/// that references the package is built into a cache folder, and every DLL it copies there (the package
/// and its dependencies) becomes a reference. A second use of the same package reads the cache.
/// </summary>
internal sealed class NuGetRestorer(string cacheRoot)
{
    private const string MarkerFile = "restored.txt";

    public static string DefaultCacheRoot() =>
        Environment.GetEnvironmentVariable("NOTEBOOKKIT_NUGET_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "notebookkit", "nuget");

    /// <summary>Feeds added with <c>#i "nuget: URL-or-folder"</c>, searched besides the configured ones.</summary>
    public List<string> AdditionalSources { get; } = [];

    public IReadOnlyList<string> Restore(NuGetReference package)
    {
        var version = package.Version ?? "*";
        var folder = Path.Combine(cacheRoot, Sanitize(package.Id), Sanitize(version));
        var marker = Path.Combine(folder, MarkerFile);
        if (package.Version is not null && File.Exists(marker))
            return File.ReadAllLines(marker).Where(File.Exists).ToList();

        Directory.CreateDirectory(folder);
        var project = Path.Combine(folder, "restore.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                <AssemblyName>NotebookKitNuGetRestore</AssemblyName>
                <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
                <RestoreAdditionalProjectSources>{SecurityElement.Escape(string.Join(';', AdditionalSources))}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{SecurityElement.Escape(package.Id)}" Version="{SecurityElement.Escape(version)}" />
              </ItemGroup>
            </Project>
            """);
        var output = Path.Combine(folder, "out");
        var (exitCode, log) = RunDotnet(folder, "build", project, "-c", "Release", "-o", output, "--nologo", "-v", "q", "-clp:NoSummary");
        if (exitCode != 0)
        {
            var reason = string.Join(Environment.NewLine, log.Split('\n').Select(l => l.Trim())
                .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(5));
            throw new NuGetRestoreException(
                $"#r \"nuget: {package.Id}{(package.Version is null ? "" : ", " + package.Version)}\": the package could not be restored (dotnet build exited with {exitCode}). "
                + (reason.Length > 0 ? reason : log.Trim()));
        }
        var dlls = Directory.EnumerateFiles(output, "*.dll")
            .Where(p => !Path.GetFileName(p).StartsWith("NotebookKitNuGetRestore", StringComparison.Ordinal))
            .ToList();
        var temp = marker + ".tmp";
        File.WriteAllLines(temp, dlls);
        File.Move(temp, marker, overwrite: true);
        return dlls;
    }

    private static (int ExitCode, string Log) RunDotnet(string workingDirectory, params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start) ?? throw new NuGetRestoreException("Could not start the dotnet CLI to restore a NuGet package.");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "The restore took longer than 5 minutes and was stopped.");
            }
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new NuGetRestoreException($"#r \"nuget: …\" needs the dotnet CLI on PATH to restore packages: {e.Message}");
        }
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? char.ToLowerInvariant(c) : '_'));
}

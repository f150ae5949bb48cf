#!/usr/bin/env bash
# Builds the kernel (Release), installs its kernelspec, an ipykernel spec pinned to Debian's Python and a
# dotnet-interactive spec into a temporary Jupyter folder, runs bench_kernel.py and keeps its table in
# bench/kernel/last-run.txt. Usage: bench/kernel/run.sh [rounds]
# dotnet-interactive 1.0.712001 (the engine of Polyglot Notebooks) is installed once, from NuGet, into
# NOTEBOOKKIT_BENCH_TOOLS (default ~/.cache/notebookkit-bench). NOTEBOOKKIT_BENCH_BEFORE: see below.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/NotebookKit.Cli -c Release --nologo -v q
tools=${NOTEBOOKKIT_BENCH_TOOLS:-$HOME/.cache/notebookkit-bench}/dotnet-interactive-1.0.712001
if [ ! -x "$tools/dotnet-interactive" ]; then
    dotnet tool install --tool-path "$tools" Microsoft.dotnet-interactive --version 1.0.712001 >/dev/null
fi
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
kernels="$prefix/share/jupyter/kernels"
dotnet src/NotebookKit.Cli/bin/Release/net10.0/NotebookKit.Cli.dll install --prefix "$prefix" >/dev/null
mkdir -p "$kernels/ipykernel-bench" "$kernels/dotnet-interactive-bench"
# NOTEBOOKKIT_BENCH_BEFORE=path/to/NotebookKit.Cli.dll (another build, e.g. main's) adds it as a fourth kernel.
if [ -n "${NOTEBOOKKIT_BENCH_BEFORE:-}" ]; then
    dotnet "$NOTEBOOKKIT_BENCH_BEFORE" install --prefix "$prefix/before" >/dev/null
    mv "$prefix/before/share/jupyter/kernels/notebookkit" "$kernels/notebookkit-before"
fi
cat > "$kernels/ipykernel-bench/kernel.json" <<JSON
{"argv": ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "Python 3 (ipykernel, bench)", "language": "python"}
JSON
# Its own `jupyter install` writes `dotnet interactive`, which a --tool-path install cannot start.
cat > "$kernels/dotnet-interactive-bench/kernel.json" <<JSON
{"argv": ["$tools/dotnet-interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-local-only"],
 "display_name": ".NET (C#, dotnet-interactive, bench)", "language": "C#",
 "env": {"DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"}}
JSON
{
    echo "bench/kernel/run.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    JUPYTER_PATH="$prefix/share/jupyter" JUPYTER_RUNTIME_DIR="$prefix/runtime" PYDEVD_DISABLE_FILE_VALIDATION=1 \
        /usr/bin/python3 -Xfrozen_modules=off bench/kernel/bench_kernel.py "$@"
} | tee bench/kernel/last-run.txt

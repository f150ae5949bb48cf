#!/usr/bin/env bash
# Builds the kernel (Release), installs its kernelspec and an ipykernel spec pinned to Debian's Python into a
# temporary Jupyter folder, and runs bench_kernel.py. Usage: bench/kernel/run.sh [cold-rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/NotebookKit.Cli -c Release --nologo -v q
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
dotnet src/NotebookKit.Cli/bin/Release/net10.0/NotebookKit.Cli.dll install --prefix "$prefix" >/dev/null
mkdir -p "$prefix/share/jupyter/kernels/ipykernel-bench"
cat > "$prefix/share/jupyter/kernels/ipykernel-bench/kernel.json" <<JSON
{"argv": ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "Python 3 (ipykernel, bench)", "language": "python"}
JSON
JUPYTER_PATH="$prefix/share/jupyter" JUPYTER_RUNTIME_DIR="$prefix/runtime" /usr/bin/python3 bench/kernel/bench_kernel.py "$@"

#!/usr/bin/env bash
# One command for the speed comparison: NotebookKit vs hand-written NumPy vs PyTorch, same models, float32.
#   bash bench/run.sh                          all three models, 3 rounds, medians and ratios
#   bash bench/run.sh --models tiny --rounds 1
#   bash bench/run.sh micro                    BenchmarkDotNet: sgemm OpenBLAS vs managed
# Needs Debian: libopenblas0-pthread, dataset-fashion-mnist, python3-numpy, python3-torch.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/NotebookKit.Bench -c Release --nologo -v quiet
exec dotnet bench/NotebookKit.Bench/bin/Release/net10.0/NotebookKit.Bench.dll "$@"

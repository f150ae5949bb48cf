using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The line of a cell's own code a stack frame stands on, for tracebacks. Cells are emitted without a PDB (writing
/// one was ~1 ms of every cell, and only a failing cell reads it): when a traceback needs a line, the cell's
/// compilation, which the script chain keeps, is emitted again with its PDB and the frame's IL offset is looked up
/// in its sequence points. Roslyn writes the same IL with or without a PDB; a method whose IL differs anyway
/// gets no line rather than a wrong one.
/// </summary>
internal static class CellLines
{
    private static readonly ConcurrentDictionary<string, Emitted?> ByAssembly = new(StringComparer.Ordinal);

    /// <summary>The 1-based line of <paramref name="ilOffset"/> in <paramref name="method"/>, or 0 when it cannot be known.</summary>
    /// <param name="chain">The latest script of the session: it and the scripts before it hold every cell's compilation.</param>
    public static int Of(MethodBase method, int ilOffset, Script? chain)
    {
        if (ilOffset < 0 || method.Module.Assembly.GetName().Name is not { } assembly)
            return 0;
        var emitted = ByAssembly.GetOrAdd(assembly, name => Emit(FindCompilation(chain, name)));
        return emitted?.Line(method, ilOffset) ?? 0;
    }

    private static Compilation? FindCompilation(Script? script, string assemblyName)
    {
        for (; script is not null; script = script.Previous)
        {
            var compilation = script.GetCompilation();
            if (compilation.AssemblyName == assemblyName)
                return compilation;
        }
        return null;
    }

    private static Emitted? Emit(Compilation? compilation)
    {
        if (compilation is null)
            return null;
        var pe = new MemoryStream();
        var pdb = new MemoryStream();
        if (!compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb)).Success)
            return null;
        pe.Position = 0;
        pdb.Position = 0;
        return new Emitted(new PEReader(pe), MetadataReaderProvider.FromPortablePdbStream(pdb));
    }

    private sealed class Emitted(PEReader pe, MetadataReaderProvider pdb)
    {
        private readonly object _gate = new();

        public int Line(MethodBase method, int ilOffset)
        {
            lock (_gate)
            {
                var handle = (MethodDefinitionHandle)MetadataTokens.EntityHandle(method.MetadataToken);
                if (!SameIL(method, handle))
                    return 0;
                var line = 0;
                foreach (var point in pdb.GetMetadataReader().GetMethodDebugInformation(handle).GetSequencePoints())
                {
                    if (point.Offset > ilOffset)
                        break;
                    if (!point.IsHidden)
                        line = point.StartLine;
                }
                return line;
            }
        }

        private bool SameIL(MethodBase method, MethodDefinitionHandle handle)
        {
            var definition = pe.GetMetadataReader().GetMethodDefinition(handle);
            if (definition.RelativeVirtualAddress == 0 || method.GetMethodBody()?.GetILAsByteArray() is not { } loaded)
                return false;
            return pe.GetMethodBody(definition.RelativeVirtualAddress).GetILContent().AsSpan().SequenceEqual(loaded);
        }
    }
}

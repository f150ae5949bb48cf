using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>One type the assembly's code uses: the assembly it comes from and its namespace.</summary>
public readonly record struct TypeUse(string Assembly, string Namespace, string Name)
{
    public override string ToString() => $"{Namespace}.{Name} [{Assembly}]";
}

/// <summary>
/// Reads, from a compiled assembly's metadata, which types each of its namespaces uses: base types, interfaces,
/// field and method signatures, and every type, method or field token in the method bodies' IL. That is what the
/// compiler actually bound, so a dependency cannot hide behind a <c>using</c> alias, a fully qualified name or
/// <c>var</c>.
/// </summary>
public static class TypeDependencies
{
    /// <summary>Namespace of each type defined in the assembly → the types its code uses.</summary>
    public static IReadOnlyDictionary<string, HashSet<TypeUse>> ByNamespace(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var self = md.GetString(md.GetAssemblyDefinition().Name);
        var uses = new Dictionary<string, HashSet<TypeUse>>();
        var names = new TypeNames(md, self);

        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            var ns = names.Of(handle).Namespace;
            if (ns.Length == 0) continue; // <Module> and compiler-generated top-level types
            if (!uses.TryGetValue(ns, out var set)) uses[ns] = set = [];

            if (!type.BaseType.IsNil) names.Add(type.BaseType, set);
            foreach (var i in type.GetInterfaceImplementations()) names.Add(md.GetInterfaceImplementation(i).Interface, set);
            foreach (var f in type.GetFields()) names.AddSignature(md.GetFieldDefinition(f).Signature, set);
            foreach (var m in type.GetMethods())
            {
                var method = md.GetMethodDefinition(m);
                names.AddSignature(method.Signature, set);
                if (method.RelativeVirtualAddress != 0)
                    AddBody(pe.GetMethodBody(method.RelativeVirtualAddress), md, names, set);
            }
        }
        return uses;
    }

    private static void AddBody(MethodBodyBlock body, MetadataReader md, TypeNames names, HashSet<TypeUse> set)
    {
        if (!body.LocalSignature.IsNil)
            names.AddSignature(md.GetStandaloneSignature(body.LocalSignature).Signature, set);
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            int first = il.ReadByte();
            var code = first == 0xFE ? Opcodes[0xFE00 | il.ReadByte()] : Opcodes[first];
            switch (code.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    names.Add(MetadataTokens.EntityHandle(il.ReadInt32()), set);
                    break;
                case OperandType.InlineSwitch:
                    // Read the count first: `il.Offset += 4 * il.ReadInt32()` would add to the offset before the count.
                    int targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default:
                    il.Offset += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    // Every IL opcode by its encoded value, from the runtime's own table (one-byte codes, then 0xFE-prefixed ones).
    private static readonly Dictionary<int, OpCode> Opcodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Size == 1 ? o.Value & 0xFF : o.Value & 0xFFFF);

    /// <summary>Resolves metadata handles to (assembly, namespace, name), following nesting and generics.</summary>
    private sealed class TypeNames(MetadataReader md, string self) : ISignatureTypeProvider<ImmutableArray<TypeUse>, object?>
    {
        public TypeUse Of(TypeDefinitionHandle handle)
        {
            var t = md.GetTypeDefinition(handle);
            var declaring = t.GetDeclaringType();
            return declaring.IsNil
                ? new TypeUse(self, md.GetString(t.Namespace), md.GetString(t.Name))
                : Of(declaring) with { Name = Of(declaring).Name + "+" + md.GetString(t.Name) };
        }

        private TypeUse Of(TypeReferenceHandle handle)
        {
            var t = md.GetTypeReference(handle);
            var scope = t.ResolutionScope;
            return scope.Kind switch
            {
                HandleKind.TypeReference => Of((TypeReferenceHandle)scope) with { Name = Of((TypeReferenceHandle)scope).Name + "+" + md.GetString(t.Name) },
                HandleKind.AssemblyReference => new TypeUse(md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name), md.GetString(t.Namespace), md.GetString(t.Name)),
                _ => new TypeUse(self, md.GetString(t.Namespace), md.GetString(t.Name)),
            };
        }

        public void Add(EntityHandle handle, HashSet<TypeUse> set)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition: set.Add(Of((TypeDefinitionHandle)handle)); break;
                case HandleKind.TypeReference: set.Add(Of((TypeReferenceHandle)handle)); break;
                case HandleKind.TypeSpecification:
                    AddSignature(md.GetTypeSpecification((TypeSpecificationHandle)handle).Signature, set, isType: true);
                    break;
                case HandleKind.MemberReference:
                    var member = md.GetMemberReference((MemberReferenceHandle)handle);
                    Add(member.Parent, set);
                    AddSignature(member.Signature, set);
                    break;
                case HandleKind.MethodDefinition:
                    var method = md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    set.Add(Of(method.GetDeclaringType()));
                    break;
                case HandleKind.FieldDefinition:
                    set.Add(Of(md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()));
                    break;
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Add(spec.Method, set);
                    foreach (var t in spec.DecodeSignature(this, null)) set.UnionWith(t);
                    break;
            }
        }

        public void AddSignature(BlobHandle blob, HashSet<TypeUse> set, bool isType = false)
        {
            var reader = md.GetBlobReader(blob);
            var decoder = new SignatureDecoder<ImmutableArray<TypeUse>, object?>(this, md, null);
            if (isType)
            {
                set.UnionWith(decoder.DecodeType(ref reader));
                return;
            }
            var header = reader.ReadSignatureHeader();
            reader.Reset();
            switch (header.Kind)
            {
                case SignatureKind.Field:
                    set.UnionWith(decoder.DecodeFieldSignature(ref reader));
                    break;
                case SignatureKind.LocalVariables:
                    foreach (var t in decoder.DecodeLocalSignature(ref reader)) set.UnionWith(t);
                    break;
                case SignatureKind.Method:
                case SignatureKind.Property:
                    var sig = decoder.DecodeMethodSignature(ref reader);
                    set.UnionWith(sig.ReturnType);
                    foreach (var p in sig.ParameterTypes) set.UnionWith(p);
                    break;
            }
        }

        private static readonly ImmutableArray<TypeUse> None = [];
        public ImmutableArray<TypeUse> GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte k) => [Of(h)];
        public ImmutableArray<TypeUse> GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte k) => [Of(h)];
        public ImmutableArray<TypeUse> GetTypeFromSpecification(MetadataReader r, object? c, TypeSpecificationHandle h, byte k)
        {
            var blob = md.GetBlobReader(md.GetTypeSpecification(h).Signature);
            return new SignatureDecoder<ImmutableArray<TypeUse>, object?>(this, md, null).DecodeType(ref blob);
        }
        public ImmutableArray<TypeUse> GetPrimitiveType(PrimitiveTypeCode code) => None;
        public ImmutableArray<TypeUse> GetSZArrayType(ImmutableArray<TypeUse> e) => e;
        public ImmutableArray<TypeUse> GetArrayType(ImmutableArray<TypeUse> e, ArrayShape s) => e;
        public ImmutableArray<TypeUse> GetByReferenceType(ImmutableArray<TypeUse> e) => e;
        public ImmutableArray<TypeUse> GetPointerType(ImmutableArray<TypeUse> e) => e;
        public ImmutableArray<TypeUse> GetPinnedType(ImmutableArray<TypeUse> e) => e;
        public ImmutableArray<TypeUse> GetGenericInstantiation(ImmutableArray<TypeUse> g, ImmutableArray<ImmutableArray<TypeUse>> args)
            => args.Aggregate(g, (all, a) => all.AddRange(a));
        public ImmutableArray<TypeUse> GetGenericMethodParameter(object? c, int i) => None;
        public ImmutableArray<TypeUse> GetGenericTypeParameter(object? c, int i) => None;
        public ImmutableArray<TypeUse> GetModifiedType(ImmutableArray<TypeUse> m, ImmutableArray<TypeUse> u, bool req) => u;
        public ImmutableArray<TypeUse> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeUse>> s)
            => s.ParameterTypes.Aggregate(s.ReturnType, (all, p) => all.AddRange(p));
    }
}

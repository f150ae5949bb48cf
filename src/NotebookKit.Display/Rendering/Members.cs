using System.Reflection;

namespace NotebookKit.Display.Rendering;

/// <summary>The public instance properties and fields of a type, in declaration order: an object's table columns.</summary>
internal static class Members
{
    public sealed record Member(string Name, Type Type, Func<object, object?> Get)
    {
        /// <summary>Reads the member; a getter that throws shows its error instead of breaking the whole table.</summary>
        public object? Read(object target)
        {
            try { return Get(target); }
            catch (Exception e) { return $"({(e is TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message)})"; }
        }
    }

    public static IReadOnlyList<Member> Of(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic && p.Name != "EqualityContract")
            .Select(p => new Member(p.Name, p.PropertyType, p.GetValue));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => new Member(f.Name, f.FieldType, f.GetValue));
        return [.. properties, .. fields];
    }
}

using System.Collections;
using System.Globalization;
using System.Reflection;

namespace NotebookKit.Display.Rendering;

/// <summary>One-line text for any value, as table cells and text/plain show it (invariant culture, bounded).</summary>
internal static class ValueText
{
    public static string Describe(object? value, int listLimit = 20, int depth = 0)
    {
        switch (value)
        {
            case null: return "null";
            case string s: return s;
            case double d: return Number(d);
            case float f: return Number(f);
            case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
            case IEnumerable e when !OverridesToString(value.GetType()) || value is Array:
                return depth >= 2 ? TypeNames.Of(value.GetType()) : "[" + string.Join(", ", Items(e, listLimit, depth)) + "]";
        }
        Type type = value.GetType();
        if (OverridesToString(type) && !IsRecordLike(type)) return SafeToString(value);
        if (depth >= 2) return TypeNames.Of(type);
        var parts = Members.Of(type).Select(m => $"{m.Name} = {Describe(m.Read(value), listLimit, depth + 1)}");
        return $"{TypeNames.Of(type)} {{ {string.Join(", ", parts)} }}";
    }

    /// <summary>First line only, cut at <paramref name="max"/> characters: what fits in a table cell.</summary>
    public static string Short(object? value, int max = 120)
    {
        string text = Describe(value, listLimit: 10);
        int newline = text.IndexOf('\n');
        if (newline >= 0) text = text[..newline].TrimEnd('\r') + " …";
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    /// <summary>Shortest round-trip form, so the plain text and the hover show the exact number.</summary>
    public static string Number(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(float f) => f.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Four significant digits: what fits in a shaded cell.</summary>
    public static string Compact(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsInfinity(d)) return d > 0 ? "∞" : "−∞";
        if (d == 0) return "0";
        double a = Math.Abs(d);
        if (a >= 1e5 || a < 1e-3) return d.ToString("0.##e+0", CultureInfo.InvariantCulture);
        return a >= 1000 ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString("G4", CultureInfo.InvariantCulture);
    }

    public static bool OverridesToString(Type type) =>
        type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)?.DeclaringType
            is { } declaring && declaring != typeof(object) && declaring != typeof(ValueType);

    /// <summary>Records and anonymous types print their members anyway; a property table says the same, better.</summary>
    public static bool IsRecordLike(Type type) =>
        TypeNames.IsAnonymous(type) || type.GetMethod("<Clone>$") is not null
        || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    public static string SafeToString(object value)
    {
        try { return value.ToString() ?? ""; }
        catch (Exception e) { return $"{TypeNames.Of(value.GetType())} (ToString failed: {e.Message})"; }
    }

    private static IEnumerable<string> Items(IEnumerable e, int limit, int depth)
    {
        int n = 0;
        foreach (var item in e)
        {
            if (n++ == limit)
            {
                yield return "…";
                yield break;
            }
            yield return item is string s ? "\"" + s + "\"" : Describe(item, limit, depth + 1);
        }
    }
}

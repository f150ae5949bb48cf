namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// Polyglot's <c>MathString</c>: LaTeX shown as display math (<c>$$…$$</c>). Older Microsoft.DotNet.Interactive.Formatting
/// versions had it and notebooks still write <c>(MathString)@"\frac{a}{b}"</c>; the served 1.0.0-beta.26120.1 dropped
/// it, so the kit keeps this one type, built on the package's own <see cref="LaTeXString"/> (which formats it).
/// </summary>
public class MathString : LaTeXString
{
    public MathString(string latexCode)
        : base(latexCode is null ? throw new ArgumentNullException(nameof(latexCode)) : $"$${latexCode}$$")
    {
    }

    public static implicit operator MathString(string source) => new(source);
}

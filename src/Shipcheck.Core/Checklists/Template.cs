using System.Text;

namespace Shipcheck.Core.Checklists;

/// <summary>
/// A string from a checklist with <c>${name}</c> and <c>${env.NAME}</c> references, parsed once at load time.
/// <c>$${</c> stands for a literal <c>${</c>.
/// </summary>
public sealed class Template
{
    /// <summary>Prefix of the environment variables that carry checklist variables into shell commands.</summary>
    public const string ShellVariablePrefix = "SHIPCHECK_VAR_";

    private Template(string source, IReadOnlyList<TemplatePart> parts)
    {
        Source = source;
        Parts = parts;
    }

    /// <summary>The text as written in the checklist.</summary>
    public string Source { get; }

    /// <summary>The literal pieces and references, in order.</summary>
    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>True when the template has no references.</summary>
    public bool IsLiteral => Parts.All(p => p is LiteralPart);

    /// <summary>The names of the checklist variables referenced (not environment variables).</summary>
    public IEnumerable<VariablePart> Variables => Parts.OfType<VariablePart>();

    /// <summary>A template without references.</summary>
    public static Template Literal(string text) => new(text, text.Length == 0 ? [] : [new LiteralPart(text)]);

    /// <summary>Parses <paramref name="text"/>; problems go to <paramref name="diagnostics"/> at <paramref name="span"/>.</summary>
    public static Template Parse(string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && Next(text, i + 1) == '$' && Next(text, i + 2) == '{')
            {
                literal.Append("${");
                i += 3;
                continue;
            }
            if (text[i] != '$' || Next(text, i + 1) != '{')
            {
                literal.Append(text[i++]);
                continue;
            }
            var close = text.IndexOf('}', i + 2);
            if (close < 0)
            {
                diagnostics.Add(span.Shift(i), $"'${{' at column {i + 1} is never closed", "close the reference with '}', or write '$${' for a literal '${'");
                literal.Append(text, i, text.Length - i);
                break;
            }
            var name = text[(i + 2)..close].Trim();
            if (literal.Length > 0)
            {
                parts.Add(new LiteralPart(literal.ToString()));
                literal.Clear();
            }
            if (name.StartsWith("env.", StringComparison.Ordinal))
            {
                var envName = name[4..];
                if (!IsName(envName))
                {
                    diagnostics.Add(span.Shift(i), $"'{envName}' is not a valid environment variable name", "use letters, digits and '_', not starting with a digit");
                }
                parts.Add(new EnvironmentPart(envName, i));
            }
            else
            {
                if (!IsName(name))
                {
                    diagnostics.Add(span.Shift(i), name.Length == 0 ? "empty reference '${}'" : $"'{name}' is not a valid variable name",
                        "variable names use letters, digits and '_', not starting with a digit; environment variables are ${env.NAME}");
                }
                parts.Add(new VariablePart(name, i));
            }
            i = close + 1;
        }
        if (literal.Length > 0)
        {
            parts.Add(new LiteralPart(literal.ToString()));
        }
        return new Template(text, parts);
    }

    /// <summary>True when <paramref name="name"/> is a valid variable or environment variable name.</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>The text with every reference replaced by its value; a missing value becomes an empty string.</summary>
    public string Render(IVariableSource source)
    {
        if (Parts.Count == 1 && Parts[0] is LiteralPart only)
        {
            return only.Text;
        }
        var sb = new StringBuilder();
        foreach (var part in Parts)
        {
            sb.Append(part switch
            {
                LiteralPart l => l.Text,
                VariablePart v => source.Variable(v.Name) ?? "",
                EnvironmentPart e => source.Environment(e.Name) ?? "",
                _ => "",
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// The text for a shell: references become shell parameter expansions (<c>${SHIPCHECK_VAR_name}</c>, <c>${NAME}</c>)
    /// whose values travel as environment variables, so a hostile value is data to the shell and never code.
    /// </summary>
    public string RenderForShell()
    {
        var sb = new StringBuilder();
        foreach (var part in Parts)
        {
            sb.Append(part switch
            {
                LiteralPart l => l.Text,
                VariablePart v => "${" + ShellVariablePrefix + v.Name + "}",
                EnvironmentPart e => "${" + e.Name + "}",
                _ => "",
            });
        }
        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Source;

    private static char Next(string text, int index) => index < text.Length ? text[index] : '\0';
}

using System.Text;

namespace Shipcheck.Core.Engine;

/// <summary>Turns enum names into the snake_case spelling users see (<c>RolledBack</c> → <c>rolled_back</c>).</summary>
public static class Names
{
    /// <summary>snake_case of a PascalCase name.</summary>
    public static string Snake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }

    /// <summary>snake_case name of a phase (<c>rollback_verify</c>).</summary>
    public static string Of(Phase phase) => Snake(phase.ToString());

    /// <summary>snake_case name of a status (<c>passed</c>).</summary>
    public static string Of(StepStatus status) => Snake(status.ToString());

    /// <summary>snake_case name of a verdict (<c>rolled_back</c>).</summary>
    public static string Of(Verdict verdict) => Snake(verdict.ToString());

    /// <summary>Parses a snake_case name back into an enum value.</summary>
    public static T Parse<T>(string snake) where T : struct, Enum =>
        Enum.Parse<T>(snake.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
}

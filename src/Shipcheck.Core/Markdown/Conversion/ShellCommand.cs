using System.Text.RegularExpressions;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// A shell fence made ready for a <c>run</c> step: console prompts stripped (and their output lines dropped), blank
/// edges and common indentation removed, <c>${</c> escaped so the shell's own variables are no Shipcheck variables,
/// and placeholders such as <c>&lt;previous_commit&gt;</c> turned into variables the user passes with --var.
/// </summary>
internal static partial class ShellCommand
{
    /// <summary>The command text, and the placeholders found (outside comments), or null when the block only has comments.</summary>
    public static (string Command, IReadOnlyList<(string Name, string Placeholder)> Placeholders)? Prepare(string body, string language)
    {
        var lines = body.Replace("\r", "", StringComparison.Ordinal).Split('\n').ToList();
        if (language == "console")
        {
            lines = ConsoleCommands(lines);
        }
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }
        if (!lines.Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')))
        {
            return null;
        }
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var placeholders = new List<(string, string)>();
        var prepared = lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).Select(l =>
        {
            var escaped = l.TrimEnd().Replace("${", "$${", StringComparison.Ordinal);
            if (escaped.TrimStart().StartsWith('#'))
            {
                return escaped;
            }
            return Placeholder().Replace(escaped, m =>
            {
                var name = VariableName(m.Groups[1].Value);
                placeholders.Add((name, m.Value));
                return "${" + name + "}";
            });
        });
        return (string.Join('\n', prepared), placeholders);
    }

    /// <summary>True for a command that does not end by itself (follows a log, watches, serves in the foreground).</summary>
    public static bool RunsForever(string command) => Forever().IsMatch(command);

    private static List<string> ConsoleCommands(List<string> lines)
    {
        var commands = new List<string>();
        var continued = false;
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("$ ", StringComparison.Ordinal) || continued)
            {
                var command = continued ? line : trimmed[2..];
                commands.Add(command);
                continued = command.TrimEnd().EndsWith('\\');
            }
        }
        return commands;
    }

    private static string VariableName(string placeholder)
    {
        var name = placeholder.ToLowerInvariant().Replace('-', '_');
        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    [GeneratedRegex(@"(?<![<\w])<([A-Za-z_][A-Za-z0-9_-]*)>(?!>)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?m)^(?!\s*#).*(?:\btail\s+(?:-\S+\s+)*-f\b|\bwatch\s|\blogs\b.*\s-f\b|\bport-forward\b)")]
    private static partial Regex Forever();
}

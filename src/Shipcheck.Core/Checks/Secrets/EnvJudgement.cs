using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Secrets;

/// <summary>
/// Turns a read .env file into findings: its unreadable lines, duplicate names, and one finding per variable judged.
/// Messages name variables, lines, lengths and entropy, never a value or any part of one.
/// </summary>
internal sealed class EnvJudgement(string envName, EnvRules rules)
{
    private readonly List<Finding> _findings = [];
    private readonly List<string> _missing = [];
    private readonly List<string> _empty = [];
    private readonly List<string> _placeholders = [];
    private readonly List<string> _weak = [];

    /// <summary>The findings so far.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Adds a finding that is not about one variable (a missing example file).</summary>
    public void Add(Finding finding) => _findings.Add(finding);

    /// <summary>
    /// Judges <paramref name="env"/>: every name of <paramref name="required"/> in order (each with where it is listed),
    /// or every variable the file sets when <paramref name="required"/> is null because nothing says what is required.
    /// </summary>
    public void Judge(EnvFile env, IReadOnlyList<(string Name, string From)>? required)
    {
        foreach (var problem in env.Problems)
        {
            _findings.Add(Finding.Fail($"line {problem.Line}", $"{envName} line {problem.Line} {problem.Message}", Where(problem.Line)));
        }
        // The last assignment wins, as in compose and python-dotenv.
        var values = new Dictionary<string, EnvEntry>(StringComparer.Ordinal);
        foreach (var entry in env.Entries)
        {
            values[entry.Name] = entry;
        }
        foreach (var group in env.Entries.GroupBy(e => e.Name).Where(g => g.Count() > 1))
        {
            var lines = group.Select(e => e.Line).ToList();
            _findings.Add(Finding.Warn(group.Key,
                $"is set on lines {string.Join(", ", lines.SkipLast(1))} and {lines[^1]}; the last one counts: keep one of them",
                Where(lines[^1])));
        }
        if (required is null)
        {
            foreach (var entry in values.Values)
            {
                JudgeValue(entry);
            }
            return;
        }
        var extras = values.Keys.Where(name => !required.Any(r => r.Name == name)).ToList();
        foreach (var (name, from) in required)
        {
            if (values.TryGetValue(name, out var entry))
            {
                JudgeValue(entry);
            }
            else
            {
                Missing(name, from, extras, values);
            }
        }
    }

    /// <summary>The .env observations of a step that checks no .env file: all empty.</summary>
    public static Observations NoEnv() => new EnvJudgement("", new EnvRules([], 0, 0, [])).Own(0);

    /// <summary>The kind's own observations: the number of variables and the names in each kind of trouble.</summary>
    public Observations Own(int variables) => new Observations()
        .Set("variables", Value.Of(variables))
        .Set("missing", Names(_missing))
        .Set("empty", Names(_empty))
        .Set("placeholders", Names(_placeholders))
        .Set("weak", Names(_weak));

    private void JudgeValue(EnvEntry entry)
    {
        var name = entry.Name;
        var where = Where(entry.Line);
        if (entry.Value.Trim().Length == 0)
        {
            _empty.Add(name);
            _findings.Add(Finding.Fail(name, "is empty: set its value", where));
            return;
        }
        if (Placeholders.IsPlaceholder(entry.Value, rules.ExtraPlaceholders))
        {
            _placeholders.Add(name);
            _findings.Add(Finding.Fail(name, "is still a placeholder value: set the real one", where));
            return;
        }
        if (!rules.IsSensitive(name))
        {
            _findings.Add(Finding.Pass(name, "is set", where));
            return;
        }
        if (rules.Weakness(entry.Value, out var entropy) is { } weakness)
        {
            _weak.Add(name);
            _findings.Add(Finding.Fail(name, weakness, where));
            return;
        }
        _findings.Add(Finding.Pass(name, $"is set: {entry.Value.Length} characters, {entropy:0.0} bits of entropy per character", where));
    }

    private void Missing(string name, string from, List<string> extras, Dictionary<string, EnvEntry> values)
    {
        _missing.Add(name);
        var why = $"is listed in {from}";
        if (Suggestions.Closest(name, extras) is { } close)
        {
            var line = values[close].Line;
            _findings.Add(Finding.Fail(name,
                $"{why} but {envName} does not set it; line {line} sets {close}: did you mean {name}? rename it", Where(line)));
            return;
        }
        _findings.Add(Finding.Fail(name, $"{why} but {envName} does not set it: add {name}=… to {envName}"));
    }

    private string Where(int line) => $"{envName}:{line}";

    private static ListValue Names(List<string> names) => new([.. names.Select(n => Value.Of(n))]);
}

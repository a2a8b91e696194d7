using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.SecretScanning.Config;

/// <summary>A config's <c>[[rules]]</c>, and how they combine with the rules they extend.</summary>
internal static class GitleaksRules
{
    /// <summary>A rule as read, with its table so a merge knows which fields the config set and where.</summary>
    public sealed record Parsed(SecretRule Rule, TomlTable? Table);

    public static List<Parsed> Read(ConfigTable config, TomlTable root)
    {
        var parsed = new List<Parsed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in root.GetTables("rules") ?? [])
        {
            var id = table.GetString("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                throw config.Error(table.Line, "a [[rules]] entry has no id; give it id = \"a-name\"");
            }
            if (!seen.Add(id))
            {
                throw config.Error(table.LineOf("id"), $"rule '{id}' is defined twice; give each rule its own id");
            }
            parsed.Add(new Parsed(Rule(config, table, id), table));
        }
        return parsed;
    }

    /// <summary>
    /// gitleaks' extend: the base's rules stay, a rule of the same id overrides the fields it sets (description,
    /// regex, path, secretGroup, entropy) and adds its keywords, tags and allowlists; new rules are added.
    /// </summary>
    public static List<Parsed> Merge(IReadOnlyList<SecretRule> baseRules, IReadOnlyList<Parsed> own)
    {
        var byId = own.ToDictionary(p => p.Rule.Id, StringComparer.Ordinal);
        var merged = new List<Parsed>();
        foreach (var rule in baseRules)
        {
            merged.Add(byId.Remove(rule.Id, out var over) ? new Parsed(Override(rule, over), over.Table) : new Parsed(rule, null));
        }
        merged.AddRange(own.Where(p => byId.ContainsKey(p.Rule.Id)));
        return merged;
    }

    /// <summary>Checks what only the final rules can tell: each has a regex or a path, and its secretGroup exists.</summary>
    public static void Check(ConfigTable config, IEnumerable<Parsed> rules)
    {
        foreach (var (rule, table) in rules)
        {
            if (table is null)
            {
                continue; // a base config's rule, checked when that config loaded
            }
            if (rule.Regex is null && rule.Path is null)
            {
                throw config.Error(table.Line, $"rule '{rule.Id}' has neither regex nor path, and extends no rule of that id; give it a regex or a path (Shipcheck's default rules' ids are in docs/secrets.md)");
            }
            if (rule.Regex is { } regex && rule.SecretGroup > regex.GroupCount)
            {
                var line = table.ContainsKey("secretGroup") ? table.LineOf("secretGroup") : table.Line;
                throw config.Error(line, $"rule '{rule.Id}' has secretGroup {rule.SecretGroup} but its regex has {regex.GroupCount} group(s); give a group number from 0 to {regex.GroupCount}");
            }
        }
    }

    private static SecretRule Override(SecretRule rule, Parsed over)
    {
        var child = over.Rule;
        var table = over.Table!;
        return new SecretRule
        {
            Id = rule.Id,
            Description = table.ContainsKey("description") ? child.Description : rule.Description,
            Regex = child.Regex ?? rule.Regex,
            Path = child.Path ?? rule.Path,
            SecretGroup = table.ContainsKey("secretGroup") ? child.SecretGroup : rule.SecretGroup,
            Entropy = table.ContainsKey("entropy") ? child.Entropy : rule.Entropy,
            Keywords = [.. rule.Keywords.Union(child.Keywords)],
            Tags = [.. rule.Tags.Union(child.Tags)],
            Allowlists = [.. rule.Allowlists, .. child.Allowlists],
        };
    }

    private static SecretRule Rule(ConfigTable config, TomlTable table, string id) => new()
    {
        Id = id,
        Description = table.GetString("description") ?? "",
        Regex = Pattern(config, table, "regex", $"rule '{id}'"),
        Path = Pattern(config, table, "path", $"rule '{id}'"),
        SecretGroup = SecretGroup(config, table, id),
        Entropy = Entropy(config, table, id),
        Keywords = [.. (table.GetStrings("keywords") ?? []).Select(k => k.ToLowerInvariant())],
        Tags = table.GetStrings("tags") ?? [],
        Allowlists = GitleaksAllowlists.ReadRule(config, table, id),
    };

    /// <summary>The pattern at <paramref name="key"/> translated from RE2, or null when absent; a pattern that does not compile names its owner and line.</summary>
    public static RuleRegex? Pattern(ConfigTable config, TomlTable table, string key, string owner) =>
        table.GetString(key) is { } source ? Compile(config, source, table.LineOf(key), $"the {key} of {owner}") : null;

    public static RuleRegex Compile(ConfigTable config, string source, int line, string what)
    {
        try
        {
            return RuleRegex.Parse(source);
        }
        catch (ArgumentException e)
        {
            throw config.Error(line, $"{what} does not compile: {e.Message.TrimEnd('.')}; fix the pattern (RE2 syntax, as gitleaks reads it)");
        }
    }

    private static int SecretGroup(ConfigTable config, TomlTable table, string id)
    {
        var group = table.GetInteger("secretGroup") ?? 0;
        return group is >= 0 and <= 100
            ? (int)group
            : throw config.Error(table.LineOf("secretGroup"), $"rule '{id}' has secretGroup {group}; give the number of a group of its regex (0 for the whole match)");
    }

    private static double Entropy(ConfigTable config, TomlTable table, string id) => table.TryGetValue("entropy", out var value)
        ? value switch
        {
            double d when d >= 0 => d,
            long l when l >= 0 => l,
            _ => throw config.Error(table.LineOf("entropy"), $"rule '{id}' has entropy {value}; give a number of 0 or more (bits per character, e.g. 3.5)"),
        }
        : 0;
}

using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.SecretScanning.Config;

/// <summary>A config's allowlists: a rule's <c>[rules.allowlist]</c> / <c>[[rules.allowlists]]</c> and the global <c>[allowlist]</c> / <c>[[allowlists]]</c>.</summary>
internal static class GitleaksAllowlists
{
    public static List<Allowlist> ReadRule(ConfigTable config, TomlTable rule, string id) =>
        Read(config, rule, "rules.allowlist", $"rule '{id}'", global: false);

    public static List<Allowlist> ReadGlobal(ConfigTable config, TomlTable root) =>
        Read(config, root, "allowlist", "the global allowlist", global: true);

    /// <summary>A global allowlist's targetRules must name rules the config has (a typo would silently allow nothing).</summary>
    public static void CheckTargets(ConfigTable config, TomlTable root, IReadOnlySet<string> ruleIds)
    {
        foreach (var table in Tables(config, root))
        {
            foreach (var target in table.GetStrings("targetRules") ?? [])
            {
                if (!ruleIds.Contains(target))
                {
                    throw config.Error(table.LineOf("targetRules"), $"targetRules names '{target}', which is not a rule of this config; give the id of a rule, or remove it");
                }
            }
        }
    }

    private static List<Allowlist> Read(ConfigTable config, TomlTable owner, string header, string whose, bool global) =>
        [.. Tables(config, owner, header).Select(table => One(config, table, whose, global))];

    // The older single table and the newer array are both accepted, but not together (gitleaks refuses that too).
    private static List<TomlTable> Tables(ConfigTable config, TomlTable owner, string header = "allowlist")
    {
        var single = owner.GetTable("allowlist");
        var many = owner.GetTables("allowlists");
        if (single is not null && many is not null)
        {
            throw config.Error(owner.LineOf("allowlists"), $"both [{header}] and [[{header}s]] are given; move the first into a [[{header}s]] entry");
        }
        return single is not null ? [single] : [.. many ?? []];
    }

    private static Allowlist One(ConfigTable config, TomlTable table, string whose, bool global)
    {
        var paths = table.GetStrings("paths") ?? [];
        var regexes = table.GetStrings("regexes") ?? [];
        var stopwords = table.GetStrings("stopwords") ?? [];
        var commits = table.GetStrings("commits") ?? [];
        if (paths.Count + regexes.Count + stopwords.Count + commits.Count == 0)
        {
            throw config.Error(table.Line, $"an allowlist of {whose} has no paths, regexes, stopwords or commits; give at least one, or remove it");
        }
        return new Allowlist
        {
            Description = table.GetString("description") ?? "",
            Condition = Condition(config, table),
            RegexTarget = Target(config, table),
            Paths = [.. paths.Select(p => GitleaksRules.Compile(config, p, table.LineOf("paths"), $"a path of {whose}'s allowlist"))],
            Regexes = [.. regexes.Select(r => GitleaksRules.Compile(config, r, table.LineOf("regexes"), $"a regex of {whose}'s allowlist"))],
            Stopwords = [.. stopwords.Select(w => w.ToLowerInvariant())],
            TargetRules = global ? table.GetStrings("targetRules") ?? [] : [],
        };
    }

    private static AllowlistCondition Condition(ConfigTable config, TomlTable table) =>
        (table.GetString("condition") ?? "").Trim().ToUpperInvariant() switch
        {
            "" or "OR" => AllowlistCondition.Or,
            "AND" => AllowlistCondition.And,
            var other => throw config.Error(table.LineOf("condition"), $"condition '{other}' is not OR or AND; write condition = \"OR\" (any criterion) or \"AND\" (all)"),
        };

    private static RegexTarget Target(ConfigTable config, TomlTable table) =>
        (table.GetString("regexTarget") ?? "").Trim().ToLowerInvariant() switch
        {
            "" or "secret" => RegexTarget.Secret,
            "match" => RegexTarget.Match,
            "line" => RegexTarget.Line,
            var other => throw config.Error(table.LineOf("regexTarget"), $"regexTarget '{other}' is not secret, match or line; write one of them"),
        };
}

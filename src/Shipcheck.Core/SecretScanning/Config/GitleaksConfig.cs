using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.SecretScanning.Config;

/// <summary>
/// Reads a gitleaks-format TOML config into rules and allowlists: <c>[[rules]]</c> with their <c>[rules.allowlist]</c>
/// or <c>[[rules.allowlists]]</c>, the global <c>[allowlist]</c> or <c>[[allowlists]]</c>, and <c>[extend]</c>
/// (<c>useDefault</c> means Shipcheck's default rules here, <c>path</c> another config, <c>disabledRules</c>).
/// Every problem is a <see cref="SecretScanException"/> "FILE:LINE: what is wrong; what to do".
/// </summary>
public static class GitleaksConfig
{
    // gitleaks stops extending after two levels; so does Shipcheck, which also keeps a cycle from recursing forever.
    private const int MaxExtendDepth = 2;

    /// <summary>The rules of the config at <paramref name="path"/>; throws <see cref="SecretScanException"/> naming the line of a problem.</summary>
    public static SecretRuleSet Load(string path) => Load(path, 0);

    private static SecretRuleSet Load(string path, int depth)
    {
        TomlTable table;
        try
        {
            table = TomlReader.ParseFile(path);
        }
        catch (TomlException e)
        {
            throw SecretScanException.Config(path, e.Line, $"not valid TOML: {e.Problem}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SecretScanException.Unreadable(path, e.Message);
        }
        return FromTable(table, path, depth);
    }

    private static SecretRuleSet FromTable(TomlTable table, string file, int depth)
    {
        var config = new ConfigTable(file);
        var own = config.Read(() => GitleaksRules.Read(config, table));
        IReadOnlyList<Allowlist> allowlists = config.Read(() => GitleaksAllowlists.ReadGlobal(config, table));
        var rules = own;
        if (config.Read(() => table.GetTable("extend")) is { } extend)
        {
            var (baseRules, baseAllowlists) = Base(config, extend, depth);
            rules = GitleaksRules.Merge(baseRules, own);
            allowlists = [.. baseAllowlists, .. allowlists];
        }
        GitleaksRules.Check(config, rules);
        var ids = rules.Select(r => r.Rule.Id).ToHashSet(StringComparer.Ordinal);
        config.Read(() => GitleaksAllowlists.CheckTargets(config, table, ids));
        return new SecretRuleSet([.. rules.Select(r => r.Rule)], allowlists, file);
    }

    private static (IReadOnlyList<SecretRule> Rules, IReadOnlyList<Allowlist> Allowlists) Base(ConfigTable config, TomlTable extend, int depth)
    {
        var useDefault = config.Read(() => extend.GetBoolean("useDefault")) ?? false;
        var path = config.Read(() => extend.GetString("path"));
        var disabled = config.Read(() => extend.GetStrings("disabledRules")) ?? [];
        if (useDefault && path is not null)
        {
            throw config.Error(extend.LineOf("path"), "[extend] has both useDefault and path; keep one of them");
        }
        IReadOnlyList<SecretRule> rules = [];
        IReadOnlyList<Allowlist> allowlists = [];
        if (useDefault)
        {
            (rules, allowlists) = (DefaultRules.Set.Rules, DefaultRules.Set.Allowlists);
        }
        else if (path is not null && depth < MaxExtendDepth)
        {
            var full = Path.GetFullPath(path, Path.GetDirectoryName(Path.GetFullPath(config.File))!);
            if (!File.Exists(full))
            {
                throw config.Error(extend.LineOf("path"), $"[extend] path '{path}' ({full}) does not exist; give a config path relative to this file's folder");
            }
            var based = Load(full, depth + 1);
            (rules, allowlists) = (based.Rules, based.Allowlists);
        }
        return ([.. rules.Where(r => !disabled.Contains(r.Id, StringComparer.Ordinal))], allowlists);
    }
}

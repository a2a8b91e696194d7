using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Config;

/// <summary>Which rules a scan uses: the config given, else <c>.gitleaks.toml</c> at the scan root, else the defaults.</summary>
public static class RuleSetLoader
{
    /// <summary>The config file gitleaks (and Shipcheck) look for at the root of what is scanned.</summary>
    public const string DefaultConfigName = ".gitleaks.toml";

    /// <summary>The rules for a scan of <paramref name="root"/>; throws <see cref="SecretScanException"/> for a bad config.</summary>
    public static SecretRuleSet Load(string? configPath, string root)
    {
        if (configPath is not null)
        {
            return GitleaksConfig.Load(configPath);
        }
        var atRoot = Path.Combine(root, DefaultConfigName);
        return File.Exists(atRoot) ? GitleaksConfig.Load(atRoot) : DefaultRules.Set;
    }
}
